/** Spearman's rank correlation ρ. */
import { ArgumentError } from "../core";
import { ranksDescending } from "./ranks";

/** Pearson's correlation of two equally long arrays; null when either is constant. */
function pearson(x: number[], y: number[]): number | null {
  const n = x.length;
  const mx = x.reduce((a, b) => a + b, 0) / n;
  const my = y.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
    syy += (y[i] - my) ** 2;
  }
  return sxx === 0 || syy === 0 ? null : sxy / Math.sqrt(sxx * syy);
}

/**
 * Spearman's ρ: the Pearson correlation of the (tie-averaged) ranks. null when either variable is constant or
 * there are fewer than two pairs.
 *
 * @example spearmanRho([1, 2, 3], [3, 2, 1]) // -1
 * @example spearmanRho([44.4, 45.9, 41.9, 53.3, 44.7, 44.1, 50.7, 45.2, 60.1],
 *                      [2.6, 3.1, 2.5, 5.0, 3.6, 4.0, 5.2, 2.8, 3.8]) // 0.6 (Hollander & Wolfe's data)
 * @throws {ArgumentError} when x and y differ in length
 */
export function spearmanRho(x: number[], y: number[]): number | null {
  if (x.length !== y.length)
    throw new ArgumentError("spearmanRho(x, y)", "x and y of the same length", `${x.length} and ${y.length}`);
  if (x.length < 2) return null;
  return pearson(ranksDescending(x), ranksDescending(y));
}
