/**
 * Pearson's χ² test of independence (any r×c table, Yates' correction for 2×2), the 2×2 statistic alone, and the
 * p-value and critical value of χ² with 1 degree of freedom (keyness tables report those).
 */
import { ArgumentError } from "../core";
import { checkNonNegative } from "./check";
import { chiSquareUpperTail, jStat } from "./jstat";

/** Pearson's χ² test of independence for an r×c table. */
export interface ChiSquareResult {
  statistic: number | null;
  df: number;
  p: number | null;
  /** Expected counts under independence, same shape as the table. */
  expected: number[][];
  minExpected: number;
  /** true when any expected count is below 5: the χ² approximation is doubtful, read Fisher's exact p. */
  lowExpected: boolean;
  /** Whether Yates' continuity correction was applied (2×2 only). */
  yates: boolean;
}

/**
 * Pearson's χ² test of independence, for any r×c table; with `yates` (2×2 only) each |O − E| is reduced by
 * min(0.5, |O − E|), as R's `chisq.test` does (for a 2×2 table the same as scipy's `chi2_contingency`). A table
 * with an empty row or column has no test (statistic null).
 *
 * @example chiSquare([[3, 1], [1, 3]]).statistic // 2 (expected 2 in every cell; lowExpected: true)
 * @example chiSquare([[3, 1], [1, 3]], { yates: true }).p // 0.4795
 * @throws {ArgumentError} when a cell is negative or not a number
 */
export function chiSquare(t: number[][], opts: { yates?: boolean } = {}): ChiSquareResult {
  for (const row of t)
    for (const v of row)
      if (!Number.isFinite(v) || v < 0) throw new ArgumentError("chiSquare: table", "counts ≥ 0 in every cell", v);
  const r = t.length;
  const c = t[0]?.length ?? 0;
  const rowSums = t.map((row) => row.reduce((x, y) => x + y, 0));
  const colSums = Array.from({ length: c }, (_, j) => t.reduce((x, row) => x + row[j], 0));
  const N = rowSums.reduce((x, y) => x + y, 0);
  const expected = t.map((row, i) => row.map((_, j) => (N === 0 ? 0 : (rowSums[i] * colSums[j]) / N)));
  const minExpected = Math.min(...expected.flat());
  const df = (r - 1) * (c - 1);
  const yates = (opts.yates ?? false) && r === 2 && c === 2;
  if (minExpected === 0 || df === 0)
    return { statistic: null, df, p: null, expected, minExpected, lowExpected: true, yates };
  const correction = yates
    ? Math.min(0.5, ...t.flatMap((row, i) => row.map((o, j) => Math.abs(o - expected[i][j]))))
    : 0;
  let statistic = 0;
  for (let i = 0; i < r; i++)
    for (let j = 0; j < c; j++) statistic += (Math.abs(t[i][j] - expected[i][j]) - correction) ** 2 / expected[i][j];
  return {
    statistic,
    df,
    p: chiSquareUpperTail(statistic, df),
    expected,
    minExpected,
    lowExpected: minExpected < 5,
    yates,
  };
}

/**
 * Pearson's χ² statistic of the 2×2 table [[k11, k12], [k21, k22]], optionally with Yates' correction; 0 when a
 * row or column is empty. The statistic of {@link chiSquare}, for keyness tables.
 *
 * @example chiSquareTable(176, 230, 21035, 21018, true) // 6.8926 (scipy's chi2_contingency example)
 * @example chiSquareTable(10, 20, 30, 40) // 0.7937 (by hand: 4/12 + 4/18 + 4/28 + 4/42)
 */
export function chiSquareTable(k11: number, k12: number, k21: number, k22: number, yates = false): number {
  checkNonNegative("chiSquareTable", { k11, k12, k21, k22 });
  const table = [
    [k11, k12],
    [k21, k22],
  ];
  return chiSquare(table, { yates }).statistic ?? 0;
}

/**
 * Upper-tail p-value of a χ² statistic with 1 degree of freedom: the p of G² and of a 2×2 χ². 1 when x ≤ 0.
 *
 * @example pChiSquare1(3.841458820694124) // 0.05
 */
export function pChiSquare1(x: number): number {
  if (!(x > 0)) return 1;
  return Math.min(1, chiSquareUpperTail(x, 1));
}

/**
 * The critical value of χ² (1 df) for a significance level.
 *
 * @example criticalChiSquare1(0.05) // 3.8415 (the UCREL calculator's 3.84)
 * @throws {ArgumentError} when alpha is not between 0 and 1
 */
export function criticalChiSquare1(alpha: number): number {
  if (!(alpha > 0 && alpha < 1)) throw new ArgumentError("alpha", "a number between 0 and 1", alpha, "pass e.g. 0.05");
  return jStat.chisquare.inv(1 - alpha, 1);
}
