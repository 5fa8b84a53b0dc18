/**
 * Intraclass correlation coefficients for counts (Shrout and Fleiss 1979, "Intraclass correlations:
 * uses in assessing rater reliability", Psychological Bulletin 86(2), 420–428): n targets, each rated
 * by the same k judges, from the mean squares of a two-way analysis of variance.
 *
 *   ICC(1,1), ICC(1,k)   one-way random: each target rated by its own judges
 *   ICC(2,1), ICC(2,k)   two-way random, absolute agreement: judges drawn from a population
 *   ICC(3,1), ICC(3,k)   two-way mixed, consistency: these judges only
 *
 * "1" is one judge's rating, "k" the mean of the k judges'. For two coders' mention counts the
 * reliability of one coder's count is ICC(2,1) (McGraw and Wong's ICC(A,1)).
 */
import { type Coefficient, notDefined } from "./coefficient";

/** The six forms of Shrout and Fleiss (1979), and the mean squares they come from. */
export interface IntraclassCorrelations {
  /** Targets rated by every judge (targets with a missing rating are left out). */
  targets: number;
  judges: number;
  icc11: Coefficient;
  icc21: Coefficient;
  icc31: Coefficient;
  icc1k: Coefficient;
  icc2k: Coefficient;
  icc3k: Coefficient;
  /** Between-targets, within-target, between-judges and residual mean squares (BMS, WMS, JMS, EMS). */
  meanSquares: { bms: number; wms: number; jms: number; ems: number } | null;
}

const ratio = (num: number, den: number, what: string): Coefficient =>
  Math.abs(den) < 1e-12 ? notDefined(`${what}: the ratings do not vary, so the ratio is 0/0`) : num / den;

/**
 * The six intraclass correlations of Shrout and Fleiss (1979) for a targets × judges table of ratings
 * (e.g. units × coders of mention counts); a target with a missing (null) rating is left out.
 *
 * @example
 * // Shrout and Fleiss (1979), Table 2: six targets, four judges → ICC(2,1) 0.29, ICC(3,1) 0.71
 * intraclassCorrelations([[9, 2, 5, 8], [6, 1, 3, 2], [8, 4, 6, 8], [7, 1, 2, 6], [10, 5, 6, 9], [6, 2, 4, 7]]).icc21
 */
export function intraclassCorrelations(ratings: Array<Array<number | null>>): IntraclassCorrelations {
  const rows = ratings.filter((r) => r.every((v) => v !== null)) as number[][];
  const n = rows.length;
  const k = rows[0]?.length ?? 0;
  const none = (reason: string): IntraclassCorrelations => {
    const c = notDefined(reason);
    return { targets: n, judges: k, icc11: c, icc21: c, icc31: c, icc1k: c, icc2k: c, icc3k: c, meanSquares: null };
  };
  if (k < 2) return none("an intraclass correlation needs two or more judges");
  if (n < 2) return none("an intraclass correlation needs two or more targets rated by every judge");
  const grand = rows.flat().reduce((s, x) => s + x, 0) / (n * k);
  const rowMeans = rows.map((r) => r.reduce((s, x) => s + x, 0) / k);
  const colMeans = rows[0].map((_, j) => rows.reduce((s, r) => s + r[j], 0) / n);
  const ssTotal = rows.flat().reduce((s, x) => s + (x - grand) ** 2, 0);
  const ssTargets = k * rowMeans.reduce((s, m) => s + (m - grand) ** 2, 0);
  const ssJudges = n * colMeans.reduce((s, m) => s + (m - grand) ** 2, 0);
  const bms = ssTargets / (n - 1);
  const wms = (ssTotal - ssTargets) / (n * (k - 1));
  const jms = ssJudges / (k - 1);
  const ems = (ssTotal - ssTargets - ssJudges) / ((n - 1) * (k - 1));
  return {
    targets: n,
    judges: k,
    icc11: ratio(bms - wms, bms + (k - 1) * wms, "ICC(1,1)"),
    icc21: ratio(bms - ems, bms + (k - 1) * ems + (k * (jms - ems)) / n, "ICC(2,1)"),
    icc31: ratio(bms - ems, bms + (k - 1) * ems, "ICC(3,1)"),
    icc1k: ratio(bms - wms, bms, "ICC(1,k)"),
    icc2k: ratio(bms - ems, bms + (jms - ems) / n, "ICC(2,k)"),
    icc3k: ratio(bms - ems, bms, "ICC(3,k)"),
    meanSquares: { bms, wms, jms, ems },
  };
}
