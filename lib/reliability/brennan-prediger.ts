/** Brennan–Prediger: chance agreement as if every category were equally likely (1/q). */
import { type Coefficient, chanceCorrected, notDefined } from "./coefficient";
import { type CoderValues, coderMatrix, type ReliabilityData } from "./data";
import { gwetPa, multiCoderChecks, unitCounts } from "./unit-counts";

/**
 * Brennan–Prediger coefficient (nominal): chance agreement 1/q for q categories; any number of
 * coders, missing values allowed (irrCAC `bp.coeff.raw`).
 *
 * Two coders' codes may also be given as two arguments, as `cohenKappa(a, b)` takes them.
 *
 * @example brennanPrediger([[1, 1, 0, 0], [1, 0, 0, 0]], [0, 1]) // 0.5
 * @example brennanPrediger([1, 1, 0, 0], [1, 0, 0, 0]) // 0.5
 */
export function brennanPrediger(data: ReliabilityData, categories?: number[]): Coefficient;
export function brennanPrediger(a: CoderValues, b: CoderValues, categories?: number[]): Coefficient;
export function brennanPrediger(
  first: ReliabilityData | CoderValues,
  second?: number[] | CoderValues,
  third?: number[],
): Coefficient {
  const { data, categories } = coderMatrix(first, second, third);
  const c = unitCounts(data, categories);
  const bad = multiCoderChecks(c);
  if (bad) return bad;
  const q = c.cats.length;
  if (q < 2)
    return notDefined("Brennan–Prediger: only one category exists; pass the categories a coder could choose from");
  return chanceCorrected(gwetPa(c), 1 / q, "Brennan–Prediger");
}
