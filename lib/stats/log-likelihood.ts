/**
 * The log-likelihood statistic G² of a 2×2 table (Dunning 1993), and the keyness of a word between two corpora in
 * the notation of the UCREL log-likelihood calculator, in its full and its two-cell form.
 */
import { ArgumentError } from "../core";
import { checkFrequencies, checkNonNegative } from "./check";

/** x·ln(x/e), 0 when x is 0. */
function xlnxe(x: number, e: number): number {
  return x > 0 ? x * Math.log(x / e) : 0;
}

/**
 * Log-likelihood G² of a 2×2 contingency table [[k11, k12], [k21, k22]] (Dunning 1993):
 * 2 Σ k ln(k / E) over all four cells, E from the margins.
 *
 * @example g2Table(10, 0, 0, 10) // 27.7259 (= 40 ln 2; Dunning's reference implementation in Apache Mahout)
 * @throws {ArgumentError} when a count is negative
 */
export function g2Table(k11: number, k12: number, k21: number, k22: number): number {
  checkNonNegative("g2Table", { k11, k12, k21, k22 });
  const n = k11 + k12 + k21 + k22;
  if (n === 0) return 0;
  const r1 = k11 + k12;
  const r2 = k21 + k22;
  const c1 = k11 + k21;
  const c2 = k12 + k22;
  const g =
    2 * (xlnxe(k11, (r1 * c1) / n) + xlnxe(k12, (r1 * c2) / n) + xlnxe(k21, (r2 * c1) / n) + xlnxe(k22, (r2 * c2) / n));
  return Math.max(0, g);
}

/** "full": Dunning's G² over the whole 2×2 table (what WordSmith reports);
 *  "rayson": the two-cell form 2(a ln(a/E1) + b ln(b/E2)) of the UCREL log-likelihood calculator. */
export type LogLikelihoodForm = "full" | "rayson";

/**
 * Log-likelihood keyness of a word with frequency `a` in corpus A (size `c`) and `b` in corpus B (size `d`), in
 * the notation of the UCREL calculator.
 *
 * @example logLikelihood(52, 57, 50000, 75000, "rayson") // 2.65 (UCREL worked example)
 * @example logLikelihood(288, 114099, 92965, 104570472) // 228.02 (WordSmith's keyness)
 * @throws {ArgumentError} when a frequency exceeds its corpus size, or the form is unknown
 */
export function logLikelihood(a: number, b: number, c: number, d: number, form: LogLikelihoodForm = "full"): number {
  checkFrequencies("logLikelihood", a, b, c, d);
  if (form === "full") return g2Table(a, b, c - a, d - b);
  if (form !== "rayson") throw new ArgumentError("logLikelihood: form", '"full" or "rayson"', form);
  if (c + d === 0) return 0;
  const e1 = (c * (a + b)) / (c + d);
  const e2 = (d * (a + b)) / (c + d);
  return Math.max(0, 2 * (xlnxe(a, e1) + xlnxe(b, e2)));
}
