/**
 * The one door to jStat (which ships no type declarations): the distributions the tests need, typed, and the
 * few tail probabilities and quantiles built on them. No other file requires "jstat".
 */

/** The part of jStat this project uses. */
export interface JStatSubset {
  hypgeom: { pdf(k: number, N: number, m: number, n: number): number };
  chisquare: { cdf(x: number, dof: number): number; inv(p: number, dof: number): number };
  normal: { cdf(x: number, mean: number, sd: number): number; inv(p: number, mean: number, sd: number): number };
}

// jstat is CommonJS; depending on the bundling it exports { jStat } or jStat itself.
const jstatModule = require("jstat") as { jStat?: JStatSubset } & JStatSubset;

/** jStat, typed to the part this project uses. */
export const jStat: JStatSubset = jstatModule.jStat ?? jstatModule;

/**
 * Upper-tail probability P(X ≥ x) of χ² with `df` degrees of freedom (never below 0).
 *
 * @example chiSquareUpperTail(3.841458820694124, 1) // 0.05
 */
export function chiSquareUpperTail(x: number, df: number): number {
  return Math.max(0, 1 - jStat.chisquare.cdf(x, df));
}

/**
 * The standard normal quantile for a two-sided interval of level `level`.
 *
 * @example zForLevel(0.95) // 1.959964
 */
export function zForLevel(level: number): number {
  return jStat.normal.inv(1 - (1 - level) / 2, 0, 1);
}

/**
 * Two-sided p of a standard normal statistic: 2·P(Z ≥ |z|), at most 1.
 *
 * @example normalTwoSidedP(1.959963984540054) // 0.05
 */
export function normalTwoSidedP(z: number): number {
  return Math.min(1, 2 * (1 - jStat.normal.cdf(Math.abs(z), 0, 1)));
}
