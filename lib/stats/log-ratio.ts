/** Hardie's Log Ratio: an effect size for keyness. */
import { checkFrequencies } from "./check";

/**
 * Hardie's Log Ratio: log2 of the ratio of relative frequencies, A over B. A zero frequency is replaced by 0.5 (the
 * zero adjustment CQPweb uses) so that the ratio stays finite. +1 means twice as frequent in A, −2 four times as
 * frequent in B; 0 when the word is in neither corpus or a corpus is empty.
 *
 * @example logRatio(20, 10, 1000, 1000) // 1
 * @example logRatio(4, 0, 1000, 1000) // 3 (= log2(4 / 0.5))
 * @throws {ArgumentError} when a frequency exceeds its corpus size
 */
export function logRatio(a: number, b: number, c: number, d: number): number {
  checkFrequencies("logRatio", a, b, c, d);
  if (c === 0 || d === 0) return 0;
  const aa = a === 0 ? 0.5 : a;
  const bb = b === 0 ? 0.5 : b;
  if (a === 0 && b === 0) return 0;
  return Math.log2(aa / c / (bb / d));
}
