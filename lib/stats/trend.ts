/** The Cochran–Armitage test for a linear trend in proportions over ordered groups. */
import { ArgumentError } from "../core";
import { normalTwoSidedP } from "./jstat";

/** The result of the Cochran–Armitage trend test. */
export interface TrendResult {
  scores: number[];
  /** Standardised statistic: positive when the proportion rises with the score. */
  z: number | null;
  /** z², the χ² (1 df) of R's `prop.trend.test`. */
  chiSquare: number | null;
  /** Two-sided p from the normal distribution. */
  p: number | null;
  /** Mantel's M² = (N − 1)/N · z² (the form Agresti reports; almost the same for large N). */
  m2: number | null;
  units: number;
}

/**
 * Cochran–Armitage trend test: do the proportions x[i]/n[i] rise or fall linearly with the scores (default
 * 1, 2, 3 …)? Groups with n = 0 contribute nothing. null statistic when every unit has the same outcome or one score.
 *
 * @example cochranArmitage([83, 90, 129, 70], [86, 93, 136, 82]).chiSquare // 8.2249 (R's prop.trend.test example)
 * @throws {ArgumentError} when the arrays differ in length or a group has more successes than units
 */
export function cochranArmitage(x: number[], n: number[], scores: number[] = x.map((_, i) => i + 1)): TrendResult {
  if (x.length !== n.length || x.length !== scores.length)
    throw new ArgumentError(
      "cochranArmitage(x, n, scores)",
      "three arrays of the same length",
      `lengths ${x.length}, ${n.length} and ${scores.length}`,
    );
  x.forEach((xi, i) => {
    if (!Number.isInteger(xi) || !Number.isInteger(n[i]) || xi < 0 || xi > n[i])
      throw new ArgumentError(`cochranArmitage: group ${i + 1}`, "0 ≤ x ≤ n, whole numbers", `${xi} of ${n[i]}`);
  });
  const N = n.reduce((a, b) => a + b, 0);
  const X = x.reduce((a, b) => a + b, 0);
  const empty = { scores, z: null, chiSquare: null, p: null, m2: null, units: N };
  if (N === 0 || X === 0 || X === N) return empty;
  const p = X / N;
  const sBar = n.reduce((a, ni, i) => a + ni * scores[i], 0) / N;
  let T = 0;
  let V = 0;
  for (let i = 0; i < x.length; i++) {
    T += x[i] * (scores[i] - sBar);
    V += n[i] * (scores[i] - sBar) ** 2;
  }
  if (V === 0) return empty;
  const z = T / Math.sqrt(p * (1 - p) * V);
  return {
    scores,
    z,
    chiSquare: z * z,
    p: normalTwoSidedP(z),
    m2: ((N - 1) / N) * z * z,
    units: N,
  };
}
