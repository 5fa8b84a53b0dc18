/**
 * Table shapers for change over time *within speakers*: the period tests with their declared family and adjusted
 * p-values (size beside each), the stratified tests, the verdicts, the speaker mix, the speakers' trajectories and
 * the within-speaker model (formatting only, no analysis).
 */
import type { FamilyAdjustedTest } from "../timeline/families";
import type { SpeakerMixCell, SpeakerTrajectory } from "../timeline/speakers";
import type { StratifiedPeriodTest } from "../timeline/strata";
import type { ChangeVerdict } from "../timeline/verdict";
import type { WithinSpeakerTrend } from "../timeline/within-model";
import { formatEstimate, formatFixed } from "./numbers";
import { formatP, periodTestRows } from "./timeline";

type Row = Record<string, string | number>;

/** An adjusted p with its family's size beside it: "0.027 (m = 6)". */
const adjusted = (p: number | null, m: number) => `${formatP(p)} (m = ${m})`;

/** "x/n → y/m". */
const counts = (s: { earlierPresent: number; earlierUnits: number; laterPresent: number; laterUnits: number }) =>
  `${s.earlierPresent}/${s.earlierUnits} → ${s.laterPresent}/${s.laterUnits}`;

/** Percentage points with a sign and no "-0": "+15", "−3", "0". */
const points = (x: number | undefined) => {
  if (x === undefined) return "–";
  const s = formatFixed(x * 100, 0);
  return s === "0" ? "0" : x > 0 ? `+${s}` : s.replace("-", "−");
};

/**
 * Rows for `showTable` from family-adjusted period tests: the columns of `periodTestRows`, then the family, and
 * its Holm and Benjamini–Hochberg adjusted Fisher p with the family's size.
 *
 * @example periodFamilyRows(periodTestFamilies(periodTests(rows, periods, themes), periods))[0]["Holm p"]
 * // "0.027 (m = 6)"
 */
export function periodFamilyRows(tests: FamilyAdjustedTest[]): Row[] {
  const base = periodTestRows(tests.map((t) => t.test));
  return tests.map((t, i) => ({
    family: t.family.name,
    ...base[i],
    "Holm p": adjusted(t.member.holm, t.family.size),
    "BH p": adjusted(t.member.bh, t.family.size),
  }));
}

/**
 * Rows for `showTable` from stratified tests: the crude counts and Fisher p, the strata used, the CMH and exact
 * p-values (the one read is named), the Mantel–Fleiss margin, the two common odds ratios, and the change split
 * into within-stratum and composition parts (percentage points).
 *
 * @example stratifiedRows(stratifiedTests(rows, themes, first, last, groupKeyOf(), "speaker group"))[0]
 */
export function stratifiedRows(tests: StratifiedPeriodTest[]): Row[] {
  return tests.map((t) => ({
    theme: t.theme,
    change: `${t.earlier} → ${t.later}`,
    "all units": counts(t.crude),
    "crude Fisher p": formatP(t.crudeP),
    [`${t.by}s (informative)`]: `${t.strata.length} (${t.informative})`,
    "CMH p": formatP(t.mantelHaenszel.p),
    "exact p": formatP(t.exact.support[1] > t.exact.support[0] ? t.exact.p : null),
    "p read": t.p === null ? "–" : t.pFrom === "exact conditional" ? "exact" : "CMH",
    "Mantel–Fleiss": formatFixed(t.mantelHaenszel.mantelFleiss, 1),
    "MH odds ratio [95% RBG]": formatEstimate(t.mantelHaenszel.oddsRatio, 2),
    "conditional OR [95% exact]": formatEstimate(t.exact.oddsRatio, 2),
    "change (points)": points(t.decomposition?.crude),
    [`within ${t.by}s`]: points(t.decomposition?.within),
    "from the mix": points(t.decomposition?.composition),
  }));
}

/**
 * Rows for `showTable` from verdicts: theme, verdict, the stratified p adjusted by Holm and BH (family size
 * beside), and the reason with its figures.
 *
 * @example verdictRows(changeVerdicts(tests))[0] // { theme: "sovereignty", verdict: "compositional", … }
 */
export function verdictRows(verdicts: ChangeVerdict[]): Row[] {
  return verdicts.map((v) => ({
    theme: v.theme,
    verdict: v.kind,
    "stratified p": formatP(v.p),
    "Holm p": adjusted(v.holm, v.familySize),
    "BH p": adjusted(v.bh, v.familySize),
    why: v.reason,
  }));
}

/**
 * A wide table of the speaker mix: one row per period, one column per key ("units (share)"), plus the total.
 *
 * @example speakerMixWide(speakerMix(rows, periods, groupKeyOf()), (k) => GROUP_SHORT_LABELS[k])[0]
 * // { period: "2008–2011", units: 39, Albania: "4 (10%)", … }
 */
export function speakerMixWide(cells: SpeakerMixCell[], labelOf: (key: string) => string = (k) => k): Row[] {
  const out: Row[] = [];
  for (const c of cells) {
    let row = out.find((r) => r.period === c.period);
    if (!row) {
      row = { period: c.period, units: 0 };
      out.push(row);
    }
    row.units = (row.units as number) + c.units;
    row[labelOf(c.key)] = c.units === 0 ? "–" : `${c.units} (${formatFixed(c.share * 100, 0)}%)`;
  }
  return out;
}

/**
 * Rows for `showTable` from speaker trajectories: speaker, theme, one column per period ("present/units").
 *
 * @example trajectoryRows(speakerTrajectories(rows, periods, ["dialogue"]))[0]
 * // { speaker: "ALB", theme: "dialogue", "2008–2011": "2/4", "2012–2020": "7/9", "2021–2024": "3/4" }
 */
export function trajectoryRows(trajectories: SpeakerTrajectory[], labelOf: (s: string) => string = (s) => s): Row[] {
  return trajectories.map((t) => {
    const row: Row = { speaker: labelOf(t.speaker), theme: t.theme };
    for (const c of t.cells) row[c.period] = `${c.present}/${c.units}`;
    return row;
  });
}

/**
 * Rows for `showTable` from within-speaker trends: odds ratio per `per` years with its Wald interval, Wald and
 * likelihood-ratio p, the speakers and units that carry information, and a note when the data separate.
 *
 * @example withinTrendRows(withinSpeakerTrends(rows, themes, { from: 2008, to: 2024 }))[0]
 */
export function withinTrendRows(trends: WithinSpeakerTrend[]): Row[] {
  return trends.map(({ theme, per, fit }) => {
    const c = fit.coefficients[0];
    return {
      theme,
      [`odds ratio per ${per} years [95% CI]`]: formatEstimate(
        { estimate: c.oddsRatio, lower: c.lower, upper: c.upper },
        2,
      ),
      "Wald p": formatP(c.p),
      "LR p": formatP(fit.informativeStrata ? fit.lrP : null),
      "speakers (informative)": `${fit.strata} (${fit.informativeStrata})`,
      "units used": fit.units,
      note:
        fit.informativeStrata === 0
          ? "no speaker both uses and omits the theme: nothing to learn within speakers"
          : fit.separated
            ? "the data separate (every informative speaker moves one way): read the LR p"
            : "",
    };
  });
}

/**
 * One markdown sentence per declared family: how many of its tests hold at `level` after Holm and after
 * Benjamini–Hochberg, with the family's size, naming the ones that hold after Holm.
 *
 * @example familySummaryText(periodTestFamilies(periodTests(rows, periods, themes), periods))
 * // "**first vs last** (m = 6): 2 hold after Holm (dialogue 12/39 → 13/18, …), 2 after Benjamini–Hochberg. …"
 */
export function familySummaryText(tests: FamilyAdjustedTest[], level = 0.05): string {
  const names = [...new Set(tests.map((t) => t.family.name))];
  return names
    .map((name) => {
      const inFamily = tests.filter((t) => t.family.name === name);
      const holm = inFamily.filter((t) => (t.member.holm ?? 1) < level);
      const bh = inFamily.filter((t) => (t.member.bh ?? 1) < level);
      const listed = holm.map(({ test: t }) => {
        const counts = `${t.earlierPresent}/${t.earlierUnits} → ${t.laterPresent}/${t.laterUnits}`;
        return `${t.theme} ${t.earlier} → ${t.later} (${counts})`;
      });
      return (
        `**${name}** (m = ${inFamily[0].family.size}): **${holm.length}** hold at ${level} after Holm` +
        `${listed.length ? ` (${listed.join("; ")})` : ""}, **${bh.length}** after Benjamini–Hochberg.`
      );
    })
    .join("  \n");
}

/**
 * The verdicts in one markdown line per kind: "**within speakers**: dialogue · **compositional**: …".
 *
 * @example verdictSummaryText(changeVerdicts(tests)) // "**within speakers**: dialogue · **compositional**: us_nato …"
 */
export function verdictSummaryText(verdicts: ChangeVerdict[]): string {
  const kinds = ["within speakers", "compositional", "no change"] as const;
  return kinds
    .map((k) => {
      const themes = verdicts.filter((v) => v.kind === k).map((v) => v.theme);
      return `**${k}**: ${themes.length ? themes.join(", ") : "none"}`;
    })
    .join(" · ");
}
