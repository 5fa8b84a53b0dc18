/**
 * The goals of the sentence-level validation (issue 14), printed beside the figures: between the
 * human coders, sentence-level κ ≥ 0.8 per core theme; the dictionary coder against the held-out gold,
 * presence κ ≥ 0.8 per core theme, mention-count α ≥ 0.8 and |bias| ≤ 10% per core theme.
 */
import { type Coefficient, isDefined } from "../reliability";

/** The thresholds. */
export const VALIDATION_GOALS = {
  humanSentenceKappa: 0.8,
  presenceKappa: 0.8,
  mentionAlpha: 0.8,
  maxBiasPercent: 10,
} as const;

/** Whether a figure meets its goal: "met", "missed", or "NA" when the figure is not defined. */
export type GoalResult = "met" | "missed" | "NA";

/**
 * A coefficient against a lower bound (κ, α ≥ goal).
 *
 * @example atLeast(0.84, 0.8) // "met"
 */
export function atLeast(c: Coefficient, goal: number): GoalResult {
  return isDefined(c) ? (c >= goal ? "met" : "missed") : "NA";
}

/**
 * A bias in % against its bound (|bias| ≤ goal).
 *
 * @example withinBias(-25, 10) // "missed"
 */
export function withinBias(c: Coefficient, goal: number = VALIDATION_GOALS.maxBiasPercent): GoalResult {
  return isDefined(c) ? (Math.abs(c) <= goal ? "met" : "missed") : "NA";
}
