/**
 * Tables of human–human reliability at sentence level (κ and α per theme over sentences, with the
 * goal κ ≥ 0.800 for the core themes) and at count level (α interval and ratio, ICC(2,1) on each
 * unit's mention count, with each coder's total).
 */
import { type Coefficient, formatCoefficient, type MentionReliabilityRow, type ReliabilityRow } from "../reliability";
import { atLeast, VALIDATION_GOALS } from "../validation";

type Row = Record<string, string | number>;
const f = (c: Coefficient) => formatCoefficient(c, 3);

/**
 * Sentence-level reliability per theme (the pooled row last, labelled), with the goal for core themes.
 *
 * @example showTable(sentenceReliabilityRecords(reliabilityTable(views.map((v) => v.codes), themes), core))
 */
export function sentenceReliabilityRecords(rows: ReliabilityRow[], core: string[]): Row[] {
  const goal = VALIDATION_GOALS.humanSentenceKappa;
  return rows.map((r) => {
    const pooled = r.theme === "overall";
    const isCore = core.includes(r.theme);
    const met = atLeast(r.cohenKappa, goal);
    return {
      theme: pooled ? "all themes (pooled decisions)" : r.theme,
      sentences: r.units,
      decisions: r.decisions,
      "1s (share)": r.prevalence === null ? "NA" : r.prevalence.toFixed(3),
      agreement: f(r.agreement),
      "cohen κ": f(r.cohenKappa),
      "kripp α": f(r.krippAlpha),
      "gwet AC1": f(r.gwetAC1),
      goal: isCore ? `κ ≥ ${goal.toFixed(3)}` : "",
      met: isCore ? (met === "met" ? "✓" : met === "missed" ? "✗" : "NA") : "",
    };
  });
}

/**
 * Count-level reliability per theme: units, each coder's total, α interval and ratio, ICC(2,1).
 *
 * @example showTable(mentionReliabilityRecords(mentionReliability([a.mentions, b.mentions], themes), ["A", "B"]))
 */
export function mentionReliabilityRecords(rows: MentionReliabilityRow[], coders: string[]): Row[] {
  return rows.map((r) => ({
    theme: r.theme,
    units: r.units,
    ...Object.fromEntries(coders.map((c, i) => [`mentions ${c}`, r.totals[i] ?? "NA"])),
    "α interval": f(r.alphaInterval),
    "α ratio": f(r.alphaRatio),
    "ICC(2,1)": f(r.icc),
  }));
}
