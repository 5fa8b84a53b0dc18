/**
 * Reliability of mention counts (sentences expressing a theme, per unit), coder against coder:
 * Krippendorff's α at the interval and ratio levels (the difference of two counts, and that
 * difference relative to their size) and the intraclass correlation ICC(2,1) (absolute agreement of
 * one coder's count), with each coder's total so that a systematic over- or under-count shows.
 */
import { krippendorffAlpha } from "./alpha";
import type { Coefficient } from "./coefficient";
import { intraclassCorrelations } from "./icc";
import { sharedUnitIds } from "./table";

/** One coder's mention counts: unit id → theme → sentences marked, or null when not known (blanks). */
export type MentionCounts = Record<string, Record<string, number | null>>;

/** The count-level reliability of one theme. */
export interface MentionReliabilityRow {
  theme: string;
  /** Units whose count every coder knows. */
  units: number;
  /** Each coder's total over those units, in coder order. */
  totals: number[];
  alphaInterval: Coefficient;
  alphaRatio: Coefficient;
  /** ICC(2,1): two-way random, absolute agreement, one coder's count (Shrout and Fleiss 1979). */
  icc: Coefficient;
}

/**
 * Count-level reliability per theme from two or more coders' mention counts (units every coder
 * counted; a unit with a blank sentence has no count and is left out).
 *
 * @example mentionReliability([a.mentions, b.mentions], ["dialogue"])[0].alphaInterval
 */
export function mentionReliability(coders: MentionCounts[], themes: string[]): MentionReliabilityRow[] {
  const ids = sharedUnitIds(coders);
  return themes.map((theme) => {
    const table: number[][] = [];
    for (const id of ids) {
      const vals = coders.map((c) => c[id][theme] ?? null);
      if (vals.every((v) => v !== null)) table.push(vals as number[]);
    }
    const byCoder = coders.map((_, i) => table.map((r) => r[i]));
    return {
      theme,
      units: table.length,
      totals: byCoder.map((xs) => xs.reduce((s, x) => s + x, 0)),
      alphaInterval: krippendorffAlpha(byCoder, "interval"),
      alphaRatio: krippendorffAlpha(byCoder, "ratio"),
      icc: intraclassCorrelations(table).icc21,
    };
  });
}
