/**
 * Stage stats — the statistical tests and estimators the analysis uses, one per file (simple-statistics style),
 * pure functions over numbers. Distributions come from jStat through one shim (`jstat.ts`); the exact conditional
 * distribution of 2×2 tables with fixed margins (`conditional-distribution.ts`) is the convolution of jStat's
 * hypergeometric densities, tilted by the odds ratio. Imports only `core`.
 *
 * Verbs:
 *   tests        fisherExact (2×2), chiSquare (r×c, Yates), chiSquareTable (2×2 statistic), cochranArmitage (trend)
 *   strata       mantelHaenszel (CMH χ², MH odds ratio, RBG interval, Mantel–Fleiss), exactConditional (2×2×K),
 *                conditionalLogit (a logistic model conditioned on strata, e.g. speakers)
 *   estimates    conditionalOddsRatio (fisher.test's conditional MLE, exact CI), newcombeInterval (difference of
 *                proportions), wilsonInterval; oddsRatio (Woolf CI, Haldane–Anscombe only when asked),
 *                riskDifference (Wald CI)
 *   families     holm, benjaminiHochberg, testFamily (a declared family with both, and its size)
 *   dispersion   griesDP (DP, DPnorm), juillandD
 *   ranks        ranksDescending, spearmanRho, kendallTauB
 *   keyness      g2Table, logLikelihood (G², full or two-cell), logRatio, pChiSquare1, criticalChiSquare1
 */
export * from "./types";
export { benjaminiHochberg, holm } from "./adjust";
export { type ChiSquareResult, chiSquare, chiSquareTable, criticalChiSquare1, pChiSquare1 } from "./chi-square";
export {
  type ConditionalLogitCoefficient,
  type ConditionalLogitFit,
  type StratifiedObservation,
  conditionalLogit,
} from "./conditional-logit";
export { type DeviationOfProportions, griesDP, juillandD } from "./dispersion";
export { type ExactConditionalResult, conditionalOddsRatio, exactConditional } from "./exact-conditional";
export { type FamilyMember, type TestFamily, testFamily } from "./family";
export { type FisherResult, fisherExact } from "./fisher";
export { chiSquareUpperTail, normalTwoSidedP, zForLevel } from "./jstat";
export { kendallTauB } from "./kendall";
export { g2Table, type LogLikelihoodForm, logLikelihood } from "./log-likelihood";
export { logRatio } from "./log-ratio";
export { type MantelHaenszelResult, mantelHaenszel } from "./mantel-haenszel";
export { newcombeInterval } from "./newcombe";
export { type OddsRatioEstimate, oddsRatio } from "./odds-ratio";
export { ranksDescending } from "./ranks";
export { spearmanRho } from "./spearman";
export { type TrendResult, cochranArmitage } from "./trend";
export { riskDifference } from "./wald";
export { wilsonInterval } from "./wilson";
