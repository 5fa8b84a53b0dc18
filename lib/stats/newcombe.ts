/** Newcombe's hybrid score interval for the difference of two independent proportions. */
import { ArgumentError } from "../core";
import type { Estimate } from "./types";
import { wilsonInterval } from "./wilson";

/**
 * The difference x1/n1 − x2/n2 with Newcombe's hybrid score interval (Newcombe 1998, *Statistics in Medicine*
 * 17:873–890, method 10): each proportion's Wilson interval, combined. Unlike the Wald interval it stays inside
 * [−1, 1] and does not collapse when a count is 0. null when a group is empty.
 *
 * @example newcombeInterval(56, 70, 48, 80) // { estimate: 0.2, lower: 0.0524, upper: 0.3339, level: 0.95 }
 * @throws {ArgumentError} when a count is not a whole number between 0 and its total
 */
export function newcombeInterval(x1: number, n1: number, x2: number, n2: number, level = 0.95): Estimate | null {
  for (const [x, n] of [
    [x1, n1],
    [x2, n2],
  ])
    if (!Number.isInteger(x) || !Number.isInteger(n) || x < 0 || x > n)
      throw new ArgumentError("newcombeInterval(x1, n1, x2, n2)", "whole numbers 0 ≤ x ≤ n", `${x} of ${n}`);
  const w1 = wilsonInterval(x1, n1, level);
  const w2 = wilsonInterval(x2, n2, level);
  if (w1 === null || w2 === null) return null;
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const d = p1 - p2;
  const lower = d - Math.sqrt((p1 - w1.low) ** 2 + (w2.high - p2) ** 2);
  const upper = d + Math.sqrt((w1.high - p1) ** 2 + (p2 - w2.low) ** 2);
  return { estimate: d, lower: Math.max(-1, lower), upper: Math.min(1, upper), level };
}
