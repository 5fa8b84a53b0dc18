/**
 * Reading the CSV files of human coding (sheets, decisions, gold, the sample list) as spreadsheets save
 * them. What a spreadsheet does to a CSV is recognised and named, never read as missing columns:
 *
 *   read, with a note     a `;` or tab between cells (a European locale), Excel's `sep=;` first line,
 *                         a byte-order mark (also a doubled one)
 *   refused, with the fix UTF-16 ("Unicode Text"), NUL bytes, bytes that are not UTF-8 — "save as CSV UTF-8"
 */
import * as fs from "fs";
import { parse } from "csv-parse/sync";
import { decodeUtf8, InputError } from "../core";

/** The fix for every file a spreadsheet saved in a form we do not read. */
export const SAVE_AS_CSV_UTF8 =
  'save the sheet again as "CSV UTF-8 (comma delimited)" (Excel: File → Save As; LibreOffice: Text CSV, UTF-8)';

/** A CSV file read: its records (spreadsheet row r is `records[r - 1]`) and what was recognised on the way. */
export interface CsvTable {
  records: string[][];
  /** E.g. "cells separated by ';' (a spreadsheet in a European locale): read as such". */
  notes: string[];
}

/**
 * The field delimiter of a CSV file, read from its header row: a spreadsheet set to a European
 * locale saves with ";" (and some with tabs) instead of ",".
 *
 * @example sniffDelimiter("id;coder;dialogue\n") // ";"
 */
export function sniffDelimiter(text: string): "," | ";" | "\t" {
  const first = text.replace(/^\uFEFF+/, "").split(/\r?\n/, 1)[0] ?? "";
  if (first.includes(",")) return ",";
  if (first.includes(";")) return ";";
  if (first.includes("\t")) return "\t";
  return ",";
}

/** The 1-based line of the first NUL character, or 0 when there is none. */
function nulLine(text: string): number {
  const at = text.indexOf("\u0000");
  return at < 0 ? 0 : text.slice(0, at).split("\n").length;
}

/**
 * Refuses text that a spreadsheet saved in a form we do not read: UTF-16 ("Unicode Text", with or
 * without its byte-order mark, seen as NUL between letters) and NUL bytes.
 *
 * @throws {InputError} naming the file, what it is, and the fix ("save as CSV UTF-8")
 */
export function checkSpreadsheetText(text: string, file: string): void {
  const head = text.slice(0, 400);
  const utf16 =
    /^(\uFFFE|\uFFFD\uFFFD)/.test(head) || (head.length >= 8 && head.split("\u0000").length * 3 >= head.length + 3);
  if (utf16)
    throw new InputError({
      file,
      line: 1,
      message: 'saved as UTF-16 (Excel\'s "Unicode Text"), not as CSV UTF-8',
      fix: SAVE_AS_CSV_UTF8,
    });
  const nul = nulLine(text);
  if (nul)
    throw new InputError({
      file,
      line: nul,
      message: "holds NUL bytes (a damaged file, or one saved in a binary or UTF-16 format)",
      fix: SAVE_AS_CSV_UTF8,
    });
}

/**
 * The records of a CSV text and notes on what was recognised: byte-order marks dropped (a doubled
 * one too), Excel's `sep=X` first line honoured and dropped (row numbers stay the spreadsheet's:
 * Excel does not show that line), the delimiter sniffed, ragged rows kept.
 *
 * @param file the file's name, for the error
 * @throws {InputError} for UTF-16, NUL bytes, or text not readable as CSV (e.g. a quote never closed)
 * @example readCsvTable("sep=;\nid;dialogue\nu1;1\n", "a.csv").records // [["id", "dialogue"], ["u1", "1"]]
 */
export function readCsvTable(text: string, file: string): CsvTable {
  checkSpreadsheetText(text, file);
  const notes: string[] = [];
  let body = text;
  const boms = /^\uFEFF+/.exec(body)?.[0].length ?? 0;
  if (boms > 1) notes.push(`${boms} byte-order marks at the start (a spreadsheet added one more): read as one`);
  body = body.slice(boms);
  const sep = /^sep=(.)[ \t]*\r?\n/i.exec(body);
  let delimiter: string = sniffDelimiter(body);
  if (sep) {
    delimiter = sep[1];
    body = body.slice(sep[0].length);
    notes.push(`first line "sep=${delimiter}" (Excel's delimiter hint): cells read as separated by "${delimiter}"`);
  } else if (delimiter !== ",") {
    const name = delimiter === ";" ? '";"' : "tabs";
    notes.push(`cells separated by ${name} (a spreadsheet in a European locale): read as such`);
  }
  try {
    const records = parse(body, { delimiter, relax_column_count: true, skip_empty_lines: false }) as string[][];
    if (records[0]) records[0] = records[0].map((h) => h.replace(/^\uFEFF+/, ""));
    return { records, notes };
  } catch (e) {
    const err = e as { message?: string; lines?: number };
    throw new InputError({
      file,
      line: err.lines === undefined ? undefined : err.lines + (sep ? 1 : 0),
      message: `not readable as CSV (${err.message ?? String(e)})`,
      fix: SAVE_AS_CSV_UTF8,
    });
  }
}

/**
 * The records of a CSV text (see `readCsvTable`, without the notes).
 *
 * @throws {InputError} when the text is not readable as CSV
 * @example readCsv("id,dialogue\nu1,1\n", "a.csv") // [["id", "dialogue"], ["u1", "1"]]
 */
export function readCsv(text: string, file: string): string[][] {
  return readCsvTable(text, file).records;
}

/**
 * A CSV file's text: UTF-8 required (UTF-16 and NUL bytes recognised and named, see
 * `checkSpreadsheetText`), its byte-order mark kept for `readCsvTable` to drop.
 *
 * @param orElse what else to do when the file is not there, for the message
 * @throws {InputError} when the file is missing, UTF-16, holds NUL bytes or is not UTF-8
 * @example readCsvFile("data/coding/ungdc-kosovo/decisions.csv").startsWith("id,")
 */
export function readCsvFile(file: string, orElse = ""): string {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile())
    throw new InputError({ file, message: "file not found", fix: `check the path${orElse ? `, ${orElse}` : ""}` });
  const bytes = fs.readFileSync(file);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    checkSpreadsheetText("\uFFFE", file);
  const r = decodeUtf8(bytes);
  if ("text" in r) {
    checkSpreadsheetText(r.text, file);
    return r.text;
  }
  throw new InputError({
    file,
    line: r.badLine,
    message: "not valid UTF-8 (saved as Latin-1, Windows-1252 or another legacy encoding)",
    fix: SAVE_AS_CSV_UTF8,
  });
}

/** True when every cell of a record is blank (a spreadsheet leaves such rows at the end). */
export const blankRecord = (r: string[]): boolean => r.every((c) => c.trim() === "");

/**
 * The header row's names (trimmed) and a map from name to column index.
 *
 * @example headerOf([["id ", "theme"]]).col.get("id") // 0
 */
export function headerOf(records: string[][]): { header: string[]; col: Map<string, number> } {
  const header = (records[0] ?? []).map((h) => h.trim());
  return { header, col: new Map(header.map((h, i) => [h, i])) };
}
