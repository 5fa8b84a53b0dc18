/** Raw agreement: the share of agreeing codes, with no correction for chance. */
import { type Coefficient, notDefined } from "./coefficient";
import { completePairs, type ReliabilityData } from "./data";
import { gwetPa, unitCounts } from "./unit-counts";

/**
 * Share of units on which two coders gave the same value (units both coded).
 *
 * @example percentAgreement([1, 0, 1, 1], [1, 0, 0, 1]) // 0.75
 */
export function percentAgreement(a: (number | null)[], b: (number | null)[]): Coefficient {
  const pairs = completePairs(a, b);
  if (pairs.length === 0) return notDefined("no unit was coded by both coders");
  return pairs.filter(([x, y]) => x === y).length / pairs.length;
}

/**
 * Agreement among any number of coders: per unit, the share of coder pairs that agree, averaged over
 * the units that two or more coders coded. For two coders this is percent agreement.
 *
 * @example pairwiseAgreement([[1, 0, 1], [1, 0, 0], [1, 1, 1]]) // (1 + 1/3 + 1/3) / 3
 */
export function pairwiseAgreement(data: ReliabilityData): Coefficient {
  const c = unitCounts(data);
  if (c.r.filter((m) => m >= 2).length === 0) return notDefined("no unit was coded by two or more coders");
  return gwetPa(c);
}
