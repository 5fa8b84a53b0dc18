/**
 * Tables of a round's validation for display (the chapter and `npm run validate`): the dictionary
 * coder before and after the round's tuning on one half, theme by theme, with the goals beside the
 * figures (core themes only; secondary themes have no goal).
 */
import { type Coefficient, formatCoefficient } from "../reliability";
import {
  atLeast,
  type GoalResult,
  type HalfValidation,
  type MentionValidation,
  VALIDATION_GOALS,
  withinBias,
} from "../validation";

type Row = Record<string, string | number>;

const f = (c: Coefficient | undefined, digits = 3) => (c === undefined ? "NA" : formatCoefficient(c, digits));
const pct = (c: Coefficient | undefined) => {
  const v = c === undefined ? "NA" : formatCoefficient(c, 1);
  return v === "NA" ? v : `${v}%`;
};
const mark = (r: GoalResult) => (r === "met" ? "✓ met" : r === "missed" ? "✗ missed" : "NA");

/**
 * Presence κ per theme, before → after, with the goal κ ≥ 0.800 for the core themes (judged after).
 *
 * @example showTable(presenceGoalRecords(before, after, coreThemes(codebook)))
 */
export function presenceGoalRecords(before: HalfValidation, after: HalfValidation, core: string[]): Row[] {
  const goal = VALIDATION_GOALS.presenceKappa;
  return after.presence.map((a, i) => {
    const b = before.presence[i];
    const isCore = core.includes(a.theme);
    return {
      theme: a.theme,
      units: a.units,
      "gold 1s": a.tp + a.fn,
      "κ before": f(b?.kappa),
      "κ after": f(a.kappa),
      "tp/fp/fn after": `${a.tp}/${a.fp}/${a.fn}`,
      goal: isCore ? `κ ≥ ${goal.toFixed(3)}` : "",
      "goal after": isCore ? mark(atLeast(a.kappa, goal)) : "",
    };
  });
}

/**
 * Sentence-level precision, recall and F1 per theme, before → after.
 *
 * @example showTable(sentenceRecords(before, after))
 */
export function sentenceRecords(before: HalfValidation, after: HalfValidation): Row[] {
  return after.sentences.map((a, i) => {
    const b = before.sentences[i];
    return {
      theme: a.theme,
      sentences: a.units,
      "gold 1s": a.tp + a.fn,
      "P before": f(b?.precision),
      "P after": f(a.precision),
      "R before": f(b?.recall),
      "R after": f(a.recall),
      "F1 before": f(b?.f1),
      "F1 after": f(a.f1),
    };
  });
}

/** The mention goal of one theme: α ≥ 0.800 and |bias| ≤ 10%, both needed. */
function mentionGoal(m: MentionValidation): GoalResult {
  const a = atLeast(m.alpha, VALIDATION_GOALS.mentionAlpha);
  const b = withinBias(m.biasPercent);
  if (a === "NA" || b === "NA") return "NA";
  return a === "met" && b === "met" ? "met" : "missed";
}

/**
 * Mention counts per theme: the gold's total, the coder's before → after, the bias (coder − human,
 * in %) and α, with the goal α ≥ 0.800 and |bias| ≤ 10% for the core themes (judged after).
 *
 * @example showTable(mentionGoalRecords(before, after, coreThemes(codebook)))
 */
export function mentionGoalRecords(before: HalfValidation, after: HalfValidation, core: string[]): Row[] {
  const { mentionAlpha, maxBiasPercent } = VALIDATION_GOALS;
  return after.mentions.map((a) => {
    const b = before.mentions.find((x) => x.theme === a.theme);
    const isCore = core.includes(a.theme);
    return {
      theme: a.theme,
      human: a.human,
      "coder before": b?.coder ?? "NA",
      "coder after": a.coder,
      "bias before": pct(b?.biasPercent),
      "bias after": pct(a.biasPercent),
      "α before": f(b?.alpha),
      "α after": f(a.alpha),
      goal: isCore ? `α ≥ ${mentionAlpha.toFixed(3)}, |bias| ≤ ${maxBiasPercent}%` : "",
      "goal after": isCore ? mark(mentionGoal(a)) : "",
    };
  });
}

/**
 * The core themes that miss a goal after tuning, one line each (a theme the gold never marks cannot
 * be judged and is said so), e.g. "dialogue: presence κ 0.752 (goal ≥ 0.8); mention bias -66.7% …".
 *
 * @example missedGoals(after, coreThemes(codebook))
 */
export function missedGoals(after: HalfValidation, core: string[]): string[] {
  const { presenceKappa, mentionAlpha, maxBiasPercent } = VALIDATION_GOALS;
  const out: string[] = [];
  for (const theme of core) {
    const p = after.presence.find((x) => x.theme === theme);
    const m = after.mentions.find((x) => x.theme === theme);
    if (p && p.tp + p.fn === 0) {
      out.push(`${theme}: the gold marks no unit of this half with it — cannot be judged here`);
      continue;
    }
    const why: string[] = [];
    if (p && atLeast(p.kappa, presenceKappa) !== "met") why.push(`presence κ ${f(p.kappa)} (goal ≥ ${presenceKappa})`);
    if (m && atLeast(m.alpha, mentionAlpha) !== "met") why.push(`mention α ${f(m.alpha)} (goal ≥ ${mentionAlpha})`);
    if (m && withinBias(m.biasPercent) !== "met")
      why.push(`mention bias ${pct(m.biasPercent)} (goal within ±${maxBiasPercent}%)`);
    if (why.length) out.push(`${theme}: ${why.join("; ")}`);
  }
  return out;
}
