/**
 * How evenly a word is spread over the parts of a corpus (e.g. the speeches of a period): Gries's deviation of
 * proportions DP and its normalised form, and Juilland's D. A keyword whose hits sit in one speech is a fact about
 * that speech, not about the period.
 */
import { ArgumentError } from "../core";

function checkParts(what: string, freqs: number[], sizes: number[]): void {
  if (freqs.length !== sizes.length || freqs.length === 0)
    throw new ArgumentError(`${what}(freqs, sizes)`, "two arrays of the same, non-zero length", freqs.length);
  freqs.forEach((f, i) => {
    if (!Number.isFinite(f) || f < 0 || !Number.isFinite(sizes[i]) || sizes[i] <= 0)
      throw new ArgumentError(`${what}: part ${i + 1}`, "a frequency ≥ 0 and a size > 0", `${f} in ${sizes[i]}`);
  });
}

/** Gries's DP and DPnorm of one word. */
export interface DeviationOfProportions {
  /** Gries (2008): ½ Σ |v_i/f − s_i/S|; 0 = spread exactly as the parts' sizes, near 1 = in one small part. */
  dp: number;
  /** Lijffijt & Gries (2012): DP / (1 − the smallest part's share), so that 1 is reachable. */
  dpNorm: number;
}

/**
 * Gries's deviation of proportions of a word with frequency `freqs[i]` in part i of size `sizes[i]` (words).
 * null when the word does not occur.
 *
 * @example griesDP([1, 2, 3, 4, 5], [9, 10, 10, 10, 11]).dp // 0.18 (Gries's worked example, "a")
 * @throws {ArgumentError} when the arrays differ in length or a size is not positive
 */
export function griesDP(freqs: number[], sizes: number[]): DeviationOfProportions | null {
  checkParts("griesDP", freqs, sizes);
  const f = freqs.reduce((a, b) => a + b, 0);
  if (f === 0) return null;
  const total = sizes.reduce((a, b) => a + b, 0);
  let sum = 0;
  for (let i = 0; i < freqs.length; i++) sum += Math.abs(freqs[i] / f - sizes[i] / total);
  const dp = sum / 2;
  const minShare = Math.min(...sizes) / total;
  return { dp, dpNorm: minShare < 1 ? dp / (1 - minShare) : 0 };
}

/**
 * Juilland's D of a word over n parts: 1 − V/√(n − 1), V the coefficient of variation (population standard
 * deviation over mean) of the word's relative frequencies in the parts (frequency ÷ part size). 1 = perfectly
 * even, 0 = all in one part. null when the word does not occur or there is one part.
 *
 * @example juillandD([0, 4, 3, 2, 1], [1, 1, 1, 1, 1]) // 0.6464 (Carroll 1970, p. 14)
 * @throws {ArgumentError} when the arrays differ in length or a size is not positive
 */
export function juillandD(freqs: number[], sizes: number[]): number | null {
  checkParts("juillandD", freqs, sizes);
  const n = freqs.length;
  if (n < 2 || freqs.every((f) => f === 0)) return null;
  const rel = freqs.map((f, i) => f / sizes[i]);
  const mean = rel.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(rel.reduce((a, r) => a + (r - mean) ** 2, 0) / n);
  return Math.max(0, 1 - sd / mean / Math.sqrt(n - 1));
}
