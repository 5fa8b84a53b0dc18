/**
 * Stage timeline — time shifts: the prevalence of each theme by year and by period (with the number of units in
 * every cell), the coding guide's stance score, tests of change between periods and trend tests over years or
 * periods (built on `lib/stats`), mention rates per 1,000 words, and China's General Debate principles
 * (`data/principles.yaml`).
 *
 * Verbs:
 *   periods      periodOf, decades, rowsIn, outsidePeriods
 *   prevalence   prevalenceByYear, prevalenceByPeriod, prevalenceCell
 *   stance       stanceOf, stancePerUnit, stanceBy (weights from the codebook: stanceWeights)
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
