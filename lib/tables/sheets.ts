/**
 * The coders' disagreements as a table to read: each with the unit's year, country, the coders'
 * values and the unit's text, shortened.
 */
import { codersValues, findDisagreements } from "../sheets/disagreements";
import type { Sheet, UnitInfo } from "../sheets/parse";

/** A disagreement with what a reader needs to judge it. */
export interface DisagreementToRead {
  id: string;
  theme: string;
  year: string;
  country: string;
  /** The coders' values, e.g. "ana=1 ben=0". */
  codes: string;
  /** The unit's text, cut to `maxChars` at a word boundary. */
  text: string;
}

const NO_INFO: UnitInfo = { year: "", country: "", speaker: "", text: "" };

/**
 * Whitespace collapsed, then cut to at most `maxChars` at a word boundary, with " …" when cut.
 *
 * @example shortText("one  two three", 9) // "one two …"
 */
export function shortText(text: string, maxChars: number): string {
  let s = text.replace(/\s+/g, " ").trim();
  if (s.length > maxChars) s = s.slice(0, maxChars).replace(/\s+\S*$/, "") + " …";
  return s;
}

/**
 * The disagreements with each unit's year, country and (shortened) text, for a reader to judge.
 * The text comes from the sheets' `text` column, else from `texts` (unit id → text, e.g. from
 * `loadUnits`). Fewer than two sheets: no disagreements (an empty table).
 *
 * @example disagreementsToRead(sheets, themes, 300).slice(0, 10)
 */
export function disagreementsToRead(
  sheets: Sheet[],
  themeKeys: string[],
  maxChars = 400,
  texts: Record<string, string> = {},
): DisagreementToRead[] {
  if (sheets.length < 2) return [];
  return findDisagreements(sheets, themeKeys).map((d) => {
    const infos = sheets.map((s) => s.info[d.id]);
    const info = infos.find((i) => i?.text) ?? infos.find((i) => i) ?? NO_INFO;
    const text = shortText(info.text || texts[d.id] || "", maxChars);
    return { id: d.id, theme: d.theme, year: info.year, country: info.country, codes: codersValues(d), text };
  });
}
