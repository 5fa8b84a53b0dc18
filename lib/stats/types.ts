/** Shapes shared by the tests and estimators of `lib/stats`. */

/**
 * A 2×2 table of counts [[a, b], [c, d]]: rows are the two groups (e.g. later period, earlier period),
 * columns present / absent.
 */
export type Table2x2 = [[number, number], [number, number]];

/** An effect size with a confidence interval. */
export interface Estimate {
  estimate: number;
  lower: number;
  upper: number;
  /** The confidence level of [lower, upper], e.g. 0.95. */
  level: number;
}
