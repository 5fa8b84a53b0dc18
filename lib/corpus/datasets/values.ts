/**
 * Reading the values of the datasets' cells, which differ between datasets and versions: missing
 * values (`NA`, `NULL`, empty), flags (`True`, `1`, `true`), Correlates of War codes stored as
 * floats (`710.0`), dates (ISO, "DD Month YYYY", year/month/day columns, Excel serials) and UN
 * meeting symbols ("S/PV.5225 (Resumption 1)").
 */
import { isIsoDate } from "../../core";

/**
 * Is a cell empty or one of the datasets' missing-value markers (`NA`, `NULL`, `NaN`)?
 *
 * @example isMissing("NA") // true
 * @example isMissing("China") // false
 */
export function isMissing(v: string | undefined | null): boolean {
  if (v === undefined || v === null) return true;
  const t = v.trim();
  return t === "" || t === "NA" || t === "NULL" || t === "NaN" || t === "nan";
}

/**
 * A cell as text, "" for a missing value.
 *
 * @example cell(" NA ") // ""
 */
export function cell(v: string | undefined | null): string {
  return isMissing(v) ? "" : (v as string).trim();
}

/**
 * A flag cell: `True`/`False`, `TRUE`/`FALSE`, `1`/`0`, `yes`/`no`; null when missing or unreadable.
 *
 * @example parseFlag("True") // true
 * @example parseFlag("0") // false
 */
export function parseFlag(v: string | undefined): boolean | null {
  const t = cell(v).toLowerCase();
  if (t === "true" || t === "1" || t === "1.0" || t === "yes" || t === "t") return true;
  if (t === "false" || t === "0" || t === "0.0" || t === "no" || t === "f") return false;
  return null;
}

/**
 * A Correlates of War country code, stored as an integer or a float string; null when missing.
 *
 * @example parseCow("710.0") // 710
 * @example parseCow("NA") // null
 */
export function parseCow(v: string | undefined): number | null {
  const t = cell(v);
  if (!/^\d+(\.0+)?$/.test(t)) return null;
  return Number(t.split(".")[0]);
}

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/**
 * An ISO date from year, month and day (numbers or cells such as "2014.0"); null when not a real date.
 *
 * @example isoFromParts("2014", "5", "27") // "2014-05-27"
 */
export function isoFromParts(y: string | number, m: string | number, d: string | number): string | null {
  const n = (v: string | number) => (typeof v === "number" ? v : /^\d+(\.0+)?$/.test(cell(v)) ? Number(cell(v)) : NaN);
  const [yy, mm, dd] = [n(y), n(m), n(d)];
  if (![yy, mm, dd].every(Number.isInteger)) return null;
  const iso = `${String(yy).padStart(4, "0")}-${String(mm).padStart(2, "0")}-${String(dd).padStart(2, "0")}`;
  return isIsoDate(iso) ? iso : null;
}

/**
 * A date cell as ISO "YYYY-MM-DD": ISO (a time part is dropped), "DD Month YYYY" ("5 March 2014"),
 * or "Month DD, YYYY"; null when missing or not a real date.
 *
 * @example parseDateCell("27 May 2014") // "2014-05-27"
 * @example parseDateCell("2014-05-27") // "2014-05-27"
 */
export function parseDateCell(v: string | undefined): string | null {
  const t = cell(v);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$/.exec(t);
  if (iso) return isoFromParts(iso[1], iso[2], iso[3]);
  const dmy = /^(\d{1,2})\.?\s+([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(t);
  if (dmy) {
    const m = monthNumber(dmy[2]);
    return m ? isoFromParts(dmy[3], m, dmy[1]) : null;
  }
  const mdy = /^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(t);
  if (mdy) {
    const m = monthNumber(mdy[1]);
    return m ? isoFromParts(mdy[3], m, mdy[2]) : null;
  }
  return null;
}

function monthNumber(name: string): number {
  const l = name.toLowerCase();
  const i = MONTHS.findIndex((m) => m === l || (l.length >= 3 && m.startsWith(l)));
  return i + 1;
}

/**
 * An Excel date serial (1900 date system, as SheetJS returns an unformatted date cell) as ISO;
 * the time of day is dropped. Serial 1 is 1900-01-01; Excel's phantom 1900-02-29 is skipped.
 *
 * @example excelSerialToIso(39464) // "2008-01-17"
 */
export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1) return null;
  const days = Math.floor(serial) - (serial >= 61 ? 1 : 0);
  const d = new Date(Date.UTC(1899, 11, 31) + days * 86400000);
  return d.toISOString().slice(0, 10);
}

/**
 * A UN meeting symbol without its resumption part, spaces normalised: the meeting a speech belongs to.
 *
 * @example baseSymbol("S/PV.5225 (Resumption 1)") // "S/PV.5225"
 * @example baseSymbol("s/pv. 7155") // "S/PV.7155"
 */
export function baseSymbol(v: string): string {
  const t = cell(v)
    .replace(/\(\s*resumption[^)]*\)/i, "")
    .replace(/\s+/g, "")
    .toUpperCase();
  return t;
}

/**
 * The resumption part of a symbol, "" when none.
 *
 * @example resumptionOf("S/PV.5225 (Resumption 1)") // "Resumption 1"
 */
export function resumptionOf(v: string): string {
  const m = /resumption\s*(\d*)/i.exec(v);
  if (!m) return "";
  return m[1] ? `Resumption ${Number(m[1])}` : "Resumption";
}
