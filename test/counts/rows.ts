import type { CodedRow } from "../../lib/core";

/** An invented coded row: presences from `present`, mentions from `mentions` (default 1 per present theme). */
export function row(
  id: string,
  year: number,
  category: string,
  present: string[],
  mentions: Record<string, number> = {},
): CodedRow {
  const themes = ["sovereignty", "dialogue", "unilateral", "un_authority", "us_nato", "eu_antagonism", "minorities"];
  const codes: CodedRow["codes"] = {};
  for (const t of themes)
    codes[t] = present.includes(t) ? { present: 1, mentions: mentions[t] ?? 1 } : { present: 0, mentions: 0 };
  return { id, date: null, year, category, country: "CHN", speaker: "", codes, vocabulary: {} };
}

// Four invented units: sovereignty in 3 (mentions 2+1+2), dialogue in 2, unilateral in 1, others in none.
export const rows: CodedRow[] = [
  row("a", 2008, "mfa", ["sovereignty", "dialogue"], { sovereignty: 2 }),
  row("b", 2009, "unsc", ["sovereignty"]),
  row("c", 2021, "unsc", ["sovereignty", "unilateral", "dialogue"], { sovereignty: 2, dialogue: 3 }),
  row("d", 2022, "leader", []),
];

/** The paper's six themes, in the coding guide's order. */
export const SIX = ["sovereignty", "dialogue", "unilateral", "un_authority", "us_nato", "eu_antagonism"];

/** The paper's ranked themes (the core six but the EU), as `rankedThemes(codebook)` gives them. */
export const FIVE = SIX.slice(0, 5);

/** The paper's theme lists, as the counts functions take them. */
export const PAPER_THEMES = { coreThemes: SIX, rankedThemes: FIVE };
