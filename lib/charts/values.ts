/** Small helpers over a chart's values: fixed decimals and percentages for captions, distinct values. */

/**
 * Fixed-decimal formatting used in captions; never "-0.00" (a value that rounds to zero has no sign).
 *
 * @example fmt(2.345, 1) // "2.3"
 * @example fmt(-0.001, 2) // "0.00"
 */
export function fmt(x: number, digits = 0): string {
  const s = x.toFixed(digits);
  return /^-0\.?0*$/.test(s) ? s.slice(1) : s;
}

/**
 * A share as a whole percentage.
 *
 * @example pct(0.95) // "95%"
 */
export function pct(x: number): string {
  return `${(100 * x).toFixed(0)}%`;
}

/**
 * Distinct values in first-appearance order.
 *
 * @example distinct(["b", "a", "b"]) // ["b", "a"]
 */
export function distinct<T>(xs: T[]): T[] {
  const seen = new Set<T>();
  const out: T[] = [];
  for (const x of xs) {
    if (seen.has(x)) continue;
    seen.add(x);
    out.push(x);
  }
  return out;
}
