/**
 * Reliability tables for display: the coefficient table and the bootstrap intervals as records of
 * formatted cells (fixed decimals, "NA" when a coefficient is not defined).
 *
 *   reliabilityRecords       — one record per theme of `reliabilityTable`
 *   intervalTable            — alpha and AC1 with their bootstrap intervals, per theme
 *   formatInterval           — "[0.612, 0.874]", or "NA (reason)"
 *   reliabilityReportRecords — per theme first, pooled decisions last, with the support and warnings
 *   intervalReportRecords    — intervals with undefined replicates, "no disagreement seen" and α's reading
 */
import type { BootstrapInterval, BootstrapOptions } from "../reliability/bootstrap";
import { type Coefficient, formatCoefficient, type NotDefined } from "../reliability/coefficient";
import { type ThemeIntervals, themeIntervals } from "../reliability/intervals";
import {
  alphaWarnings,
  type CodeSupport,
  krippendorffReading,
  MIN_POSITIVE_CODES,
  POOLED_LABEL,
  supportWarning,
} from "../reliability/support";
import type { CoderCodes, ReliabilityRow } from "../reliability/table";

/**
 * A table's rows as plain records for display: coefficients formatted with fixed decimals ("NA"
 * when not defined) and the theme's prevalence.
 *
 * @example showTable(reliabilityRecords(rows))
 */
export function reliabilityRecords(rows: ReliabilityRow[], digits = 3): Array<Record<string, string | number>> {
  const f = (c: Coefficient) => formatCoefficient(c, digits);
  return rows.map((r) => ({
    theme: r.theme,
    units: r.units,
    prevalence: r.prevalence === null ? "NA" : r.prevalence.toFixed(digits),
    agreement: f(r.agreement),
    cohen_kappa: f(r.cohenKappa),
    scott_pi: f(r.scottPi),
    kripp_alpha: f(r.krippAlpha),
    gwet_ac1: f(r.gwetAC1),
    brennan_prediger: f(r.brennanPrediger),
  }));
}

/**
 * A bootstrap interval as "[lower, upper]" with fixed decimals, or "NA (reason)".
 *
 * @example
 * formatInterval({ lower: 0.61234, upper: 0.9, level: 0.95, reps: 1000, used: 1000, seed: "1" }) // "[0.612, 0.900]"
 */
export function formatInterval(r: BootstrapInterval | NotDefined, digits = 3): string {
  return "lower" in r
    ? `[${formatCoefficient(r.lower, digits)}, ${formatCoefficient(r.upper, digits)}]`
    : `NA (${r.reason})`;
}

/** Bootstrap intervals of alpha and AC1 for one theme, formatted. */
export interface IntervalRow {
  theme: string;
  units: number;
  kripp_alpha: string;
  alpha_interval: string;
  gwet_ac1: string;
  ac1_interval: string;
}

/**
 * Seeded bootstrap percentile intervals of Krippendorff's alpha and Gwet's AC1 per theme
 * (resampling the units every coder coded, see `themeIntervals`), formatted for display.
 *
 * @example showTable(intervalTable([a, b], themes, { reps: 1000, seed: 2024 }))
 */
export function intervalTable(
  coders: CoderCodes[],
  themes: string[],
  options: BootstrapOptions = {},
  digits = 3,
): IntervalRow[] {
  return themeIntervals(coders, themes, options).map((t) => ({
    theme: t.theme,
    units: t.units,
    kripp_alpha: formatCoefficient(t.krippAlpha, digits),
    alpha_interval: formatInterval(t.alphaInterval, digits),
    gwet_ac1: formatCoefficient(t.gwetAC1, digits),
    ac1_interval: formatInterval(t.ac1Interval, digits),
  }));
}

/** Krippendorff's reading, unless too few positive codes carry the coefficient to judge it at all. */
function reading(alpha: number | null, s: CodeSupport | undefined, lower?: number | null): string {
  if (s && s.positiveCodes > 0 && s.positiveCodes < MIN_POSITIVE_CODES) return "too few positive codes to judge";
  return krippendorffReading(alpha, lower);
}

/** A row's warnings, joined: its support's, then α's. */
function warnings(s: CodeSupport | undefined, more: string[]): string {
  return [...(s ? [supportWarning(s)] : []), ...more].filter((w): w is string => Boolean(w)).join("; ");
}

/** The pooled row's units: "20 units × 12 themes" when complete, else how many units lie behind its decisions. */
function pooledUnits(r: ReliabilityRow, themes: number): string {
  if (r.decisions === r.units * themes && r.completeUnits === r.units) return `${r.units} units × ${themes} themes`;
  return `${r.units} units (${r.completeUnits} coded on every theme; blanks left out)`;
}

/** A coefficient cell that says what it rests on: "–" with no positive code, "⚠" with fewer than the minimum. */
function supported(c: Coefficient, s: CodeSupport | undefined, digits: number): string {
  if (s && s.positiveCodes === 0) return "–";
  const v = formatCoefficient(c, digits);
  return s && s.positiveCodes < MIN_POSITIVE_CODES && v !== "NA" ? `${v} ⚠` : v;
}

/**
 * The reliability table as a reader should see it: one row per theme first, then every decision pooled, labelled
 * as such (its units are "units × themes"); beside each row the positive codes and disagreements it rests on; a
 * coefficient resting on fewer than three positive codes marked ⚠, one resting on none not printed (agreement on
 * absence only), each with its warning; Krippendorff's reading of α.
 *
 * @example showTable(reliabilityReportRecords(reliabilityTable(codes, themes), codeSupport(codes, themes)))
 */
export function reliabilityReportRecords(
  rows: ReliabilityRow[],
  support: CodeSupport[],
  digits = 3,
): Array<Record<string, string | number>> {
  const themes = rows.filter((r) => r.theme !== "overall");
  const pooled = rows.find((r) => r.theme === "overall");
  const supportOf = (theme: string) => support.find((s) => s.theme === (theme === "overall" ? POOLED_LABEL : theme));
  return [...themes, ...(pooled ? [pooled] : [])].map((r) => {
    const s = supportOf(r.theme);
    const isPooled = r.theme === "overall";
    const f = (c: Coefficient) => supported(c, s, digits);
    const alpha = typeof r.krippAlpha === "number" && s?.positiveCodes !== 0 ? r.krippAlpha : null;
    return {
      theme: isPooled ? POOLED_LABEL : r.theme,
      units: isPooled ? pooledUnits(r, themes.length) : r.units,
      decisions: r.decisions,
      "positive codes": s?.positiveCodes ?? "–",
      disagreements: s?.disagreements ?? "–",
      prevalence: r.prevalence === null ? "NA" : r.prevalence.toFixed(digits),
      agreement: formatCoefficient(r.agreement, digits) + (s?.positiveCodes === 0 ? " (absence only)" : ""),
      cohen_kappa: f(r.cohenKappa),
      scott_pi: f(r.scottPi),
      kripp_alpha: f(r.krippAlpha),
      gwet_ac1: f(r.gwetAC1),
      brennan_prediger: f(r.brennanPrediger),
      "α reading": isPooled ? "pooled: not a theme's reliability" : reading(alpha, s),
      warning: isPooled ? "" : warnings(s, alphaWarnings(alpha)),
    };
  });
}

/** An interval cell: "[l, u]", with "no disagreement seen" when every coder agreed on every unit. */
function intervalCell(i: BootstrapInterval | NotDefined, s: CodeSupport | undefined, digits: number): string {
  if (s && s.positiveCodes === 0) return "– (no positive code)";
  const text = formatInterval(i, digits);
  return "lower" in i && s && s.disagreements === 0 ? `${text} (no disagreement seen)` : text;
}

/** Replicates where the statistic was not defined (and so were dropped): "128 of 1000 (12.8%)". */
function undefinedReplicates(i: BootstrapInterval | NotDefined, s: CodeSupport | undefined): string {
  if (!("lower" in i) || s?.positiveCodes === 0) return "–";
  const n = i.reps - i.used;
  return `${n} of ${i.reps}${n ? ` (${((100 * n) / i.reps).toFixed(1)}%)` : ""}`;
}

/**
 * Bootstrap intervals as a reader should see them: α and AC1 per theme with their intervals, how many replicates
 * had no defined value (dropped from the interval), "no disagreement seen" where the coders never differed (every
 * replicate then gives 1.000: the interval says nothing about how often they would), the support of each
 * coefficient and Krippendorff's reading of α with its interval.
 *
 * @example showTable(intervalReportRecords(themeIntervals(codes, themes, { reps: 1000, seed: 2024 }), support))
 */
export function intervalReportRecords(
  intervals: ThemeIntervals[],
  support: CodeSupport[],
  digits = 3,
): Array<Record<string, string | number>> {
  return intervals.map((t) => {
    const s = support.find((x) => x.theme === t.theme);
    const alpha = typeof t.krippAlpha === "number" && s?.positiveCodes !== 0 ? t.krippAlpha : null;
    const lower = "lower" in t.alphaInterval ? t.alphaInterval.lower : null;
    return {
      theme: t.theme,
      units: t.units,
      "positive codes": s?.positiveCodes ?? "–",
      disagreements: s?.disagreements ?? "–",
      kripp_alpha: supported(t.krippAlpha, s, digits),
      alpha_interval: intervalCell(t.alphaInterval, s, digits),
      "α undefined replicates": undefinedReplicates(t.alphaInterval, s),
      gwet_ac1: supported(t.gwetAC1, s, digits),
      ac1_interval: intervalCell(t.ac1Interval, s, digits),
      "AC1 undefined replicates": undefinedReplicates(t.ac1Interval, s),
      "α reading": reading(alpha, s, lower),
      warning: warnings(
        s,
        "lower" in t.alphaInterval && s?.positiveCodes !== 0
          ? alphaWarnings(alpha, lower, t.alphaInterval.reps - t.alphaInterval.used, t.alphaInterval.reps)
          : alphaWarnings(alpha),
      ),
    };
  });
}
