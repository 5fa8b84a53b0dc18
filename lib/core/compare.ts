/** One ordering for strings everywhere an output is sorted, so that outputs never depend on the locale. */

/**
 * Compares two strings by UTF-16 code units (not by locale): the order of `Array.prototype.sort()`
 * without a comparator, as a comparator.
 *
 * @example ["b", "B", "a"].sort(byCodeUnit) // ["B", "a", "b"]
 */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
