/**
 * Reading a workbook sheet by header names with SheetJS: the CMFA PressCon `.xlsx`. Cells come raw, so
 * a date cell is an Excel serial number (values.ts turns it into a date). The file is checked to be a
 * workbook (a zip) before SheetJS reads it, so that a renamed CSV or a saved web page is named as such.
 */
import * as fs from "fs";
import * as XLSX from "xlsx";
import { InputError } from "../../core";

/** A sheet as rows of raw cells, with its header. */
export interface SheetTable {
  shown: string;
  sheet: string;
  header: string[];
  /** Data rows (after the header), cells raw: numbers, strings, booleans, "" for blank. */
  rows: unknown[][];
  /** The 1-based sheet row of data row i. */
  rowNumber(i: number): number;
  /** The index of the first of `names` the header has; -1 when none. */
  col(...names: string[]): number;
}

/** What the first bytes of a file are, for a message. */
function describeStart(bytes: Buffer): string {
  const head = bytes.toString("latin1", 0, 64);
  if (bytes.length === 0) return "an empty file";
  if (/^\s*</.test(head)) return "an HTML or XML page";
  if (head.startsWith("\xD0\xCF\x11\xE0")) return "an old Excel .xls file";
  if (/^[^\0]*[,\t]/.test(head)) return "a text (CSV or TSV) file";
  return `bytes ${JSON.stringify(head.slice(0, 16))}`;
}

/**
 * The first sheet of a workbook whose header has every `required` column (each entry lists the names a
 * column goes by).
 *
 * @example readSheetTable("dl/CMFA_PressCon_v4.xlsx", "CMFA_PressCon_v4.xlsx", [["question"]], fix).header[0]
 * @throws {InputError} not a workbook, unreadable, or no sheet with the required columns
 */
export function readSheetTable(file: string, shown: string, required: string[][], fix: string): SheetTable {
  if (!fs.existsSync(file)) throw new InputError({ file: shown, message: "file not found", fix });
  const bytes = fs.readFileSync(file);
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50)
    throw new InputError({
      file: shown,
      message: `expected an .xlsx workbook (a zip file); found ${describeStart(bytes)}`,
      fix,
    });
  let wb: XLSX.WorkBook;
  try {
    wb = XLSX.read(bytes, { type: "buffer", cellDates: false, cellHTML: false, cellFormula: false, dense: true });
  } catch (e) {
    throw new InputError({ file: shown, message: `SheetJS cannot read the workbook (${(e as Error).message})`, fix });
  }
  const seen: string[] = [];
  for (const sheet of wb.SheetNames) {
    const ws = wb.Sheets[sheet];
    if (!ws?.["!ref"]) continue;
    const all = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, raw: true, defval: "", blankrows: true });
    const header = (all[0] ?? []).map((h) => String(h ?? "").trim());
    const missing = required.filter((names) => !names.some((n) => header.includes(n)));
    if (missing.length > 0) {
      seen.push(`sheet "${sheet}": ${header.slice(0, 10).join(", ") || "(no header)"}`);
      continue;
    }
    const base = XLSX.utils.decode_range(ws["!ref"]).s.r + 1;
    return {
      shown,
      sheet,
      header,
      rows: all.slice(1),
      rowNumber: (i) => base + 1 + i,
      col: (...names) => {
        for (const n of names) if (header.includes(n)) return header.indexOf(n);
        return -1;
      },
    };
  }
  throw new InputError({
    file: shown,
    line: 1,
    message:
      `expected a sheet with the columns ${required.map((n) => n.join(" or ")).join(", ")}; ` +
      `found ${seen.join("; ") || "no sheet with data"}`,
    fix,
  });
}
