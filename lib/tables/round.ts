/**
 * Tables of a round's validation for display (the chapter and `npm run validate`): the dictionary
 * coder before and after the round's tuning on one half, theme by theme, with the goals beside the
 * figures (core themes only; secondary themes have no goal).
 */
import { type Coefficient, formatCoefficient } from "../reliability";
import type { SampleEntry } from "../sheets";
import {
  atLeast,
  type CarriedSentence,
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

const sentences = (n: number) => `${n} sentence${n === 1 ? "" : "s"}`;

/** Why a theme's figures fall short, read from its sentence-level errors. */
function whyShort(after: HalfValidation, theme: string): string {
  const s = after.sentences.find((x) => x.theme === theme);
  const p = after.presence.find((x) => x.theme === theme);
  if (!s || !p) return "";
  if (p.tp + p.fn === 0) return "no coder marked it in this half";
  const marked = s.tp + s.fn;
  const parts: string[] = [];
  if (s.fn > s.fp)
    parts.push(
      `mostly misses: the coder finds ${s.tp} of the ${marked} sentences the coders marked and counts ${s.fp} ` +
        "they did not — wording the codebook does not know, or sentences that continue the theme without naming it",
    );
  else if (s.fp > s.fn)
    parts.push(
      `mostly false alarms: ${sentences(s.fp)} counted that the coders did not mark, against ${s.fn} missed — ` +
        "a pattern broader than the definition",
    );
  else if (s.fp > 0)
    parts.push(
      `as many false alarms as misses: ${sentences(s.fp)} counted that the coders did not mark, and ` +
        `${s.fn} of the ${marked} they marked missed — a pattern broader than the definition, and wording it ` +
        "does not know",
    );
  if (p.tp + p.fn <= 2) parts.push(`the half has ${p.tp + p.fn} unit(s) with the theme: one unit moves κ a long way`);
  return parts.join("; ");
}

/**
 * For every core theme that misses a goal after tuning: which goal, and why (from its sentence-level
 * misses and false alarms), as records for a table.
 *
 * @example showTable(goalDiagnosis(after, coreThemes(codebook)))
 */
export function goalDiagnosis(after: HalfValidation, core: string[]): Row[] {
  return missedGoals(after, core).map((line) => {
    const theme = line.slice(0, line.indexOf(":"));
    return { theme, "goal missed": line.slice(theme.length + 2), why: whyShort(after, theme) };
  });
}

/**
 * A round's sample by stratum: units and sentences in each half.
 *
 * @example showTable(sampleRecords(round.sample))
 */
export function sampleRecords(sample: SampleEntry[]): Row[] {
  const strata = [...new Set(sample.map((e) => e.stratum))];
  const sum = (xs: SampleEntry[], half: string) => {
    const of = xs.filter((e) => e.half === half);
    return `${of.length} (${of.reduce((s, e) => s + e.sentences, 0)})`;
  };
  const rows = strata.map((stratum) => {
    const xs = sample.filter((e) => e.stratum === stratum);
    return { stratum, "tune: units (sentences)": sum(xs, "tune"), "holdout: units (sentences)": sum(xs, "holdout") };
  });
  return [
    ...rows,
    {
      stratum: "all",
      "tune: units (sentences)": sum(sample, "tune"),
      "holdout: units (sentences)": sum(sample, "holdout"),
    },
  ];
}

/**
 * The sentences the follow-up rule carried a theme into, as a table to read: where, which theme, the
 * back-reference, the sentence it was carried from (numbered as in the sheets), the coders' verdict, the text.
 *
 * @example showTable(carriedRecords(carriedSentences(gold, coded), texts))
 */
export function carriedRecords(carried: CarriedSentence[], texts: Record<string, string>): Row[] {
  return carried.map((c) => ({
    id: c.id,
    sentence: c.sentence,
    theme: c.theme,
    "back-reference": c.backReference,
    "carried from": c.from,
    "coders marked it": c.gold === null ? "NA" : c.gold === 1 ? "yes" : "no",
    text: texts[`${c.id}#${c.sentence}`] ?? "",
  }));
}
