/** Argument checks shared by the tests: counts must be counts. */
import { ArgumentError } from "../core";

/**
 * Throws unless every cell of a table is a count (a non-negative integer).
 *
 * @param what the function and argument, for the message ("fisherExact: table")
 * @throws {ArgumentError} naming the first bad cell
 */
export function checkCountTable(t: number[][], what: string): void {
  for (const row of t)
    for (const v of row)
      if (!Number.isInteger(v) || v < 0)
        throw new ArgumentError(what, "counts (non-negative integers) in every cell", v);
}

/**
 * Throws unless every value is a finite number ≥ 0 (a frequency, a corpus size, or a weighted count).
 *
 * @param what the function, for the message ("g2Table")
 * @throws {ArgumentError} naming the first bad value
 */
export function checkNonNegative(what: string, values: Record<string, number>): void {
  for (const [k, v] of Object.entries(values))
    if (!Number.isFinite(v) || v < 0)
      throw new ArgumentError(`${what}: ${k}`, "a count ≥ 0", v, "pass observed frequencies and corpus sizes");
}

/**
 * Throws unless a word's frequencies `a`, `b` are counts no larger than their corpus sizes `c`, `d`.
 *
 * @throws {ArgumentError} when a count is negative or a frequency exceeds its corpus size
 */
export function checkFrequencies(what: string, a: number, b: number, c: number, d: number): void {
  checkNonNegative(what, { a, b, c, d });
  if (a > c || b > d)
    throw new ArgumentError(
      `${what}(a, b, c, d)`,
      "frequencies a, b no larger than the corpus sizes c, d",
      `a=${a}, c=${c}; b=${b}, d=${d}`,
      "a word's frequency exceeds its corpus size: pass (frequency in A, frequency in B, size of A, size of B)",
    );
}
