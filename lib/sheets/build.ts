/** Writing a blank coding sheet: one row per unit with its text, one empty column per theme. */
import { stringify } from "csv-stringify/sync";
import { ArgumentError, byCodeUnit, type Unit } from "../core";
import { SHEET_META_COLUMNS } from "./header";

export { SHEET_META_COLUMNS };

/** A spreadsheet cell holds at most this many characters (Excel and LibreOffice both cut longer text). */
export const SPREADSHEET_CELL_LIMIT = 32767;

/** Byte-order mark that makes Excel read a CSV file as UTF-8. */
const BOM = "\uFEFF";

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

/** Throws an ArgumentError when the coder name or the theme keys cannot make a sheet. */
function checkSheetArguments(themeKeys: string[], coder: string): void {
  if (!coder.trim()) throw new ArgumentError("coder", "a coder name (a coding sheet needs one)", coder);
  const dup = themeKeys.find((k, i) => themeKeys.indexOf(k) !== i);
  if (dup) throw new ArgumentError("theme keys", "each key once", dup, `theme key "${dup}" appears twice`);
  const clash = themeKeys.find((k) => (SHEET_META_COLUMNS as readonly string[]).includes(k));
  if (clash)
    throw new ArgumentError(
      "theme keys",
      `keys other than the sheet's columns (${SHEET_META_COLUMNS.join(", ")})`,
      clash,
      `theme key "${clash}" clashes with a sheet column`,
    );
}

/**
 * A coding sheet as CSV text: one row per unit (sorted by id) with id, coder, year, country,
 * speaker and the unit's text in one quoted cell, then one empty column per theme key for the coder
 * to fill with 1 (present) or 0 (absent).
 *
 * @example sheetCsv(units, ["sovereignty", "dialogue"], { coder: "ana" }).csv
 * @throws {ArgumentError} for an empty coder name, a theme key given twice or named like a sheet column
 */
export function sheetCsv(units: Unit[], themeKeys: string[], options: SheetOptions): BuiltSheet {
  checkSheetArguments(themeKeys, options.coder);
  const sorted = [...units].sort((a, b) => byCodeUnit(a.id, b.id));
  const warnings: string[] = [];
  const records: string[][] = [[...SHEET_META_COLUMNS, ...themeKeys]];
  for (const u of sorted) {
    if (u.body.length > SPREADSHEET_CELL_LIMIT) {
      warnings.push(
        `${u.id}: text has ${u.body.length} characters; a spreadsheet cell holds ${SPREADSHEET_CELL_LIMIT}, ` +
          "so a spreadsheet will cut it — code it from the corpus file",
      );
    }
    records.push([u.id, options.coder, String(u.year), u.country, u.speaker, u.body, ...themeKeys.map(() => "")]);
  }
  const csv = stringify(records, { record_delimiter: "\n", quoted_match: /[\r\n",]/ });
  return { csv: (options.bom === false ? "" : BOM) + csv, rows: sorted.length, warnings };
}
