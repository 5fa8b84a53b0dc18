/**
 * The human-coding workflow: coding sheets a coder fills in a spreadsheet, loading them back with
 * every problem named by row and column, the disagreements between coders, and the gold standard
 * (agreed codes plus adjudicated decisions, each with a one-line reason).
 *
 *   sheetCsv → (coder fills 0/1) → parseSheet/loadSheet → findDisagreements
 *   → decisions CSV (id,theme,value,reason) → parseDecisions → buildGold → goldCsv
 */
import * as fs from "fs";
import * as path from "path";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import seedrandom from "seedrandom";
import { InputError, ValidationError, type Problem } from "../core";
import { projectRoot } from "../core";
import type { CoderCodes } from "../reliability";
import type { Unit } from "../core";

/** The columns before the theme columns in a coding sheet. */
export const SHEET_META_COLUMNS = ["id", "coder", "year", "country", "speaker", "text"] as const;

/** A spreadsheet cell holds at most this many characters (Excel and LibreOffice both cut longer text). */
export const SPREADSHEET_CELL_LIMIT = 32767;

/** Byte-order mark that makes Excel read a CSV file as UTF-8. */
const BOM = "\uFEFF";

/** Compares strings by code unit: the same order on every machine and locale. */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A seeded random sample of `fraction` of the items (at least one), returned sorted by id.
 * The same items, fraction and seed give the same sample whatever the input order.
 *
 * @example sampleUnits(units, 0.2, 42).map((u) => u.id)
 */
export function sampleUnits<T extends { id: string }>(items: T[], fraction: number, seed: string | number): T[] {
  if (!(fraction > 0 && fraction <= 1)) throw new RangeError(`sample fraction must be in (0, 1], got ${fraction}`);
  const sorted = [...items].sort((a, b) => byCodeUnit(a.id, b.id));
  const n = Math.max(1, Math.round(fraction * sorted.length));
  const rng = seedrandom(String(seed));
  for (let i = sorted.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [sorted[i], sorted[j]] = [sorted[j], sorted[i]];
  }
  return sorted.slice(0, Math.min(n, sorted.length)).sort((a, b) => byCodeUnit(a.id, b.id));
}

/** Options of `sheetCsv`. */
export interface SheetOptions {
  coder: string;
  /** Start the file with a UTF-8 byte-order mark so Excel reads accents right (default true). */
  bom?: boolean;
}

/** A coding sheet ready to write, and what the writer should warn about. */
export interface BuiltSheet {
  csv: string;
  rows: number;
  /** E.g. a unit text longer than a spreadsheet cell holds. */
  warnings: string[];
}

/**
 * A coding sheet as CSV text: one row per unit (sorted by id) with id, coder, year, country,
 * speaker and the unit's text in one quoted cell, then one empty column per theme key for the coder
 * to fill with 1 (present) or 0 (absent).
 *
 * @example sheetCsv(units, ["sovereignty", "dialogue"], { coder: "ana" }).csv
 */
export function sheetCsv(units: Unit[], themeKeys: string[], options: SheetOptions): BuiltSheet {
  if (!options.coder.trim()) throw new RangeError("a coding sheet needs a coder name");
  const dup = themeKeys.find((k, i) => themeKeys.indexOf(k) !== i);
  if (dup) throw new RangeError(`theme key "${dup}" appears twice`);
  const clash = themeKeys.find((k) => (SHEET_META_COLUMNS as readonly string[]).includes(k));
  if (clash) throw new RangeError(`theme key "${clash}" clashes with a sheet column`);
  const sorted = [...units].sort((a, b) => byCodeUnit(a.id, b.id));
  const warnings: string[] = [];
  const records: string[][] = [[...SHEET_META_COLUMNS, ...themeKeys]];
  for (const u of sorted) {
    if (u.body.length > SPREADSHEET_CELL_LIMIT) {
      warnings.push(
        `${u.id}: text has ${u.body.length} characters; a spreadsheet cell holds ${SPREADSHEET_CELL_LIMIT}, so a spreadsheet will cut it — code it from the corpus file`,
      );
    }
    records.push([u.id, options.coder, String(u.year), u.country, u.speaker, u.body, ...themeKeys.map(() => "")]);
  }
  const csv = stringify(records, { record_delimiter: "\n", quoted_match: /[\r\n",]/ });
  return { csv: (options.bom === false ? "" : BOM) + csv, rows: sorted.length, warnings };
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

/** What a coding sheet shows of a unit besides its codes. */
export interface UnitInfo {
  year: string;
  country: string;
  speaker: string;
  text: string;
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

/**
 * The field delimiter of a CSV file, read from its header row: a spreadsheet set to a European
 * locale saves with ";" (and some with tabs) instead of ",".
 */
export function sniffDelimiter(text: string): "," | ";" | "\t" {
  const first = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  if (first.includes(",")) return ",";
  if (first.includes(";")) return ";";
  if (first.includes("\t")) return "\t";
  return ",";
}

function readCsv(text: string, file: string): string[][] {
  try {
    return parse(text, {
      bom: true,
      delimiter: sniffDelimiter(text),
      relax_column_count: true,
      skip_empty_lines: false,
    }) as string[][];
  } catch (e) {
    const err = e as { message?: string; lines?: number };
    throw new InputError({
      file,
      line: err.lines,
      message: `not readable as CSV (${err.message ?? String(e)})`,
      fix: "save the sheet again as CSV (UTF-8, comma-separated) from the spreadsheet",
    });
  }
}

const blankRecord = (r: string[]) => r.every((c) => c.trim() === "");

/**
 * Reads a filled coding sheet. Cells hold 1 (present), 0 (absent) or nothing (not coded).
 * Collects every problem — missing id or theme columns, empty, unknown or duplicate ids, values
 * other than 0/1 — and throws one `ValidationError` naming each row (spreadsheet row, header = 1)
 * and column.
 *
 * @example parseSheet(fs.readFileSync("ana.csv", "utf8"), "ana.csv", { themeKeys: ["dialogue"] })
 */
export function parseSheet(text: string, file: string, options: ParseSheetOptions): Sheet {
  const records = readCsv(text, file);
  const problems: Problem[] = [];
  const header = (records[0] ?? []).map((h) => h.trim());
  const col = new Map(header.map((h, i) => [h, i]));
  if (!col.has("id")) {
    problems.push({
      file,
      line: 1,
      message: "no `id` column in the header row",
      fix: `the first row must name the columns: ${[...SHEET_META_COLUMNS, ...options.themeKeys].join(",")}`,
    });
  }
  for (const t of options.themeKeys) {
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
    const unit: Record<string, 0 | 1 | null> = {};
    for (const t of options.themeKeys) {
      const raw = (rec[col.get(t)!] ?? "").trim();
      if (raw === "") unit[t] = null;
      else if (raw === "0" || raw === "1") unit[t] = raw === "1" ? 1 : 0;
      else {
        unit[t] = null;
        problems.push({
          file,
          line: row,
          column: t,
          message: `value "${raw}" for unit ${id} is not 0 or 1`,
          fix: "write 1 if the unit expresses the theme, 0 if not, or leave the cell empty if not coded",
        });
      }
    }
    ids.push(id);
    codes[id] = unit;
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
 */
export function loadSheet(file: string, options: ParseSheetOptions): Sheet {
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

/** One unit × theme on which the coders' values differ (a blank counts as a value: "not coded"). */
export interface Disagreement {
  id: string;
  theme: string;
  /** coder → value (null = left blank). */
  values: Record<string, 0 | 1 | null>;
}

function checkCoders(sheets: Sheet[]): void {
  if (sheets.length < 2) throw new RangeError(`comparing sheets needs two or more, got ${sheets.length}`);
  const names = sheets.map((s) => s.coder);
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (dup) {
    throw new ValidationError(
      "coding sheets",
      sheets
        .filter((s) => s.coder === dup)
        .map((s) => ({
          file: s.file,
          column: "coder",
          message: `coder "${dup}" names more than one sheet`,
          fix: "give each coder's sheet its own coder name",
        })),
    );
  }
}

/** Unit ids present in every sheet, sorted. */
export function commonIds(sheets: Sheet[]): string[] {
  return sheets[0].ids.filter((id) => sheets.every((s) => id in s.codes)).sort(byCodeUnit);
}

/**
 * Every unit × theme (units in all sheets) where the coders do not all give the same value,
 * sorted by id then theme. A cell every coder left blank is not a disagreement (nobody coded it).
 *
 * @example findDisagreements([ana, ben], ["dialogue"]) // [{ id: "u2", theme: "dialogue", values: { ana: 1, ben: 0 } }]
 */
export function findDisagreements(sheets: Sheet[], themeKeys: string[]): Disagreement[] {
  checkCoders(sheets);
  const out: Disagreement[] = [];
  for (const id of commonIds(sheets)) {
    for (const theme of themeKeys) {
      const vals = sheets.map((s) => s.codes[id][theme] ?? null);
      if (vals.every((v) => v === null)) continue;
      if (vals.every((v) => v === vals[0])) continue;
      const values: Record<string, 0 | 1 | null> = {};
      sheets.forEach((s, i) => (values[s.coder] = vals[i]));
      out.push({ id, theme, values });
    }
  }
  return out;
}

/** Columns of the disagreements table and the decisions file. */
export const DECISION_COLUMNS = ["id", "theme", "value", "reason"] as const;

/**
 * The disagreements as CSV: id, theme, one column per coder (blank = not coded).
 *
 * @example disagreementsCsv(findDisagreements(sheets, themes), ["ana", "ben"])
 */
export function disagreementsCsv(ds: Disagreement[], coders: string[]): string {
  const rows = [
    ["id", "theme", ...coders],
    ...ds.map((d) => [
      d.id,
      d.theme,
      ...coders.map((c) => (d.values[c] === null || d.values[c] === undefined ? "" : String(d.values[c]))),
    ]),
  ];
  return stringify(rows, { record_delimiter: "\n" });
}

/**
 * A decisions file to fill in: `id,theme,value,reason`, one row per disagreement, value and reason empty.
 *
 * @example decisionsTemplateCsv(findDisagreements(sheets, themes))
 */
export function decisionsTemplateCsv(ds: Disagreement[]): string {
  return stringify([[...DECISION_COLUMNS], ...ds.map((d) => [d.id, d.theme, "", ""])], { record_delimiter: "\n" });
}

/** An adjudicated code for one unit × theme. */
export interface Decision {
  id: string;
  theme: string;
  value: 0 | 1;
  reason: string;
  /** Row in the decisions file (header = 1). */
  line: number;
}

/**
 * Reads a decisions CSV (`id,theme,value,reason`): value 0 or 1, a one-line reason, a known theme,
 * one row per unit × theme. Every problem is reported at once, by row and column.
 *
 * @example parseDecisions("id,theme,value,reason\nu2,dialogue,1,endorses talks\n", "decisions.csv", { themeKeys: ["dialogue"] })
 */
export function parseDecisions(
  text: string,
  file: string,
  options: { themeKeys: string[]; knownIds?: Iterable<string> },
): Decision[] {
  const records = readCsv(text, file);
  const header = (records[0] ?? []).map((h) => h.trim());
  const col = new Map(header.map((h, i) => [h, i]));
  const missing = DECISION_COLUMNS.filter((c) => !col.has(c));
  if (missing.length) {
    throw new ValidationError(
      `decisions ${file}`,
      missing.map((c) => ({
        file,
        line: 1,
        column: c,
        message: `column "${c}" is missing`,
        fix: `the header row must be ${DECISION_COLUMNS.join(",")}`,
      })),
    );
  }
  const known = options.knownIds ? new Set(options.knownIds) : null;
  const themes = new Set(options.themeKeys);
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  const out: Decision[] = [];
  records.slice(1).forEach((rec, i) => {
    const line = i + 2;
    if (blankRecord(rec)) return;
    const get = (c: string) => (rec[col.get(c)!] ?? "").trim();
    const id = get("id");
    const theme = get("theme");
    const value = get("value");
    const reason = get("reason");
    let ok = true;
    if (!id || (known && !known.has(id))) {
      problems.push({
        file,
        line,
        column: "id",
        message: id ? `unit id "${id}" is not in every coding sheet` : "empty unit id",
        fix: "use an id from the disagreements table",
      });
      ok = false;
    }
    if (!themes.has(theme)) {
      problems.push({
        file,
        line,
        column: "theme",
        message: `"${theme}" is not a theme key`,
        fix: `use one of: ${options.themeKeys.join(", ")}`,
      });
      ok = false;
    }
    if (value !== "0" && value !== "1") {
      problems.push({
        file,
        line,
        column: "value",
        message: value ? `value "${value}" is not 0 or 1` : "no value decided",
        fix: "write the adjudicated code: 1 (present) or 0 (absent)",
      });
      ok = false;
    }
    if (!reason) {
      problems.push({
        file,
        line,
        column: "reason",
        message: "no reason given",
        fix: "write one line saying why (e.g. the decision rule of the coding guide that settles it)",
      });
      ok = false;
    } else if (/[\r\n]/.test(reason)) {
      problems.push({
        file,
        line,
        column: "reason",
        message: "the reason runs over several lines",
        fix: "keep the reason to one line",
      });
      ok = false;
    }
    const key = `${id}\u0000${theme}`;
    if (seen.has(key)) {
      problems.push({
        file,
        line,
        column: "id",
        message: `${id} × ${theme} was already decided on row ${seen.get(key)}`,
        fix: "keep one decision per unit and theme",
      });
      ok = false;
    } else seen.set(key, line);
    if (ok) out.push({ id, theme, value: value === "1" ? 1 : 0, reason, line });
  });
  if (problems.length) throw new ValidationError(`decisions ${file}`, problems);
  return out;
}

/** One gold-standard code. */
export interface GoldRow {
  id: string;
  theme: string;
  value: 0 | 1;
  source: "agreed" | "adjudicated";
  /** The adjudicator's one-line reason; "" for agreed codes. */
  reason: string;
}

/**
 * The gold standard: for every unit in all sheets and every theme, the coders' common value, or
 * the decision for a disagreement. Throws a `ValidationError` listing every disagreement that has
 * no decision (with the coders' values), and every decision about a cell the coders agreed on.
 * Cells no coder coded are left out. Sorted by id, then theme in `themeKeys` order.
 *
 * @example buildGold([ana, ben], decisions, ["dialogue"], "decisions.csv")
 */
export function buildGold(
  sheets: Sheet[],
  decisions: Decision[],
  themeKeys: string[],
  decisionsFile = "decisions.csv",
): GoldRow[] {
  checkCoders(sheets);
  const ds = findDisagreements(sheets, themeKeys);
  const open = new Map(ds.map((d) => [`${d.id}\u0000${d.theme}`, d]));
  const byKey = new Map(decisions.map((d) => [`${d.id}\u0000${d.theme}`, d]));
  const problems: Problem[] = [];
  for (const [key, d] of open) {
    if (!byKey.has(key)) {
      const vals = Object.entries(d.values)
        .map(([c, v]) => `${c}=${v === null ? "blank" : v}`)
        .join(", ");
      problems.push({
        file: decisionsFile,
        message: `no decision for ${d.id} × ${d.theme} (${vals})`,
        fix: `add a row "${d.id},${d.theme},<0 or 1>,<one-line reason>"`,
      });
    }
  }
  const ids = commonIds(sheets);
  const idSet = new Set(ids);
  for (const d of decisions) {
    const key = `${d.id}\u0000${d.theme}`;
    if (open.has(key)) continue;
    if (!idSet.has(d.id)) {
      problems.push({
        file: decisionsFile,
        line: d.line,
        column: "id",
        message: `unit ${d.id} is not in every coding sheet`,
        fix: "remove the row, or code the unit in every sheet",
      });
    } else {
      const v = sheets[0].codes[d.id][d.theme];
      problems.push({
        file: decisionsFile,
        line: d.line,
        column: "value",
        message: `the coders agree on ${d.id} × ${d.theme} (${v === null ? "all blank" : v}); there is nothing to adjudicate`,
        fix: "remove the row (to overrule an agreed code, have the coders revise their sheets)",
      });
    }
  }
  if (problems.length) throw new ValidationError(`adjudication (${decisionsFile})`, problems);
  const gold: GoldRow[] = [];
  for (const id of ids) {
    for (const theme of themeKeys) {
      const key = `${id}\u0000${theme}`;
      const dec = byKey.get(key);
      if (open.has(key) && dec) {
        gold.push({ id, theme, value: dec.value, source: "adjudicated", reason: dec.reason });
        continue;
      }
      const v = sheets[0].codes[id][theme];
      if (v === null || v === undefined) continue;
      gold.push({ id, theme, value: v, source: "agreed", reason: "" });
    }
  }
  return gold;
}

/** Columns of the gold file. */
export const GOLD_COLUMNS = ["id", "theme", "value", "source", "reason"] as const;

/**
 * The gold standard as CSV (`id,theme,value,source,reason`).
 *
 * @example goldCsv(buildGold(sheets, decisions, themes))
 */
export function goldCsv(rows: GoldRow[]): string {
  return stringify([[...GOLD_COLUMNS], ...rows.map((r) => [r.id, r.theme, String(r.value), r.source, r.reason])], {
    record_delimiter: "\n",
  });
}

/**
 * Reads a gold file written by `goldCsv`, checking values and duplicates.
 *
 * @example parseGold(fs.readFileSync("gold.csv", "utf8"), "gold.csv")
 */
export function parseGold(text: string, file: string): GoldRow[] {
  const records = readCsv(text, file);
  const header = (records[0] ?? []).map((h) => h.trim());
  const col = new Map(header.map((h, i) => [h, i]));
  const missing = ["id", "theme", "value"].filter((c) => !col.has(c));
  if (missing.length)
    throw new ValidationError(
      `gold ${file}`,
      missing.map((c) => ({
        file,
        line: 1,
        column: c,
        message: `column "${c}" is missing`,
        fix: `the header row must be ${GOLD_COLUMNS.join(",")}`,
      })),
    );
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  const out: GoldRow[] = [];
  records.slice(1).forEach((rec, i) => {
    const line = i + 2;
    if (blankRecord(rec)) return;
    const get = (c: string) => (col.has(c) ? (rec[col.get(c)!] ?? "").trim() : "");
    const id = get("id");
    const theme = get("theme");
    const value = get("value");
    const key = `${id}\u0000${theme}`;
    if (!id || !theme) problems.push({ file, line, message: "empty id or theme", fix: "fill both, or delete the row" });
    else if (value !== "0" && value !== "1")
      problems.push({ file, line, column: "value", message: `value "${value}" is not 0 or 1`, fix: "write 1 or 0" });
    else if (seen.has(key))
      problems.push({
        file,
        line,
        column: "id",
        message: `${id} × ${theme} appears again (first on row ${seen.get(key)})`,
        fix: "keep one row per unit and theme",
      });
    else {
      seen.set(key, line);
      out.push({
        id,
        theme,
        value: value === "1" ? 1 : 0,
        source: get("source") === "adjudicated" ? "adjudicated" : "agreed",
        reason: get("reason"),
      });
    }
  });
  if (problems.length) throw new ValidationError(`gold ${file}`, problems);
  return out;
}

/**
 * Where a corpus's human coding lives: `data/coding/<corpus>/`, or the folder named by the
 * environment variable `WORKBOOK_CODING` (to run the chapter on another set of sheets).
 *
 * @example codingFolder("ungdc-kosovo") // "/…/data/coding/ungdc-kosovo"
 */
export function codingFolder(corpus: string, root: string = projectRoot()): string {
  const env = (process.env.WORKBOOK_CODING ?? "").trim();
  return env ? path.resolve(env) : path.join(root, "data", "coding", corpus);
}

/** File names in a coding folder that are not coders' sheets. */
const NOT_SHEETS = /^(decisions|gold|disagreements|reliability|validation)([-_.].*)?\.csv$/i;

/** The human coding of a corpus: the coders' sheets, and the decisions and gold files when present. */
export interface CodingFolder {
  dir: string;
  sheets: Sheet[];
  /** `decisions.csv` in the folder, or null. */
  decisionsFile: string | null;
  /** `gold.csv` in the folder, or null. */
  goldFile: string | null;
}

/**
 * Loads a coding folder: every `*.csv` is a coder's sheet except `decisions.csv`, `gold.csv`,
 * `disagreements*.csv`, `reliability*.csv` and `validation*.csv`; sheets in name order. A missing
 * folder gives no sheets (the chapter then says how to make them).
 *
 * @example loadCodingFolder(codingFolder("ungdc-kosovo"), themeKeys(loadCodebook())).sheets.length
 */
export function loadCodingFolder(dir: string, themeKeys: string[]): CodingFolder {
  if (!fs.existsSync(dir)) return { dir, sheets: [], decisionsFile: null, goldFile: null };
  const names = fs
    .readdirSync(dir)
    .filter((f) => f.toLowerCase().endsWith(".csv"))
    .sort(byCodeUnit);
  const sheets = names.filter((f) => !NOT_SHEETS.test(f)).map((f) => loadSheet(path.join(dir, f), { themeKeys }));
  const has = (f: string) => (names.includes(f) ? path.join(dir, f) : null);
  return { dir, sheets, decisionsFile: has("decisions.csv"), goldFile: has("gold.csv") };
}

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

/**
 * The disagreements with each unit's year, country and (shortened) text, for a reader to judge.
 * The text comes from the sheets' `text` column, else from `texts` (unit id → text, e.g. from
 * `loadUnits`).
 *
 * @example disagreementsToRead(sheets, themes, 300).slice(0, 10)
 */
export function disagreementsToRead(
  sheets: Sheet[],
  themeKeys: string[],
  maxChars = 400,
  texts: Record<string, string> = {},
): DisagreementToRead[] {
  return findDisagreements(sheets, themeKeys).map((d) => {
    const info = sheets.map((s) => s.info[d.id]).find((i) => i && i.text) ??
      sheets.map((s) => s.info[d.id]).find((i) => i) ?? { year: "", country: "", speaker: "", text: "" };
    let text = (info.text || texts[d.id] || "").replace(/\s+/g, " ").trim();
    if (text.length > maxChars) text = text.slice(0, maxChars).replace(/\s+\S*$/, "") + " …";
    const codes = Object.entries(d.values)
      .map(([c, v]) => `${c}=${v === null ? "blank" : v}`)
      .join(" ");
    return { id: d.id, theme: d.theme, year: info.year, country: info.country, codes, text };
  });
}
