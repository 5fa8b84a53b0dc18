/**
 * The Cochran–Mantel–Haenszel test of a 2×2×K table (is row associated with column within strata?), the
 * Mantel–Haenszel common odds ratio with the Robins–Breslow–Greenland interval, and the Mantel–Fleiss rule for
 * whether the χ² approximation can be trusted — as R's `mantelhaen.test` (continuity correction by default).
 */
import { checkCountTable } from "./check";
import { chiSquareUpperTail, zForLevel } from "./jstat";
import type { Estimate, Table2x2 } from "./types";

/** The Cochran–Mantel–Haenszel test and the Mantel–Haenszel common odds ratio. */
export interface MantelHaenszelResult {
  /** The statistic (χ², 1 df); null when no stratum is informative. */
  statistic: number | null;
  p: number | null;
  /** Whether 0.5 was taken off |Σ(a − E)| (R: only when that is at least 0.5). */
  corrected: boolean;
  /** Σ a_k and its expectation under conditional independence. */
  observed: number;
  expected: number;
  /** The Mantel–Haenszel common odds ratio with the Robins–Breslow–Greenland interval; null when undefined. */
  oddsRatio: Estimate | null;
  /**
   * Mantel & Fleiss (1980): min(Σ E − Σ min a, Σ max a − Σ E). Below 5 the χ² approximation is doubtful: read the
   * exact conditional test instead.
   */
  mantelFleiss: number;
  /** Strata with at least 2 units (the others are left out, as they carry no information). */
  strata: number;
}

/**
 * Cochran–Mantel–Haenszel χ² of K 2×2 tables [[a, b], [c, d]] (rows: the two groups compared; columns: present,
 * absent), with the continuity correction of R's `mantelhaen.test` unless `correct` is false, and the
 * Mantel–Haenszel common odds ratio with its Robins–Breslow–Greenland interval.
 *
 * @example
 * // Agresti's penicillin and rabbits data (R's mantelhaen.test example): X² = 3.9286, p = 0.047, OR 7 [1.03, 47.7]
 * mantelHaenszel([[[0, 6], [0, 5]], [[3, 3], [0, 6]], [[6, 0], [2, 4]], [[5, 1], [6, 0]], [[2, 0], [5, 0]]])
 * @throws {ArgumentError} when a cell is not a count
 */
export function mantelHaenszel(
  tables: Table2x2[],
  opts: { correct?: boolean; level?: number } = {},
): MantelHaenszelResult {
  for (const [i, t] of tables.entries()) checkCountTable(t, `mantelHaenszel: table ${i + 1}`);
  const level = opts.level ?? 0.95;
  let observed = 0;
  let expected = 0;
  let variance = 0;
  let lo = 0;
  let hi = 0;
  let R = 0; // Σ ad/n
  let S = 0; // Σ bc/n
  let PR = 0; // Σ (a + d)ad/n²
  let PSQR = 0; // Σ [(a + d)bc + (b + c)ad]/n²
  let QS = 0; // Σ (b + c)bc/n²
  let strata = 0;
  for (const [[a, b], [c, d]] of tables) {
    const n = a + b + c + d;
    if (n < 2) continue;
    strata++;
    const row1 = a + b;
    const col1 = a + c;
    observed += a;
    expected += (row1 * col1) / n;
    variance += (row1 * (c + d) * col1 * (b + d)) / (n * n * (n - 1));
    lo += Math.max(0, row1 + col1 - n);
    hi += Math.min(row1, col1);
    R += (a * d) / n;
    S += (b * c) / n;
    PR += ((a + d) * a * d) / (n * n);
    PSQR += ((a + d) * b * c + (b + c) * a * d) / (n * n);
    QS += ((b + c) * b * c) / (n * n);
  }
  const delta = Math.abs(observed - expected);
  const corrected = (opts.correct ?? true) && delta >= 0.5;
  const statistic = variance > 0 ? (delta - (corrected ? 0.5 : 0)) ** 2 / variance : null;
  let oddsRatio: Estimate | null = null;
  if (R > 0 && S > 0) {
    const estimate = R / S;
    const se = Math.sqrt(PR / (2 * R * R) + PSQR / (2 * R * S) + QS / (2 * S * S));
    const z = zForLevel(level);
    oddsRatio = { estimate, lower: estimate * Math.exp(-z * se), upper: estimate * Math.exp(z * se), level };
  }
  return {
    statistic,
    p: statistic === null ? null : chiSquareUpperTail(statistic, 1),
    corrected,
    observed,
    expected,
    oddsRatio,
    mantelFleiss: Math.min(expected - lo, hi - expected),
    strata,
  };
}
