/** Small helpers over a chart's values: fixed decimals and percentages for captions, distinct values. */

/**
 * Fixed-decimal formatting used in captions.
 *
 * @example fmt(2.345, 1) // "2.3"
 */
export function fmt(x: number, digits = 0): string {
  return x.toFixed(digits);
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
