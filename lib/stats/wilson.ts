/** The Wilson score interval of a proportion. */
import { zForLevel } from "./jstat";

/**
 * Wilson score interval for a proportion x/n (better than the Wald interval for small n and shares near 0 or 1).
 * null when n is 0.
 *
 * @example wilsonInterval(0, 10) // { low: 0, high: 0.2775 } (closed form at 0 of n: z²/(n + z²))
 */
export function wilsonInterval(x: number, n: number, level = 0.95): { low: number; high: number } | null {
  if (n === 0) return null;
  const z = zForLevel(level);
  const p = x / n;
  const denom = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denom;
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
