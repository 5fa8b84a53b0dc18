/**
 * The one fixed-decimal format of an estimate in a table: never "-0.00" (a value that rounds to zero has no sign),
 * "∞" for an infinite odds ratio, "–" for no value.
 */

/**
 * A number with `digits` decimals: "-0.00" becomes "0.00", ±Infinity "∞" / "−∞", null or NaN "–".
 *
 * @example formatFixed(-0.001, 2) // "0.00"
 * @example formatFixed(Infinity, 2) // "∞"
 * @example formatFixed(-0.25, 2) // "-0.25"
 */
export function formatFixed(x: number | null | undefined, digits = 2): string {
  if (x === null || x === undefined || Number.isNaN(x)) return "–";
  if (x === Number.POSITIVE_INFINITY) return "∞";
  if (x === Number.NEGATIVE_INFINITY) return "−∞";
  const s = x.toFixed(digits);
  return /^-0\.?0*$/.test(s) ? s.slice(1) : s;
}

/**
 * "estimate [lower, upper]" with fixed decimals (see {@link formatFixed}), or "–" when there is no estimate.
 *
 * @example formatEstimate({ estimate: Infinity, lower: 1.24, upper: Infinity, level: 0.95 }) // "∞ [1.24, ∞]"
 */
export function formatEstimate(
  e: { estimate: number; lower: number | null; upper: number | null } | null,
  digits = 2,
): string {
  if (e === null) return "–";
  return `${formatFixed(e.estimate, digits)} [${formatFixed(e.lower, digits)}, ${formatFixed(e.upper, digits)}]`;
}
