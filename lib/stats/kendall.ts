/** Kendall's rank correlation τ-b. */
import { ArgumentError } from "../core";

/**
 * Kendall's τ-b (ties corrected): (concordant − discordant) / √((n0 − n1)(n0 − n2)). null when a variable is
 * constant.
 *
 * @example kendallTauB([1, 2, 3, 4], [1, 2, 4, 3]) // 0.6667
 * @example kendallTauB([44.4, 45.9, 41.9, 53.3, 44.7, 44.1, 50.7, 45.2, 60.1],
 *                      [2.6, 3.1, 2.5, 5.0, 3.6, 4.0, 5.2, 2.8, 3.8]) // 0.4444444 (R's cor.test example)
 * @throws {ArgumentError} when x and y differ in length
 */
export function kendallTauB(x: number[], y: number[]): number | null {
  if (x.length !== y.length)
    throw new ArgumentError("kendallTauB(x, y)", "x and y of the same length", `${x.length} and ${y.length}`);
  const n = x.length;
  let s = 0;
  let tx = 0;
  let ty = 0;
  const pairs = (n * (n - 1)) / 2;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const dx = Math.sign(x[i] - x[j]);
      const dy = Math.sign(y[i] - y[j]);
      if (dx === 0) tx++;
      if (dy === 0) ty++;
      s += dx * dy;
    }
  }
  const denom = Math.sqrt((pairs - tx) * (pairs - ty));
  return denom === 0 ? null : s / denom;
}
