/** Fisher's exact test of a 2×2 table. */
import { checkCountTable } from "./check";
import { jStat } from "./jstat";
import type { Table2x2 } from "./types";

/** The p-values of Fisher's exact test. */
export interface FisherResult {
  /** Two-sided p: the sum of the probabilities of all tables no more likely than the observed one (R's fisher.test). */
  p: number;
  /** P(n11 ≤ observed): evidence that row 1's odds are lower. */
  pLess: number;
  /** P(n11 ≥ observed): evidence that row 1's odds are higher. */
  pGreater: number;
}

/**
 * Fisher's exact test (hypergeometric, margins fixed), two-sided as in R's `fisher.test`: tables with probability
 * ≤ the observed one × (1 + 1e-7) are summed.
 *
 * @example fisherExact([[3, 1], [1, 3]]).p // 0.4857 (Fisher's tea-tasting experiment; R: p-value = 0.4857)
 * @throws {ArgumentError} when a cell is not a count
 */
export function fisherExact(t: Table2x2): FisherResult {
  checkCountTable(t, "fisherExact: table");
  const [[a, b], [c, d]] = t;
  const N = a + b + c + d;
  const row1 = a + b;
  const col1 = a + c;
  const lo = Math.max(0, row1 + col1 - N);
  const hi = Math.min(row1, col1);
  const prob = (k: number) => jStat.hypgeom.pdf(k, N, col1, row1);
  const pObs = prob(a);
  let p = 0;
  let pLess = 0;
  let pGreater = 0;
  for (let k = lo; k <= hi; k++) {
    const pk = prob(k);
    if (pk <= pObs * (1 + 1e-7)) p += pk;
    if (k <= a) pLess += pk;
    if (k >= a) pGreater += pk;
  }
  return { p: Math.min(1, p), pLess: Math.min(1, pLess), pGreater: Math.min(1, pGreater) };
}
