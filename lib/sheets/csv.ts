/** Reading the CSV files of human coding (sheets, decisions, gold) as a spreadsheet saves them. */
import { parse } from "csv-parse/sync";
import { InputError } from "../core";

/**
 * The field delimiter of a CSV file, read from its header row: a spreadsheet set to a European
 * locale saves with ";" (and some with tabs) instead of ",".
 *
 * @example sniffDelimiter("id;coder;dialogue\n") // ";"
 */
export function sniffDelimiter(text: string): "," | ";" | "\t" {
  const first = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  if (first.includes(",")) return ",";
  if (first.includes(";")) return ";";
  if (first.includes("\t")) return "\t";
  return ",";
}

/**
 * The records of a CSV text (byte-order mark dropped, delimiter sniffed, ragged rows kept).
 *
 * @param file the file's name, for the error
 * @throws {InputError} when the text is not readable as CSV (e.g. a quote never closed)
 */
export function readCsv(text: string, file: string): string[][] {
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
