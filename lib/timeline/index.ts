/**
 * Stage timeline — time shifts: the prevalence of each theme by year and by period (with the number of units in
 * every cell), the coding guide's stance score, tests of change between periods and trend tests over years or
 * periods (built on `lib/stats`), mention rates per 1,000 words, and China's General Debate principles
 * (`data/principles.yaml`).
 *
 * Verbs:
 *   periods      periodOf, decades, rowsIn, outsidePeriods
 *   prevalence   prevalenceByYear, prevalenceByPeriod, prevalenceCell
 *   stance       stanceOf, stancePerUnit, stanceBy (weights passed in; STANCE_WEIGHTS is the coding guide's)
 *   change       comparePeriods, periodTests, defaultPairs, trendTests (exact and score intervals by default)
 *   families     periodTestFamilies, PERIOD_FAMILIES (first vs last; neighbouring periods; Holm and BH in each)
 *   speakers     speakerMix, speakerTrajectories (the speakers present in every period)
 *   within       stratifiedPeriodTest, stratifiedTests (CMH and exact, by speaker group or speaker),
 *                decomposeChange (Kitagawa: within speakers vs composition), changeVerdicts,
 *                withinSpeakerTrends (conditional logistic regression on the year, by speaker)
 *   rates        mentionRates
 *   principles   principlesCodebook, PRINCIPLE_THEMES
 * Tables and chart data of this stage: `lib/tables/timeline.ts`, `lib/charts/from-timeline.ts`.
 */
import * as charts from "../charts/from-timeline";
import * as stats from "../stats";
import * as tables from "../tables/timeline";

export {
  type PeriodTest,
  type PeriodTestOptions,
  type ThemeTrend,
  comparePeriods,
  defaultPairs,
  periodTests,
  trendTests,
} from "./changes";
export { type ChangeDecomposition, type StratumCounts, decomposeChange } from "./decomposition";
export { type FamilyAdjustedTest, PERIOD_FAMILIES, periodTestFamilies } from "./families";
export { decades, outsidePeriods, periodOf, rowsIn } from "./periods";
export { type PrevalenceCell, prevalenceByPeriod, prevalenceByYear, prevalenceCell } from "./prevalence";
export { PRINCIPLE_THEMES, principlesCodebook, principlesPath } from "./principles";
export { type RateCell, mentionRates } from "./rates";
export { type SpeakerMixCell, type SpeakerTrajectory, speakerMix, speakerTrajectories } from "./speakers";
export { MANTEL_FLEISS_MINIMUM, type StratifiedPeriodTest, stratifiedPeriodTest, stratifiedTests } from "./strata";
export { type ChangeKind, type ChangeVerdict, VERDICT_DEFAULTS, type VerdictOptions, changeVerdicts } from "./verdict";
export { type WithinSpeakerTrend, withinSpeakerTrends } from "./within-model";
export {
  STANCE_WEIGHTS,
  type StanceCell,
  type StanceWeights,
  type UnitStance,
  stanceBy,
  stanceOf,
  stancePerUnit,
} from "./stance";

// ---------------------------------------------------------------------------------------------------------------
// Deprecated: names that moved to other stages (see RENAMES.md). They keep working until the notebooks import them
// from their new place.

/** @deprecated import from lib/stats */
export type Table2x2 = stats.Table2x2;
/** @deprecated import from lib/stats */
export type FisherResult = stats.FisherResult;
/** @deprecated import from lib/stats */
export type ChiSquareResult = stats.ChiSquareResult;
/** @deprecated import from lib/stats */
export type Estimate = stats.Estimate;
/** @deprecated import from lib/stats */
export type OddsRatioEstimate = stats.OddsRatioEstimate;
/** @deprecated import from lib/stats */
export type TrendResult = stats.TrendResult;
/** @deprecated import from lib/stats */
export const fisherExact = stats.fisherExact;
/** @deprecated import from lib/stats */
export const chiSquare = stats.chiSquare;
/** @deprecated import from lib/stats */
export const riskDifference = stats.riskDifference;
/** @deprecated import from lib/stats */
export const oddsRatio = stats.oddsRatio;
/** @deprecated import from lib/stats */
export const cochranArmitage = stats.cochranArmitage;
/** @deprecated import from lib/stats */
export const holm = stats.holm;
/** @deprecated import from lib/stats */
export const wilsonInterval = stats.wilsonInterval;
/** @deprecated import from lib/tables/timeline */
export const formatP = tables.formatP;
/** @deprecated import from lib/tables/timeline */
export const prevalenceRows = tables.prevalenceRows;
/** @deprecated import from lib/tables/timeline */
export const prevalenceWide = tables.prevalenceWide;
/** @deprecated import from lib/tables/timeline */
export const periodTestRows = tables.periodTestRows;
/** @deprecated import from lib/tables/timeline */
export const trendRows = tables.trendRows;
/** @deprecated import from lib/tables/timeline */
export const rateWide = tables.rateWide;
/** @deprecated import from lib/charts/from-timeline */
export const yearShares = charts.yearShares;
/** @deprecated import from lib/charts/from-timeline */
export const periodShares = charts.periodShares;
