/**
 * The invented comparison several validation tests share: ten units u1…u10, two themes.
 *
 *   gold:  1 1 1 1 0 0 0 0 0 0
 *   coder: 1 1 1 0 1 0 0 0 0 0  → tp 3, fn 1 (u4), fp 1 (u5), tn 5
 */
import { compareToGold } from "../../lib/validation";
import type { PresenceRow } from "../../lib/validation";
import type { Sheet } from "../../lib/sheets";

/** A unit-level sheet from what a test states (file, coder, themes, ids, codes, info); no blank counted. */
export function unitSheet(s: Pick<Sheet, "file" | "coder" | "themes" | "ids" | "codes" | "info">): Sheet {
  const blanks = { cells: 0, blank: 0, zeros: 0, ones: 0, rows: [], byTheme: {} };
  return { ...s, level: "unit", mentions: {}, sentences: {}, codebook: null, blanks, notes: [] };
}

/** Rows for one theme from a string of 0/1 codes for units u1, u2, … */
export function rows(theme: string, codes: string): PresenceRow[] {
  return [...codes].map((c, i) => ({ id: `u${i + 1}`, theme, value: c === "1" ? 1 : 0 }));
}

export const gold = [...rows("dialogue", "1111000000"), ...rows("us_nato", "0000000000")];
export const coder = [
  ...rows("dialogue", "1110100000"),
  ...rows("us_nato", "0000000000"),
  ...rows("dialogue", "11111111111").slice(10),
];
export const result = compareToGold(gold, coder, ["dialogue", "us_nato"]);
