/**
 * Stage stats — the statistical tests and estimators the analysis uses, one per file (simple-statistics style),
 * pure functions over numbers. Distributions come from jStat through one shim (`jstat.ts`); nothing here hand-rolls
 * a distribution. Imports only `core`.
 *
 * Verbs:
 *   tests        fisherExact (2×2), chiSquare (r×c, Yates), chiSquareTable (2×2 statistic), cochranArmitage (trend)
 *   estimates    oddsRatio (Woolf CI, Haldane–Anscombe), riskDifference (Wald CI), wilsonInterval
 *   families     holm, benjaminiHochberg
 *   ranks        ranksDescending, spearmanRho, kendallTauB
 *   keyness      g2Table, logLikelihood (G², full or two-cell), logRatio, pChiSquare1, criticalChiSquare1
 */
export * from "./types";
export { benjaminiHochberg, holm } from "./adjust";
export { type ChiSquareResult, chiSquare, chiSquareTable, criticalChiSquare1, pChiSquare1 } from "./chi-square";
export { type FisherResult, fisherExact } from "./fisher";
export { chiSquareUpperTail, normalTwoSidedP, zForLevel } from "./jstat";
export { kendallTauB } from "./kendall";
export { g2Table, type LogLikelihoodForm, logLikelihood } from "./log-likelihood";
export { logRatio } from "./log-ratio";
export { type OddsRatioEstimate, oddsRatio } from "./odds-ratio";
export { ranksDescending } from "./ranks";
export { spearmanRho } from "./spearman";
export { type TrendResult, cochranArmitage } from "./trend";
export { riskDifference } from "./wald";
export { wilsonInterval } from "./wilson";
