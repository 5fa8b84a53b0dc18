/** Periods: which period a year falls in, decades, and the rows no period holds. */
import type { CodedRow, Period } from "../core";

/**
 * The period a year falls in (the first that contains it), or null.
 *
 * @example periodOf(2010, [{ label: "2008–2011", from: 2008, to: 2011 }])?.label // "2008–2011"
 */
export function periodOf(year: number, periods: Period[]): Period | null {
  return periods.find((p) => year >= p.from && year <= p.to) ?? null;
}

/**
 * Decades from `from` to `to`, cut at years ending in 0; the first and last are clipped to the range.
 *
 * @example decades(1971, 2024).map((p) => p.label) // ["1971–1979", "1980–1989", …, "2020–2024"]
 */
export function decades(from: number, to: number): Period[] {
  const out: Period[] = [];
  for (let start = from; start <= to; ) {
    const end = Math.min(to, Math.floor(start / 10) * 10 + 9);
    out.push({ label: `${start}–${end}`, from: start, to: end });
    start = end + 1;
  }
  return out;
}

/**
 * The rows whose year is in `period` (both ends included).
 *
 * @example rowsIn(rows, { label: "2008–2011", from: 2008, to: 2011 }).length // 3
 */
export function rowsIn(rows: CodedRow[], period: { from: number; to: number }): CodedRow[] {
  return rows.filter((r) => r.year >= period.from && r.year <= period.to);
}

/**
 * Rows whose year is in no period (they are left out of period tables and tests; say so).
 *
 * @example outsidePeriods(rows, [{ label: "2008–2011", from: 2008, to: 2011 }]).length // 2
 */
export function outsidePeriods(rows: CodedRow[], periods: Period[]): CodedRow[] {
  return rows.filter((r) => periodOf(r.year, periods) === null);
}
