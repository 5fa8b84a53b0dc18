/**
 * Reliability tables for display: the coefficient table and the bootstrap intervals as records of
 * formatted cells (fixed decimals, "NA" when a coefficient is not defined).
 *
 *   reliabilityRecords — one record per theme of `reliabilityTable`
 *   intervalTable      — alpha and AC1 with their bootstrap intervals, per theme
 *   formatInterval     — "[0.612, 0.874]", or "NA (reason)"
 */
import type { BootstrapInterval, BootstrapOptions } from "../reliability/bootstrap";
import { type Coefficient, formatCoefficient, type NotDefined } from "../reliability/coefficient";
import { themeIntervals } from "../reliability/intervals";
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
