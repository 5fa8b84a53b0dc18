/** Calendar dates as the project writes them: YYYY-MM-DD. */

/**
 * Is `s` a real calendar date written YYYY-MM-DD?
 *
 * @example isIsoDate("2024-02-29") // true
 * @example isIsoDate("2023-02-29") // false
 */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}
