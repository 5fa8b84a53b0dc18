/**
 * Chapter 06's steps: what the chapter reads (said once, with the empty-corpus note), the captions that depend on
 * the corpus, the two-period toy worked by hand, and the checks of its exercises.
 */
import type { CodedRow, Period } from "../core";
import { showMarkdown, showNote, showTable } from "../display";
import { prevalenceWide, stanceRows } from "../tables";
import {
  type ChangeVerdict,
  changeVerdicts,
  comparePeriods,
  prevalenceByPeriod,
  stanceBy,
  type UnitStance,
  type FamilyAdjustedTest,
  outsidePeriods,
  type PeriodTest,
  type PrevalenceCell,
  type StratifiedPeriodTest,
  type VerdictOptions,
} from "../timeline";
import type { FisherByHand } from "./by-hand";
import type { TimeView } from "./context";

/**
 * Shows what the chapter reads: the corpus, its window, its units, periods and themes, and how many units fall
 * outside every period; for an empty corpus, a note on how to fill it.
 *
 * @example showTimeViewSummary(timeView(loadCard("ungdc-kosovo")))
 */
export function showTimeViewSummary(view: TimeView): void {
  const { card, years, rows, periods, themes } = view;
  const outside = outsidePeriods(rows, periods).length;
  showMarkdown(
    `Corpus **${card.name}**, ${years[0]}–${years[1]}: **${rows.length}** units. ` +
      `Periods: ${periods.map((p) => p.label).join(", ")}. Themes: ${themes.join(", ")}.` +
      (outside
        ? ` ${outside} units fall outside every period (before ${periods[0].from}): they appear in the yearly views ` +
          "and the trend test, not in the period tables."
        : ""),
  );
  if (rows.length === 0)
    showNote(`The corpus ${card.name} has no texts yet: nothing to show over time. Fill it first (see chapter 01).`);
}

/**
 * What the yearly shares rest on: "Every year has one or two units, …", or how many years rest on fewer than three.
 *
 * @example thinYearsText(prevalenceByYear(rows, themes), themes[0])
 */
export function thinYearsText(byYear: PrevalenceCell[], theme: string): string {
  const withUnits = byYear.filter((c) => c.theme === theme && c.units > 0);
  const thin = withUnits.filter((c) => c.units < 3).map((c) => c.key);
  if (thin.length === withUnits.length)
    return "Every year has one or two units, so a year's share is 0, 0.5 or 1: read the periods, not single years.";
  const list = thin.length ? ` (${thin.slice(0, 12).join(", ")}${thin.length > 12 ? ", …" : ""})` : "";
  return `${thin.length} years rest on fewer than 3 units${list}: their shares jump between 0 and 1 by construction.`;
}

/**
 * The points of the mentions-per-1,000-words chart: x the period's first year, y the rate (3 decimals).
 *
 * @example ratePoints(mentionRates(rows, wordsOf, themes, periods), periods)[0]
 * // { x: 2008, y: 1.234, series: "sovereignty" }
 */
export function ratePoints(
  rates: Array<{ key: string; theme: string; per1000: number | null }>,
  periods: Period[],
): Array<{ x: number; y: number; series: string }> {
  return rates
    .filter((c) => c.per1000 !== null)
    .map((c) => ({
      x: (periods.find((p) => p.label === c.key) as Period).from,
      y: Number((c.per1000 as number).toFixed(3)),
      series: c.theme,
    }));
}

/**
 * One period test as the 2×2 table it is: a row per period, present and absent.
 *
 * @example twoByTwoRows(periodTests(toy.rows, toy.periods, ["toy"])[0])
 * // [{ period: "2021–2024", present: 5, absent: 1, units: 6 },
 * //  { period: "2008–2011", present: 1, absent: 5, units: 6 }]
 */
export function twoByTwoRows(t: PeriodTest): Array<{ period: string; present: number; absent: number; units: number }> {
  return [
    { period: t.later, present: t.laterPresent, absent: t.laterUnits - t.laterPresent, units: t.laterUnits },
    { period: t.earlier, present: t.earlierPresent, absent: t.earlierUnits - t.earlierPresent, units: t.earlierUnits },
  ];
}

/**
 * Fisher's test by hand as rows: every table with the observed margins (its top-left cell), its probability as a
 * fraction of all tables and as a number, and whether it counts towards the two-sided p.
 *
 * @example fisherSteps(fisherByHand([[5, 1], [1, 5]]))[5] // { "top-left cell": 5, probability: "36/924 = 0.039", … }
 */
export function fisherSteps(f: FisherByHand): Array<Record<string, string | number>> {
  const all = Math.round(1 / Math.min(...f.tables.map((t) => t.probability).filter((p) => p > 0)));
  return f.tables.map((t) => ({
    "top-left cell": t.a,
    table: `[[${t.a}, ${f.row1 - t.a}], [${f.col1 - t.a}, ${f.n - f.row1 - f.col1 + t.a}]]`,
    probability: `${Math.round(t.probability * all)}/${all} = ${t.probability.toFixed(3)}`,
    "counted in p": t.extreme ? (t.a === f.observed ? "yes (observed)" : "yes") : "",
  }));
}

/**
 * The themes whose change holds at `level` after Holm in one declared family (default "first vs last").
 *
 * @example holdingThemes(periodTestFamilies(periodTests(rows, periods, themes), periods)) // ["eu_facilitation"]
 */
export function holdingThemes(tests: FamilyAdjustedTest[], family = "first vs last", level = 0.05): string[] {
  return tests
    .filter((t) => t.family.name === family && t.member.holm !== null && t.member.holm < level)
    .map((t) => t.test.theme);
}

/**
 * The themes whose verdict changes when the verdict's options change (e.g. a larger minimum difference).
 *
 * @example verdictShift(byGroup, { minDifference: 0.2 }) // ["us_nato"]
 */
export function verdictShift(tests: StratifiedPeriodTest[], options: VerdictOptions): string[] {
  const before = new Map(changeVerdicts(tests).map((v: ChangeVerdict) => [v.theme, v.kind]));
  return changeVerdicts(tests, options)
    .filter((v) => before.get(v.theme) !== v.kind)
    .map((v) => v.theme);
}

/**
 * "China has N unit(s) in this corpus; M with a non-zero stance: …".
 *
 * @example chinaStanceLine(stancePerUnit(rows, weights, (r) => chinaVsOthers(r)))
 */
export function chinaStanceLine(
  stances: Array<{ id: string; year: number; group: string; stance: number }>,
  format: (x: number) => string,
): string {
  const china = stances.filter((s) => s.group === "China");
  const nonzero = china.filter((s) => s.stance !== 0);
  const list = nonzero
    .slice(0, 10)
    .map((s) => `${s.id} (${s.year}, stance ${format(s.stance)})`)
    .join(", ");
  return `China has **${china.length}** unit(s) in this corpus; ${nonzero.length} with a non-zero stance${
    nonzero.length ? `: ${list}.` : "."
  }`;
}

/**
 * Shows the stance per year and actor — or, when the card codes time with its own codebook (China's whole speeches
 * by decade), the Kosovo themes by period, which fire only where China speaks of Kosovo.
 *
 * @example showStanceByYear(view, stancePerUnit(view.kosovo.rows, ctx.stance, chinaVsOthers),
 *   ctx.paperThemes.rankedThemes)
 */
export function showStanceByYear(view: TimeView, stances: UnitStance[], rankedThemes: string[]): void {
  if (view.ownCodebook) {
    showTable(prevalenceWide(prevalenceByPeriod(view.kosovo.rows, view.periods, [...rankedThemes, "independence"])), {
      title:
        "The Kosovo themes in China's whole speeches, by decade (present/units): they fire only where China speaks " +
        "of Kosovo",
    });
    return;
  }
  showTable(stanceRows(stanceBy(stances), "year"), {
    title: "Mean stance per year and actor",
    maxRows: 20,
    rest: "collapse",
  });
}

/**
 * A note when a corpus has one speaker: the stratified tests are then the plain tests, and no change can be
 * compositional.
 *
 * @example oneSpeakerNote("china-ungdc", rows) // shows the note: every row is China's
 */
export function oneSpeakerNote(cardName: string, rows: CodedRow[]): void {
  const speakers = [...new Set(rows.map((r) => r.country))];
  if (speakers.length !== 1) return;
  showNote(
    `${cardName} has one speaker (${speakers[0]}): the stratified tests below are the plain tests, every change is ` +
      "within that speaker, and none can be compositional.",
  );
}

/**
 * The first-vs-last test of a theme (the first period against the last), as the period table shows it.
 *
 * @example firstLastTest(rows, periods, "dialogue").table
 * // [[later present, later absent], [earlier present, earlier absent]]
 */
export function firstLastTest(rows: CodedRow[], periods: Period[], theme: string): PeriodTest {
  return comparePeriods(rows, theme, periods[0], periods[periods.length - 1]);
}
