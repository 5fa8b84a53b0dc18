/**
 * The header row of a coding sheet: which level it is (a `sentence` column makes it sentence-level),
 * which columns are metadata or notes (never themes), and what is wrong with it.
 */
import type { Problem } from "../core";
import { readCsv } from "./csv";
import type { SheetLevel } from "./sheet";

/** The columns before the theme columns in a unit-level coding sheet. */
export const SHEET_META_COLUMNS = ["id", "coder", "year", "country", "speaker", "text"] as const;

/** The columns before the theme columns in a sentence-level sheet. */
export const SENTENCE_SHEET_META = ["id", "sentence", "coder", "codebook", "year", "country", "speaker", "text"];

/** Free-text columns a coder may add or fill: never theme columns, whatever the header says. */
export const NOTE_COLUMNS = ["note", "notes", "comment", "comments"];

/** Every column name that is not a theme in any sheet. */
const NOT_THEMES = new Set<string>([...SHEET_META_COLUMNS, ...SENTENCE_SHEET_META, ...NOTE_COLUMNS]);

/**
 * True when a column of a sheet can be a theme: not metadata, not a note column, not empty.
 *
 * @example isThemeColumn("notes") // false
 */
export function isThemeColumn(name: string): boolean {
  const n = name.trim();
  return n !== "" && !NOT_THEMES.has(n.toLowerCase());
}

/**
 * The level of a sheet from its header: "sentence" when it has a `sentence` column.
 *
 * @example sheetLevel(["id", "sentence", "dialogue"]) // "sentence"
 */
export function sheetLevel(header: string[]): SheetLevel {
  return header.includes("sentence") ? "sentence" : "unit";
}

/** Problems of the header row: no `id` column, a theme column missing, a column twice. */
export function headerProblems(header: string[], file: string, themeKeys: string[]): Problem[] {
  const problems: Problem[] = [];
  const level = sheetLevel(header);
  const meta = level === "sentence" ? SENTENCE_SHEET_META : [...SHEET_META_COLUMNS];
  if (!header.includes("id")) {
    problems.push({
      file,
      line: 1,
      message: "no `id` column in the header row",
      fix: `the first row must name the columns: ${[...meta, ...themeKeys].join(",")}`,
    });
  }
  for (const t of themeKeys) {
    if (!header.includes(t))
      problems.push({
        file,
        line: 1,
        column: t,
        message: `theme column "${t}" is missing`,
        fix: `add a column headed "${t}" (the codebook's theme key) and code it 0/1`,
      });
  }
  header.forEach((h, i) => {
    if (h !== "" && header.indexOf(h) !== i)
      problems.push({
        file,
        line: 1,
        column: h,
        message: `column "${h}" appears twice in the header row`,
        fix: "keep one column per theme: merge the codes and delete the other column",
      });
  });
  return problems;
}

/**
 * The theme columns in a sheet's header: every column that is not metadata or a note. Commands take
 * their themes from the codebook, not from here; this is for reading a sheet of unknown origin.
 *
 * @example sheetThemes("id,coder,year,country,speaker,text,dialogue,notes\n") // ["dialogue"]
 */
export function sheetThemes(text: string, file = "sheet"): string[] {
  const header = (readCsv(text, file)[0] ?? []).map((h) => h.trim());
  return header.filter(isThemeColumn);
}
