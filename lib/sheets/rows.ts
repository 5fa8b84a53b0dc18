/**
 * Reading the rows of a coding sheet, one level each: one row per unit (`unitRows`) or one row per
 * sentence (`sentenceRows`). Theme cells hold 1, 0 or nothing (not coded: missing data, never 0);
 * every other value, a row longer than the header, an empty, unknown or repeated id is a problem
 * named by spreadsheet row (header = 1) and column.
 */
import type { Problem } from "../core";
import { blankRecord } from "./csv";
import { type CoderCodes, type SentenceRow, sentenceKey, type UnitInfo } from "./sheet";

/** What the row readers share: the file, the header's columns, the themes asked for, the problems found. */
export interface RowContext {
  file: string;
  header: string[];
  col: Map<string, number>;
  themeKeys: string[];
  known: Set<string> | null;
  problems: Problem[];
}

/** The cell of a record under a column name ("" when the sheet has no such column). */
export function cellOf(ctx: RowContext, rec: string[], name: string): string {
  const i = ctx.col.get(name);
  return i === undefined ? "" : (rec[i] ?? "");
}

/** A row's theme codes (blank → null); a value other than 0/1 is a problem and reads as null. */
function rowCodes(ctx: RowContext, rec: string[], what: string, line: number): Record<string, 0 | 1 | null> {
  const codes: Record<string, 0 | 1 | null> = {};
  for (const t of ctx.themeKeys) {
    const raw = cellOf(ctx, rec, t).trim();
    if (raw === "") codes[t] = null;
    else if (raw === "0" || raw === "1") codes[t] = raw === "1" ? 1 : 0;
    else {
      codes[t] = null;
      ctx.problems.push({
        file: ctx.file,
        line,
        column: t,
        message: `value "${raw}" for ${what} is not 0 or 1`,
        fix: `write 1 if the ${what.split(" ")[0]} expresses the theme, 0 if not, or leave the cell empty if not coded`,
      });
    }
  }
  return codes;
}

/** The checks every data row shares: not longer than the header, an id, a known id. Null when the row is skipped. */
function rowId(ctx: RowContext, rec: string[], line: number): string | null {
  const { file, problems } = ctx;
  if (rec.slice(ctx.header.length).some((c) => c.trim() !== "")) {
    // e.g. a comma in an unquoted text cell: every code after it sits one column to the right
    problems.push({
      file,
      line,
      message: `the row has more cells than the header (${rec.length} for ${ctx.header.length} columns)`,
      fix: "quote the text cell (or remove the stray comma) so that each code is under its theme",
    });
    return null;
  }
  const id = cellOf(ctx, rec, "id").trim();
  if (!id) {
    problems.push({
      file,
      line,
      column: "id",
      message: "empty unit id",
      fix: "restore the id from the sheet as it was written, or delete the row",
    });
    return null;
  }
  if (ctx.known && !ctx.known.has(id))
    problems.push({
      file,
      line,
      column: "id",
      message: `unit id "${id}" is not in the corpus`,
      fix: "restore the id as it was written by `npm run sheet`, or delete the row",
    });
  return id;
}

/** What the row readers return: ids in row order, presence codes, unit info, sentences. */
export interface SheetRows {
  ids: string[];
  codes: CoderCodes;
  info: Record<string, UnitInfo>;
  sentences: Record<string, SentenceRow[]>;
  /** id → its spreadsheet row (unit-level sheets; a sentence row keeps its own). */
  rowOf: Record<string, number>;
}

const infoOf = (ctx: RowContext, rec: string[], text: string): UnitInfo => ({
  year: cellOf(ctx, rec, "year").trim(),
  country: cellOf(ctx, rec, "country").trim(),
  speaker: cellOf(ctx, rec, "speaker").trim(),
  text,
});

/** Each data row that is not blank and has an id, with its spreadsheet row (header = 1). */
function eachRow(ctx: RowContext, records: string[][], visit: (rec: string[], line: number, id: string) => void): void {
  records.slice(1).forEach((rec, i) => {
    const line = i + 2;
    if (blankRecord(rec)) return;
    const id = rowId(ctx, rec, line);
    if (id !== null) visit(rec, line, id);
  });
}

/**
 * The rows of a unit-level sheet: one row per unit, each id once.
 *
 * @example unitRows(ctx, records).codes.u1 // { dialogue: 1 }
 */
export function unitRows(ctx: RowContext, records: string[][]): SheetRows {
  const out: SheetRows = { ids: [], codes: {}, info: {}, sentences: {}, rowOf: {} };
  const firstRow = new Map<string, number>();
  eachRow(ctx, records, (rec, line, id) => {
    if (firstRow.has(id)) {
      ctx.problems.push({
        file: ctx.file,
        line,
        column: "id",
        message: `unit id "${id}" appears again (first on row ${firstRow.get(id)})`,
        fix: "keep one row per unit: merge the codes and delete the other row",
      });
      return;
    }
    firstRow.set(id, line);
    out.codes[id] = rowCodes(ctx, rec, `unit ${id}`, line);
    out.ids.push(id);
    out.rowOf[id] = line;
    out.info[id] = infoOf(ctx, rec, cellOf(ctx, rec, "text"));
  });
  return out;
}

/** The sentence number of a row (a whole number ≥ 1), or null with a problem. */
function sentenceNumber(ctx: RowContext, rec: string[], id: string, line: number): number | null {
  const raw = cellOf(ctx, rec, "sentence").trim();
  if (/^[1-9][0-9]*$/.test(raw)) return Number(raw);
  ctx.problems.push({
    file: ctx.file,
    line,
    column: "sentence",
    message: raw ? `sentence number "${raw}" of unit ${id} is not a whole number from 1` : `no sentence number`,
    fix: "restore the number as it was written by `npm run sheet` (1, 2, 3 … within each unit)",
  });
  return null;
}

/** Each unit's sentences must be numbered 1, 2, 3 … without a gap (a deleted row is a gap). */
function checkNumbering(ctx: RowContext, out: SheetRows): void {
  for (const id of out.ids) {
    let expected = 1;
    for (const r of out.sentences[id]) {
      if (r.sentence > expected) {
        const gap = r.sentence - 1 > expected ? `s ${expected}–${r.sentence - 1}` : ` ${expected}`;
        ctx.problems.push({
          file: ctx.file,
          line: r.row,
          column: "sentence",
          message: `unit ${id} has no row for sentence${gap} (the next row is sentence ${r.sentence})`,
          fix: "restore the deleted row from the sheet as it was written: every sentence of a unit is coded",
        });
      }
      expected = r.sentence + 1;
    }
  }
}

/**
 * The rows of a sentence-level sheet: one row per sentence, numbered 1, 2, 3 … within its unit, each
 * (id, sentence) once. A unit's presence is 1 when any of its sentences is 1, 0 when all are 0, and
 * null (not known) when none is 1 and some are blank.
 *
 * @example sentenceRows(ctx, records).sentences.u1[0] // { sentence: 1, codes: { dialogue: 1 }, … }
 */
export function sentenceRows(ctx: RowContext, records: string[][]): SheetRows {
  const out: SheetRows = { ids: [], codes: {}, info: {}, sentences: {}, rowOf: {} };
  const firstRow = new Map<string, number>();
  eachRow(ctx, records, (rec, line, id) => {
    const n = sentenceNumber(ctx, rec, id, line);
    if (n === null) return;
    const key = sentenceKey(id, n);
    if (firstRow.has(key)) {
      ctx.problems.push({
        file: ctx.file,
        line,
        column: "sentence",
        message: `sentence ${n} of unit ${id} appears again (first on row ${firstRow.get(key)})`,
        fix: "keep one row per sentence: merge the codes and delete the other row",
      });
      return;
    }
    firstRow.set(key, line);
    if (!out.sentences[id]) {
      out.ids.push(id);
      out.sentences[id] = [];
      out.info[id] = infoOf(ctx, rec, "");
    }
    const codes = rowCodes(ctx, rec, `sentence ${n} of unit ${id}`, line);
    const note = cellOf(ctx, rec, "note").trim() || cellOf(ctx, rec, "notes").trim();
    out.sentences[id].push({ sentence: n, text: cellOf(ctx, rec, "text"), codes, note, row: line });
  });
  for (const id of out.ids) {
    const rows = out.sentences[id].sort((a, b) => a.sentence - b.sentence);
    out.info[id].text = rows.map((r) => r.text).join(" ");
    out.codes[id] = {};
    for (const t of ctx.themeKeys) {
      const vals = rows.map((r) => r.codes[t]);
      out.codes[id][t] = vals.includes(1) ? 1 : vals.includes(null) ? null : 0;
    }
  }
  checkNumbering(ctx, out);
  return out;
}
