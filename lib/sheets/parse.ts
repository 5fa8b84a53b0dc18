/**
 * Loading a filled coding sheet: cells 1 (present), 0 (absent) or blank (not coded), every problem
 * named by spreadsheet row (header = 1) and column, all reported together.
 */
import * as fs from "fs";
import * as path from "path";
import { byCodeUnit, fromProjectRoot, InputError, type Problem, ValidationError } from "../core";
import { SHEET_META_COLUMNS } from "./build";
import { blankRecord, headerOf, readCsv } from "./csv";

/** Codes of one coder: unit id → theme → 0/1, or null when left blank. */
export type CoderCodes = Record<string, Record<string, 0 | 1 | null>>;

/** What a coding sheet shows of a unit besides its codes. */
export interface UnitInfo {
  year: string;
  country: string;
  speaker: string;
  text: string;
}

/** A filled coding sheet, loaded. */
export interface Sheet {
  file: string;
  coder: string;
  /** Theme keys, in the order asked for. */
  themes: string[];
  /** Unit ids in the sheet's row order. */
  ids: string[];
  /** id → theme → 0/1, or null when the cell was left blank (not coded). */
  codes: CoderCodes;
  /** id → what the sheet shows of the unit (empty strings for columns the sheet lacks). */
  info: Record<string, UnitInfo>;
}

/** Options of `parseSheet`. */
export interface ParseSheetOptions {
  /** Theme columns the sheet must have (the codebook's keys). */
  themeKeys: string[];
  /** When given, every id in the sheet must be one of these. */
  knownIds?: Iterable<string>;
  /** Coder name when the sheet has no `coder` column (default: the file name without extension). */
  coder?: string;
}

/** Problems of the header row: no `id` column, a theme column missing, a column twice. */
function headerProblems(header: string[], col: Map<string, number>, file: string, themeKeys: string[]): Problem[] {
  const problems: Problem[] = [];
  if (!col.has("id")) {
    problems.push({
      file,
      line: 1,
      message: "no `id` column in the header row",
      fix: `the first row must name the columns: ${[...SHEET_META_COLUMNS, ...themeKeys].join(",")}`,
    });
  }
  for (const t of themeKeys) {
    if (!col.has(t))
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

/** A row's theme codes (blank → null); a value other than 0/1 is a problem and reads as null. */
function rowCodes(
  rec: string[],
  col: Map<string, number>,
  id: string,
  where: { file: string; line: number },
  themeKeys: string[],
  problems: Problem[],
): Record<string, 0 | 1 | null> {
  const unit: Record<string, 0 | 1 | null> = {};
  for (const t of themeKeys) {
    const raw = (rec[col.get(t)!] ?? "").trim();
    if (raw === "") unit[t] = null;
    else if (raw === "0" || raw === "1") unit[t] = raw === "1" ? 1 : 0;
    else {
      unit[t] = null;
      problems.push({
        ...where,
        column: t,
        message: `value "${raw}" for unit ${id} is not 0 or 1`,
        fix: "write 1 if the unit expresses the theme, 0 if not, or leave the cell empty if not coded",
      });
    }
  }
  return unit;
}

/**
 * Reads a filled coding sheet. Cells hold 1 (present), 0 (absent) or nothing (not coded).
 * Collects every problem — missing id or theme columns, empty, unknown or duplicate ids, values
 * other than 0/1 — and throws one `ValidationError` naming each row (spreadsheet row, header = 1)
 * and column.
 *
 * @example parseSheet(fs.readFileSync("ana.csv", "utf8"), "ana.csv", { themeKeys: ["dialogue"] })
 * @throws {InputError} when the text is not readable as CSV
 * @throws {ValidationError} listing every problem of the sheet
 */
export function parseSheet(text: string, file: string, options: ParseSheetOptions): Sheet {
  const records = readCsv(text, file);
  const { header, col } = headerOf(records);
  const problems = headerProblems(header, col, file, options.themeKeys);
  if (problems.length) throw new ValidationError(`coding sheet ${file}`, problems);

  const known = options.knownIds ? new Set(options.knownIds) : null;
  const idCol = col.get("id")!;
  const coderCol = col.get("coder");
  const coders = new Set<string>();
  const firstRow = new Map<string, number>();
  const ids: string[] = [];
  const codes: CoderCodes = {};
  const info: Record<string, UnitInfo> = {};
  const cell = (rec: string[], name: string) => (col.has(name) ? (rec[col.get(name)!] ?? "") : "");
  records.slice(1).forEach((rec, i) => {
    const row = i + 2;
    if (blankRecord(rec)) return;
    if (rec.slice(header.length).some((c) => c.trim() !== "")) {
      // e.g. a comma in an unquoted text cell: every code after it sits one column to the right
      problems.push({
        file,
        line: row,
        message: `the row has more cells than the header (${rec.length} for ${header.length} columns)`,
        fix: "quote the text cell (or remove the stray comma) so that each code is under its theme",
      });
      return;
    }
    const id = (rec[idCol] ?? "").trim();
    if (!id) {
      problems.push({
        file,
        line: row,
        column: "id",
        message: "empty unit id",
        fix: "restore the id from the sheet as it was written, or delete the row",
      });
      return;
    }
    if (known && !known.has(id)) {
      problems.push({
        file,
        line: row,
        column: "id",
        message: `unit id "${id}" is not in the corpus`,
        fix: "restore the id as it was written by `npm run sheet`, or delete the row",
      });
    }
    if (firstRow.has(id)) {
      problems.push({
        file,
        line: row,
        column: "id",
        message: `unit id "${id}" appears again (first on row ${firstRow.get(id)})`,
        fix: "keep one row per unit: merge the codes and delete the other row",
      });
      return;
    }
    firstRow.set(id, row);
    if (coderCol !== undefined) {
      const c = (rec[coderCol] ?? "").trim();
      if (c) coders.add(c);
    }
    codes[id] = rowCodes(rec, col, id, { file, line: row }, options.themeKeys, problems);
    ids.push(id);
    info[id] = {
      year: cell(rec, "year").trim(),
      country: cell(rec, "country").trim(),
      speaker: cell(rec, "speaker").trim(),
      text: cell(rec, "text"),
    };
  });
  if (coders.size > 1) {
    problems.push({
      file,
      column: "coder",
      message: `more than one coder named in one sheet (${[...coders].sort(byCodeUnit).join(", ")})`,
      fix: "one sheet per coder: split the rows into separate files",
    });
  }
  if (problems.length) throw new ValidationError(`coding sheet ${file}`, problems);
  const coder = [...coders][0] ?? options.coder ?? path.basename(file).replace(/\.[^.]*$/, "");
  return { file, coder, themes: [...options.themeKeys], ids, codes, info };
}

/**
 * Reads a filled coding sheet from disk (see `parseSheet`).
 *
 * @example loadSheet("data/coding/ungdc-kosovo/ana.csv", { themeKeys })
 * @throws {InputError} when the file does not exist or is not readable as CSV
 * @throws {ValidationError} listing every problem of the sheet
 */
export function loadSheet(given: string, options: ParseSheetOptions): Sheet {
  const file = fromProjectRoot(given); // a relative path from the project root, as in a notebook
  if (!fs.existsSync(file))
    throw new InputError({
      file,
      message: "file not found",
      fix: "check the path, or write the sheet with `npm run sheet`",
    });
  return parseSheet(fs.readFileSync(file, "utf8"), file, options);
}

/**
 * The theme keys in a sheet's header: every column after the metadata columns.
 *
 * @example sheetThemes("id,coder,year,country,speaker,text,dialogue\n") // ["dialogue"]
 */
export function sheetThemes(text: string, file = "sheet"): string[] {
  const header = (readCsv(text.split(/\r?\n/)[0] + "\n", file)[0] ?? []).map((h) => h.trim());
  return header.filter((h) => h && !(SHEET_META_COLUMNS as readonly string[]).includes(h));
}
