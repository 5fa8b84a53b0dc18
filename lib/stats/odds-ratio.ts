/** The odds ratio of a 2×2 table, with a Woolf (log) interval. */
import { checkCountTable } from "./check";
import { zForLevel } from "./jstat";
import type { Estimate, Table2x2 } from "./types";

/** An odds ratio, and whether the Haldane–Anscombe correction was needed. */
export interface OddsRatioEstimate extends Estimate {
  /**
   * true when a cell was 0 and 0.5 was added to every cell (Haldane–Anscombe); the estimate is then not the raw
   * ratio.
   */
  haldane: boolean;
  note: string;
}

/**
 * Odds ratio (n11·n22)/(n12·n21) with a Woolf (log) interval. When any cell is 0, 0.5 is added to every cell
 * (Haldane–Anscombe) and `haldane` says so. null when a whole row or column is empty (no information).
 *
 * @example oddsRatio([[189, 10845], [104, 10933]])
 * // { estimate: 1.832, lower: 1.44, upper: 2.33, haldane: false, … }
 * (Agresti's aspirin example, Physicians' Health Study)
 * @throws {ArgumentError} when a cell is not a count
 */
export function oddsRatio(t: Table2x2, level = 0.95): OddsRatioEstimate | null {
  checkCountTable(t, "oddsRatio: table");
  const [[a, b], [c, d]] = t;
  if (a + b === 0 || c + d === 0 || a + c === 0 || b + d === 0) return null;
  const haldane = a === 0 || b === 0 || c === 0 || d === 0;
  const k = haldane ? 0.5 : 0;
  const [A, B, C, D] = [a + k, b + k, c + k, d + k];
  const log = Math.log((A * D) / (B * C));
  const se = Math.sqrt(1 / A + 1 / B + 1 / C + 1 / D);
  const z = zForLevel(level);
  return {
    estimate: Math.exp(log),
    lower: Math.exp(log - z * se),
    upper: Math.exp(log + z * se),
    level,
    haldane,
    note: haldane ? "a cell is 0: 0.5 added to every cell (Haldane–Anscombe correction)" : "",
  };
}
