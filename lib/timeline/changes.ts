/**
 * Tests of change in a theme's presence: between two periods (Fisher's exact test, χ² with and without Yates'
 * correction, the difference of shares with Newcombe's score interval and the conditional maximum-likelihood odds
 * ratio with its exact interval, with plain-language caveats), and as a trend over years or periods
 * (Cochran–Armitage). The tests themselves are in `lib/stats`. The Haldane–Anscombe odds ratio (0.5 added to every
 * cell) is used only when asked for, and labelled.
 */
import type { CodedRow, Period } from "../core";
import {
  type ChiSquareResult,
  type Estimate,
  type FisherResult,
  type OddsRatioEstimate,
  type Table2x2,
  type TrendResult,
  chiSquare,
  cochranArmitage,
  conditionalOddsRatio,
  fisherExact,
  newcombeInterval,
  oddsRatio,
} from "../stats";
import { rowsIn } from "./periods";
import { prevalenceByPeriod, prevalenceByYear } from "./prevalence";

/** Everything a reader needs to judge a change in one theme between two periods. */
export interface PeriodTest {
  theme: string;
  /** The earlier period (row 2 of the table) and the later one (row 1). */
  earlier: string;
  later: string;
  earlierPresent: number;
  earlierUnits: number;
  laterPresent: number;
  laterUnits: number;
  /** [[later present, later absent], [earlier present, earlier absent]]. */
  table: Table2x2;
  fisher: FisherResult | null;
  chiSquare: ChiSquareResult;
  chiSquareYates: ChiSquareResult;
  /** later share − earlier share, with Newcombe's hybrid score interval (method 10). */
  riskDifference: Estimate | null;
  /**
   * odds in the later period / odds in the earlier one: by default the conditional maximum-likelihood estimate with
   * its exact interval (R's `fisher.test`; 0 or Infinity when a cell is 0); with `{ haldane: true }` the Woolf
   * interval with 0.5 added to every cell when one is 0 (`haldane` says whether it was).
   */
  oddsRatio: OddsRatioEstimate | null;
  /** How the odds ratio was estimated: "conditional MLE, exact interval" or "Woolf, 0.5 added (Haldane–Anscombe)". */
  oddsRatioMethod: string;
  /** Plain-language warnings: tiny samples, low expected counts, Haldane correction, no variation. */
  caveats: string[];
}

/** The caveats a reader of a period comparison must see. */
function caveatsOf(t: PeriodTest, earlier: Period, later: Period): string[] {
  const [e, l, ep, lp] = [t.earlierUnits, t.laterUnits, t.earlierPresent, t.laterPresent];
  const caveats: string[] = [];
  if (e === 0 || l === 0) caveats.push(`no units in ${e === 0 ? earlier.label : later.label}: nothing to compare`);
  else if (e < 10 || l < 10) caveats.push(`small samples (${l} and ${e} units): only large differences can show`);
  if (ep + lp === 0 || ep + lp === e + l)
    caveats.push("the theme is absent (or present) everywhere: no test of change is possible");
  else if (t.chiSquare.lowExpected)
    caveats.push(
      `an expected count is below 5 (min ${t.chiSquare.minExpected.toFixed(2)}): read Fisher's exact p, not χ²`,
    );
  if (t.oddsRatio?.haldane) caveats.push(t.oddsRatio.note);
  else if (t.oddsRatio && (t.oddsRatio.estimate === 0 || t.oddsRatio.estimate === Number.POSITIVE_INFINITY))
    caveats.push("a cell is 0: the odds ratio is 0 or infinite, read its exact interval's finite end");
  return caveats;
}

/** Options of {@link comparePeriods}. */
export interface PeriodTestOptions {
  /** Use the Woolf odds ratio with 0.5 added to every cell when one is 0 (Haldane–Anscombe), labelled. */
  haldane?: boolean;
}

/** The odds ratio of a period table, as asked for. */
function oddsRatioOf(table: Table2x2, level: number, haldane: boolean): OddsRatioEstimate | null {
  if (haldane) return oddsRatio(table, level);
  const c = conditionalOddsRatio(table, level);
  return c && { ...c, haldane: false, note: "" };
}

/**
 * Compares the presence of a theme between two periods (`later` against `earlier`): Fisher's exact test,
 * χ² without and with Yates' correction, the difference of shares (Newcombe's interval) and the odds ratio
 * (conditional MLE with its exact interval, or Haldane–Anscombe when `options.haldane`), with caveats.
 *
 * @example comparePeriods(rows, "unilateral", periods[0], periods[2]).fisher?.p // 0.1 (0 of 3 → 2 of 2)
 */
export function comparePeriods(
  rows: CodedRow[],
  theme: string,
  earlier: Period,
  later: Period,
  level = 0.95,
  options: PeriodTestOptions = {},
): PeriodTest {
  const e = rowsIn(rows, earlier);
  const l = rowsIn(rows, later);
  const present = (list: CodedRow[]) => list.filter((r) => (r.codes[theme]?.present ?? 0) === 1).length;
  const ep = present(e);
  const lp = present(l);
  const table: Table2x2 = [
    [lp, l.length - lp],
    [ep, e.length - ep],
  ];
  const varies = e.length > 0 && l.length > 0 && ep + lp > 0 && ep + lp < e.length + l.length;
  const test: PeriodTest = {
    theme,
    earlier: earlier.label,
    later: later.label,
    earlierPresent: ep,
    earlierUnits: e.length,
    laterPresent: lp,
    laterUnits: l.length,
    table,
    fisher: varies ? fisherExact(table) : null,
    chiSquare: chiSquare(table),
    chiSquareYates: chiSquare(table, { yates: true }),
    riskDifference: l.length && e.length ? newcombeInterval(lp, l.length, ep, e.length, level) : null,
    oddsRatio: oddsRatioOf(table, level, options.haldane ?? false),
    oddsRatioMethod: options.haldane
      ? "Woolf, 0.5 added to every cell when one is 0 (Haldane–Anscombe)"
      : "conditional MLE, exact interval",
    caveats: [],
  };
  test.caveats = caveatsOf(test, earlier, later);
  return test;
}

/**
 * The default period pairs to test: first vs last, then each period against the next (no duplicates).
 *
 * @example defaultPairs(threePeriods).map(([a, b]) => `${a.label} → ${b.label}`)
 * // ["2008–2011 → 2021–2024", "2008–2011 → 2012–2020", "2012–2020 → 2021–2024"]
 */
export function defaultPairs(periods: Period[]): Array<[Period, Period]> {
  if (periods.length < 2) return [];
  const pairs: Array<[Period, Period]> = [[periods[0], periods[periods.length - 1]]];
  for (let i = 0; i + 1 < periods.length; i++) {
    const p: [Period, Period] = [periods[i], periods[i + 1]];
    if (!pairs.some(([a, b]) => a.label === p[0].label && b.label === p[1].label)) pairs.push(p);
  }
  return pairs;
}

/**
 * Tests of change for every theme and period pair (default: {@link defaultPairs}), in theme order then pair order.
 *
 * @example periodTests(rows, periods, ["unilateral", "dialogue"]).map((t) => [t.theme, t.fisher?.p])
 */
export function periodTests(
  rows: CodedRow[],
  periods: Period[],
  themes: string[],
  pairs: Array<[Period, Period]> = defaultPairs(periods),
  level = 0.95,
  options: PeriodTestOptions = {},
): PeriodTest[] {
  const out: PeriodTest[] = [];
  for (const t of themes) for (const [a, b] of pairs) out.push(comparePeriods(rows, t, a, b, level, options));
  return out;
}

/** The trend test of one theme over ordered cells (years or periods). */
export interface ThemeTrend extends TrendResult {
  theme: string;
  /** The cells in order, with their counts: a reader checks the test against them. */
  cells: Array<{ key: string; score: number; present: number; units: number }>;
}

/**
 * Cochran–Armitage trend test per theme over years (score = the year) or, with `periods`, over periods
 * (score = the period's index 1, 2, 3 … unless `scores` are given). Cells with no units are dropped.
 *
 * @example trendTests(rows, ["unilateral"]).map((t) => [t.theme, t.z, t.p])
 */
export function trendTests(
  rows: CodedRow[],
  themes: string[],
  opts: { periods?: Period[]; scores?: number[] } = {},
): ThemeTrend[] {
  return themes.map((theme) => {
    const cells = opts.periods
      ? prevalenceByPeriod(rows, opts.periods, [theme]).map((c, i) => ({
          key: c.key,
          score: opts.scores?.[i] ?? i + 1,
          present: c.present,
          units: c.units,
        }))
      : prevalenceByYear(rows, [theme]).map((c) => ({ key: c.key, score: c.from, present: c.present, units: c.units }));
    const used = cells.filter((c) => c.units > 0);
    const res = cochranArmitage(
      used.map((c) => c.present),
      used.map((c) => c.units),
      used.map((c) => c.score),
    );
    return { theme, cells: used, ...res };
  });
}
