/**
 * Filling a blank coding sheet (as `npm run sheet` writes it) with codes: the sheet is read, each data row's
 * cells set, and written again with the sheet writers' own CSV settings, so that a filled sheet differs from
 * the blank one only in the cells that were filled.
 */
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";

/** The CSV settings of the sheet writers (`sheetCsv`, `sentenceSheetCsv`); a test checks they still agree. */
const SHEET_CSV = { record_delimiter: "\n", quoted_match: /[\r\n",]/ } as const;

/**
 * A blank sheet with its data rows' cells filled by `fill(cell)`, where `cell(column, value)` sets a cell.
 *
 * @example fillSheet(blank, (row, set) => set("dialogue", row.id === "u1" ? "1" : "0"))
 */
export function fillSheet(
  blank: string,
  fill: (row: Record<string, string>, set: (column: string, value: string) => void) => void,
): string {
  const bom = blank.startsWith("\uFEFF");
  const records = parse(blank, { bom: true }) as string[][];
  const header = records[0];
  for (const rec of records.slice(1)) {
    const row = Object.fromEntries(header.map((h, i) => [h, rec[i]]));
    fill(row, (column, value) => {
      const i = header.indexOf(column);
      if (i < 0) throw new Error(`fillSheet: no column "${column}" in the sheet`);
      rec[i] = value;
    });
  }
  return (bom ? "\uFEFF" : "") + stringify(records, SHEET_CSV);
}
