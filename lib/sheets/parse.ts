/**
 * Loading a filled coding sheet — one reader for both levels (one row per unit, or one row per
 * sentence): theme columns are the ones asked for (the codebook's), blank cells are missing data
 * (counted, never 0), a note column is never a theme, a sheet coded against other definitions is
 * refused, and every problem is named by spreadsheet row (header = 1) and column, all together.
 */
import * as path from "path";
import { byCodeUnit, fromProjectRoot, type Problem, ValidationError } from "../core";
import { countBlanks } from "./blanks";
import { headerOf, readCsvFile, readCsvTable } from "./csv";
import { headerProblems, sheetLevel } from "./header";
import { type RowContext, type SheetRows, sentenceRows, unitRows } from "./rows";
import type { ParseSheetOptions, Sheet } from "./sheet";

export type { CoderCodes, ParseSheetOptions, Sheet, UnitInfo } from "./sheet";
export { sheetThemes } from "./header";

/** The distinct non-empty values of a column, sorted. */
function valuesOf(records: string[][], col: number | undefined): string[] {
  if (col === undefined) return [];
  const set = new Set<string>();
  for (const rec of records.slice(1)) {
    const v = (rec[col] ?? "").trim();
    if (v) set.add(v);
  }
  return [...set].sort(byCodeUnit);
}

/** The codebook version of the sheet, with a problem when it names two, or not the codebook's. */
function codebookOf(
  versions: string[],
  file: string,
  expected: string | undefined,
  problems: Problem[],
): string | null {
  if (versions.length > 1)
    problems.push({
      file,
      column: "codebook",
      message: `rows coded against ${versions.length} codebook versions (${versions.join(", ")})`,
      fix: "one sheet per version of the definitions: recode the rows of the older version",
    });
  else if (expected !== undefined && versions.length === 1 && versions[0] !== expected)
    problems.push({
      file,
      column: "codebook",
      message:
        `coded against codebook version ${versions[0]}, but the codebook's definitions are now version ` +
        `${expected}: the definitions changed after the sheet was written`,
      fix:
        `code against the current definitions (a new sheet from \`npm run sheet\`), or pass the codebook of ` +
        `version ${versions[0]} (--codebook, e.g. from git)`,
    });
  return versions[0] ?? null;
}

/** Presence and mention counts per unit from the sentences (null mentions when a sentence is blank). */
function mentionsOf(rows: SheetRows, themes: string[]): Sheet["mentions"] {
  const out: Sheet["mentions"] = {};
  for (const id of rows.ids) {
    out[id] = {};
    for (const t of themes) {
      const vals = rows.sentences[id].map((r) => r.codes[t]);
      out[id][t] = vals.includes(null) ? null : vals.filter((v) => v === 1).length;
    }
  }
  return out;
}

/**
 * Reads a filled coding sheet, unit-level or sentence-level (a `sentence` column). Cells hold 1
 * (present), 0 (absent) or nothing (not coded). Collects every problem — missing id or theme
 * columns, empty, unknown or repeated ids, sentence numbers with a gap, values other than 0/1, two
 * coders in one sheet, a codebook version other than `codebookVersion` — and throws one
 * `ValidationError` naming each row (spreadsheet row, header = 1) and column.
 *
 * @example parseSheet("id,dialogue\nu1,1\n", "ana.csv", { themeKeys: ["dialogue"] }).codes // { u1: { dialogue: 1 } }
 * @throws {InputError} when the text is UTF-16, holds NUL bytes or is not readable as CSV
 * @throws {ValidationError} listing every problem of the sheet
 */
export function parseSheet(text: string, file: string, options: ParseSheetOptions): Sheet {
  const { records, notes } = readCsvTable(text, file);
  const { header, col } = headerOf(records);
  const problems = headerProblems(header, file, options.themeKeys);
  if (problems.length) throw new ValidationError(`coding sheet ${file}`, problems);
  const level = sheetLevel(header);
  const known = options.knownIds ? new Set(options.knownIds) : null;
  const ctx: RowContext = { file, header, col, themeKeys: options.themeKeys, known, problems };
  const rows = level === "sentence" ? sentenceRows(ctx, records) : unitRows(ctx, records);
  const coders = valuesOf(records, col.get("coder"));
  if (coders.length > 1)
    problems.push({
      file,
      column: "coder",
      message: `more than one coder named in one sheet (${coders.join(", ")})`,
      fix: "one sheet per coder: split the rows into separate files",
    });
  const codebook = codebookOf(valuesOf(records, col.get("codebook")), file, options.codebookVersion, problems);
  if (problems.length) throw new ValidationError(`coding sheet ${file}`, problems);
  const cells =
    level === "sentence"
      ? rows.ids.flatMap((id) => rows.sentences[id])
      : rows.ids.map((id) => ({ row: rows.rowOf[id], codes: rows.codes[id] }));
  return {
    file,
    coder: coders[0] ?? options.coder ?? path.basename(file).replace(/\.[^.]*$/, ""),
    level,
    themes: [...options.themeKeys],
    ids: rows.ids,
    codes: rows.codes,
    mentions: level === "sentence" ? mentionsOf(rows, options.themeKeys) : {},
    sentences: rows.sentences,
    info: rows.info,
    codebook,
    blanks: countBlanks(cells, options.themeKeys),
    notes,
  };
}

/**
 * Reads a filled coding sheet from disk (see `parseSheet`): UTF-8 required, UTF-16 and NUL bytes named.
 *
 * @example loadSheet("data/coding/ungdc-kosovo/coder-a.csv", { themeKeys }).ids.length
 * @throws {InputError} when the file does not exist, is not UTF-8 or not readable as CSV
 * @throws {ValidationError} listing every problem of the sheet
 */
export function loadSheet(given: string, options: ParseSheetOptions): Sheet {
  const file = fromProjectRoot(given); // a relative path from the project root, as in a notebook
  return parseSheet(readCsvFile(file, "or write the sheet with `npm run sheet`"), file, options);
}
