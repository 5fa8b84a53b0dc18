/**
 * Gwet's AC1: chance agreement from how far each category's prevalence is from certainty, so that a
 * theme almost always present (or absent) does not drag the coefficient down as it does kappa.
 */
import { type Coefficient, chanceCorrected, notDefined } from "./coefficient";
import { type CoderValues, coderMatrix, type ReliabilityData } from "./data";
import { gwetPa, gwetPi, multiCoderChecks, unitCounts } from "./unit-counts";

/**
 * Gwet's AC1 (nominal), any number of coders, missing values allowed (Gwet 2008; irrCAC `gwet.ac1.raw`).
 * `categories` lists every value a coder could give (e.g. [0, 1] for presence): AC1's chance
 * agreement depends on their number, so pass them when a category may be unused in the data.
 * Two coders' codes may also be given as two arguments, as `cohenKappa(a, b)` takes them.
 *
 * @example gwetAC1([[1, 1, 1, 0], [1, 1, 1, 1]], [0, 1]) // 0.68
 * @example gwetAC1([1, 1, 1, 0], [1, 1, 1, 1], [0, 1]) // 0.68
 * @throws {ArgumentError} when the data are neither a coders × units matrix nor two coders' codes
 */
export function gwetAC1(data: ReliabilityData, categories?: number[]): Coefficient;
export function gwetAC1(a: CoderValues, b: CoderValues, categories?: number[]): Coefficient;
export function gwetAC1(
  first: ReliabilityData | CoderValues,
  second?: number[] | CoderValues,
  third?: number[],
): Coefficient {
  const { data, categories } = coderMatrix(first, second, third);
  const c = unitCounts(data, categories);
  const bad = multiCoderChecks(c);
  if (bad) return bad;
  const q = c.cats.length;
  if (q < 2) return notDefined("Gwet's AC1: only one category exists; pass the categories a coder could choose from");
  const pi = gwetPi(c);
  const pe = pi.reduce((s, p) => s + p * (1 - p), 0) / (q - 1);
  return chanceCorrected(gwetPa(c), pe, "Gwet's AC1");
}
