/**
 * Intercoder reliability: how far do independent coders agree, beyond what chance would give?
 *
 * Reliability data are a coders × units matrix (`data.ts`): `data[c][u]` is the value coder `c` gave
 * unit `u`, or `null` when coder `c` did not code unit `u`. A coefficient that cannot be computed
 * (one unit, no variation, nothing coded twice) is `{ value: null, reason }` — never NaN.
 *
 *   percentAgreement, pairwiseAgreement   agreement.ts  raw agreement, two or any number of coders
 *   cohenKappa, scottPi,
 *   congerKappa, fleissKappa              kappa.ts      chance-corrected by the coders' marginals
 *   krippendorffAlpha                     alpha.ts      any coders, missing values, four levels
 *   intraclassCorrelations                icc.ts        Shrout and Fleiss's six ICCs, for counts
 *   mentionReliability                    mention-counts.ts  α interval/ratio and ICC(2,1) on mention counts
 *   gwetAC1                               ac1.ts        robust to a theme almost always present
 *   brennanPrediger                       brennan-prediger.ts   chance agreement 1/q
 *   bootstrapCI                           bootstrap.ts  seeded percentile interval, resampling units
 *   themeIntervals                        intervals.ts  alpha and AC1 per theme with intervals
 *   reliabilityTable                      table.ts      one row per theme plus `overall`
 *   pairwiseTables                        pairs.ts      a table per pair of coders (people and the machine)
 *   reliabilityCsv, undefinedCells        csv.ts        the CSV of `npm run reliability`, NA reasons
 *   prevalenceParadox, crossTable         paradox.ts    high agreement, low kappa, and why
 *   codeSupport, supportWarning,
 *   krippendorffReading                   support.ts    positive codes and disagreements behind a
 *                                                       coefficient; Krippendorff's 0.667 / 0.800
 *   codesByUnit, codersOf                 data.ts       the matrix turned around and back
 *   isDefined, coefficientValue,
 *   formatCoefficient                     coefficient.ts
 *
 * Presentation lives with the other presentation: `reliabilityRecords` and `intervalTable` in
 * `lib/tables/reliability.ts`, `agreementKappaPoints` and `agreementKappaChart` in
 * `lib/charts/from-reliability.ts` (re-exported here until the notebooks import them from there).
 */
export * from "./coefficient";
export * from "./data";
export * from "./agreement";
export * from "./kappa";
export * from "./alpha";
export * from "./icc";
export * from "./mention-counts";
export * from "./ac1";
export * from "./brennan-prediger";
export * from "./bootstrap";
export * from "./intervals";
export * from "./table";
export * from "./pairs";
export * from "./csv";
export * from "./paradox";
export * from "./support";

// Moved to the presentation stages; kept here so that `import * as R from "./lib/reliability"` works
// until the notebooks import them from there (see RENAMES.md).
