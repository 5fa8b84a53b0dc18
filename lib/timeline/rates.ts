/** Mentions per 1,000 words: the fair measure for whole speeches of very different lengths. */
import type { CodedRow, Period } from "../core";
import { rowsIn } from "./periods";

/** Mentions of a theme per 1,000 words in a cell. */
export interface RateCell {
  key: string;
  theme: string;
  units: number;
  words: number;
  mentions: number;
  /** mentions / words × 1000; null when the cell has no words. */
  per1000: number | null;
}

/**
 * Mentions per 1,000 words per period (or per year without `periods`): when nearly every long speech mentions a
 * principle at least once, presence saturates and the rate is what moves. `wordsOf` gives a row's word count
 * (from its unit: `new Map(units.map((u) => [u.textId, u.words]))`).
 *
 * @example mentionRates(rows, (r) => words.get(r.id) ?? 0, ["p_hegemony"], decades(1971, 2024))
 */
export function mentionRates(
  rows: CodedRow[],
  wordsOf: (row: CodedRow) => number,
  themes: string[],
  periods?: Period[],
): RateCell[] {
  const cells = periods
    ? periods.map((p) => ({ key: p.label, from: p.from, to: p.to }))
    : [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b).map((y) => ({ key: String(y), from: y, to: y }));
  const out: RateCell[] = [];
  for (const c of cells) {
    const inCell = rowsIn(rows, c);
    const words = inCell.reduce((a, r) => a + wordsOf(r), 0);
    for (const theme of themes) {
      const mentions = inCell.reduce((a, r) => a + (r.codes[theme]?.mentions ?? 0), 0);
      out.push({
        key: c.key,
        theme,
        units: inCell.length,
        words,
        mentions,
        per1000: words > 0 ? (mentions / words) * 1000 : null,
      });
    }
  }
  return out;
}
