import { strict as assert } from "assert";
import {
  carriedRecords,
  goalDiagnosis,
  mentionGoalRecords,
  missedGoals,
  presenceGoalRecords,
  sampleRecords,
  sentenceRecords,
} from "../../lib/tables";
import type { HalfValidation, MentionValidation, ThemeValidation } from "../../lib/validation";

/** A theme's comparison from its counts (coefficients given, not computed: this tests the shapers). */
function tv(theme: string, tp: number, fp: number, fn: number, tn: number, kappa: number): ThemeValidation {
  return {
    theme,
    units: tp + fp + fn + tn,
    tp,
    fp,
    fn,
    tn,
    precision: tp / (tp + fp || 1),
    recall: tp / (tp + fn || 1),
    f1: (2 * tp) / (2 * tp + fp + fn || 1),
    agreement: (tp + tn) / (tp + fp + fn + tn),
    kappa,
    misses: [],
    falseAlarms: [],
  };
}
const m = (theme: string, human: number, coder: number, alpha: number): MentionValidation => ({
  theme,
  units: 10,
  human,
  coder,
  biasPercent: ((coder - human) / human) * 100,
  alpha,
});
// Invented: dialogue is found in 3 of 4 units but in only 2 of 8 sentences; minorities is secondary.
const after: HalfValidation = {
  half: "tune",
  codebook: "after",
  units: 10,
  presence: [tv("dialogue", 3, 0, 1, 6, 0.783), tv("minorities", 2, 0, 0, 8, 1)],
  sentences: [tv("dialogue", 2, 0, 6, 52, 0.4), tv("minorities", 2, 0, 0, 58, 1)],
  mentions: [m("dialogue", 8, 2, 0.3), m("minorities", 2, 2, 1)],
};
const before: HalfValidation = {
  ...after,
  codebook: "before",
  mentions: [m("dialogue", 8, 1, 0.1), m("minorities", 2, 2, 1)],
};

describe("tables: a round's validation beside the goals", () => {
  it("presence: κ before → after, the goal only for core themes", () => {
    const [d, mi] = presenceGoalRecords(before, after, ["dialogue"]);
    assert.deepEqual([d["κ after"], d["gold 1s"], d.goal, d["goal after"]], ["0.783", 4, "κ ≥ 0.800", "✗ missed"]);
    assert.deepEqual([mi.goal, mi["goal after"]], ["", ""]);
  });
  it("sentences: P, R, F1 before and after", () => {
    const [d] = sentenceRecords(before, after);
    assert.deepEqual([d["gold 1s"], d["R after"], d["F1 after"]], [8, "0.250", "0.400"]);
  });
  it("mentions: totals, bias in % and α, the goal α ≥ 0.800 and |bias| ≤ 10%", () => {
    const [d] = mentionGoalRecords(before, after, ["dialogue"]);
    assert.deepEqual(
      [d.human, d["coder before"], d["coder after"], d["bias before"], d["bias after"], d["goal after"]],
      [8, 1, 2, "-87.5%", "-75.0%", "✗ missed"],
    );
  });
  it("which goal a core theme misses, and why (read off its sentence errors)", () => {
    assert.deepEqual(missedGoals(after, ["dialogue"]), [
      "dialogue: presence κ 0.783 (goal ≥ 0.8); mention α 0.300 (goal ≥ 0.8); mention bias -75.0% (goal within ±10%)",
    ]);
    assert.match(
      String(goalDiagnosis(after, ["dialogue"])[0].why),
      /^mostly misses: the coder finds 2 of the 8 sentences/,
    );
  });
  it("why: as many false alarms as misses is not 'mostly' (one of each: us_nato, round 2's held-out half)", () => {
    const tie: HalfValidation = {
      ...after,
      presence: [tv("us_nato", 0, 1, 1, 23, -0.042)],
      sentences: [tv("us_nato", 0, 1, 1, 182, 0)],
      mentions: [m("us_nato", 1, 1, -0.021)],
    };
    assert.match(
      String(goalDiagnosis(tie, ["us_nato"])[0].why),
      /^as many false alarms as misses: 1 sentence counted that the coders did not mark, and 1 of the 1 they /,
    );
  });
  it("the sample by stratum and half, and the carried sentences", () => {
    const rows = sampleRecords([
      { id: "u1", stratum: "a", half: "tune", sentences: 3 },
      { id: "u2", stratum: "a", half: "holdout", sentences: 2 },
      { id: "u3", stratum: "b", half: "tune", sentences: 1 },
    ]);
    assert.deepEqual(rows[2], {
      stratum: "all",
      "tune: units (sentences)": "2 (4)",
      "holdout: units (sentences)": "1 (2)",
    });
    const carried = carriedRecords(
      [
        {
          id: "u1",
          sentence: 2,
          theme: "dialogue",
          backReference: "this",
          from: 1,
          pattern: "follow-up: carried from sentence 0",
          gold: 1,
        },
      ],
      { "u1#2": "We welcome this." },
    );
    assert.deepEqual(carried[0], {
      id: "u1",
      sentence: 2,
      theme: "dialogue",
      "back-reference": "this",
      "carried from": 1,
      "coders marked it": "yes",
      text: "We welcome this.",
    });
  });
});
