/**
 * Exact conditional inference on one 2×2 table or a stratified set of them (2×2×K): the p-values of the exact
 * conditional test of `mantelhaen.test(exact = TRUE)` (Fisher's exact test when K = 1), the conditional
 * maximum-likelihood estimate of the common odds ratio and its exact confidence interval (as R's `fisher.test`
 * and `mantelhaen.test(exact = TRUE)` report them).
 */
import { checkCountTable } from "./check";
import { conditionalDistribution, conditionalMle, exactLimits, exactPValues } from "./conditional-distribution";
import type { Estimate, Table2x2 } from "./types";

/** The exact conditional test and estimate of a common odds ratio. */
export interface ExactConditionalResult {
  /** S, the sum of the top-left cells, and its possible range given the margins. */
  statistic: number;
  support: [number, number];
  /** Two-sided p (R's rule: every S no more likely than the observed one), and each tail. */
  p: number;
  pLess: number;
  pGreater: number;
  /**
   * The conditional maximum-likelihood odds ratio with its exact interval: 0 or Infinity when S is at an end of
   * its range (a zero cell in every informative table), an interval open on that side. null when S cannot vary.
   */
  oddsRatio: Estimate | null;
  /** Tables whose margins let a_k vary (the others carry no information and change nothing). */
  informative: number;
}

/**
 * The exact conditional test of independence in K 2×2 tables given their margins, with the conditional MLE of the
 * common odds ratio and its exact interval.
 *
 * @example
 * // Agresti's penicillin and rabbits data (R's mantelhaen.test example): p = 0.040, OR 10.36 [1.077, 529.8]
 * exactConditional([[[0, 6], [0, 5]], [[3, 3], [0, 6]], [[6, 0], [2, 4]], [[5, 1], [6, 0]], [[2, 0], [5, 0]]])
 * @throws {ArgumentError} when a cell is not a count
 */
export function exactConditional(tables: Table2x2[], level = 0.95): ExactConditionalResult {
  for (const [i, t] of tables.entries()) checkCountTable(t, `exactConditional: table ${i + 1}`);
  const d = conditionalDistribution(tables);
  const informative = tables.filter(([[a, b], [c, d2]]) => a + b > 0 && c + d2 > 0 && a + c > 0 && b + d2 > 0).length;
  const ps = d.hi > d.lo ? exactPValues(d) : { p: 1, pLess: 1, pGreater: 1 };
  let oddsRatio: Estimate | null = null;
  if (d.hi > d.lo) {
    const [lower, upper] = exactLimits(d, (1 - level) / 2);
    oddsRatio = { estimate: conditionalMle(d), lower, upper, level };
  }
  return { statistic: d.observed, support: [d.lo, d.hi], ...ps, oddsRatio, informative };
}

/**
 * The conditional maximum-likelihood odds ratio of one 2×2 table with its exact interval, as R's `fisher.test`
 * reports them: finite where the sample odds ratio is, 0 or Infinity when a cell is 0 (with a finite limit on the
 * other side) — no 0.5 added anywhere. null when a row or column is empty.
 *
 * @example conditionalOddsRatio([[3, 1], [1, 3]]) // { estimate: 6.408, lower: 0.2117, upper: 621.9, level: 0.95 }
 * @throws {ArgumentError} when a cell is not a count
 */
export function conditionalOddsRatio(t: Table2x2, level = 0.95): Estimate | null {
  return exactConditional([t], level).oddsRatio;
}
