/** The difference of two proportions, with a Wald interval. */
import { zForLevel } from "./jstat";
import type { Estimate } from "./types";

/**
 * Difference of proportions x1/n1 − x2/n2 with a Wald interval (Agresti, *An Introduction to Categorical Data
 * Analysis*, eq. 2.1), clipped to [−1, 1]. null when a group is empty. For small samples read it with Fisher's p.
 *
 * @example riskDifference(189, 11034, 104, 11037)?.estimate // 0.0077 (Physicians' Health Study), CI 0.0047–0.0107
 */
export function riskDifference(x1: number, n1: number, x2: number, n2: number, level = 0.95): Estimate | null {
  if (n1 === 0 || n2 === 0) return null;
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const se = Math.sqrt((p1 * (1 - p1)) / n1 + (p2 * (1 - p2)) / n2);
  const z = zForLevel(level);
  const d = p1 - p2;
  return { estimate: d, lower: Math.max(-1, d - z * se), upper: Math.min(1, d + z * se), level };
}
