/**
 * Krippendorff's alpha: 1 - observed / expected disagreement, from the coincidence matrix of the
 * units two or more coders coded; any number of coders, missing values, four levels of measurement.
 */
import { type Coefficient, notDefined } from "./coefficient";
import type { ReliabilityData } from "./data";
import { multiCoderChecks, unitCounts } from "./unit-counts";

/** Levels of measurement for Krippendorff's alpha (the difference function between two values). */
export type Level = "nominal" | "ordinal" | "interval" | "ratio";

/** Squared difference between two values at a level, given the values' totals n_v (for ordinal). */
function differenceFunction(level: Level, cats: number[], totals: number[]): (i: number, j: number) => number {
  switch (level) {
    case "nominal":
      return (i, j) => (i === j ? 0 : 1);
    case "interval":
      return (i, j) => (cats[i] - cats[j]) ** 2;
    case "ratio":
      return (i, j) => {
        const s = cats[i] + cats[j];
        return s === 0 ? 0 : ((cats[i] - cats[j]) / s) ** 2;
      };
    case "ordinal": {
      const cum = [0];
      for (const t of totals) cum.push(cum[cum.length - 1] + t);
      return (i, j) => {
        const lo = Math.min(i, j);
        const hi = Math.max(i, j);
        // sum of n_g for g from lo to hi, minus half of n_lo and n_hi (Krippendorff 2011).
        const between = cum[hi + 1] - cum[lo] - (totals[lo] + totals[hi]) / 2;
        return between * between;
      };
    }
  }
}

/**
 * Krippendorff's alpha for any number of coders, missing values allowed, at a level of measurement
 * (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability"): 1 - D_o / D_e from the
 * coincidence matrix of the units that two or more coders coded.
 *
 * @example krippendorffAlpha([[1, 1, 0, 0], [1, 0, 0, 0]], "nominal") // 0.5333…
 */
export function krippendorffAlpha(data: ReliabilityData, level: Level = "nominal"): Coefficient {
  const c = unitCounts(data);
  const bad = multiCoderChecks(c);
  if (bad) return bad;
  const q = c.cats.length;
  // Coincidences o[k][l] = sum over pairable units of n_uk * (n_ul - [k = l]) / (m_u - 1).
  const o: number[][] = c.cats.map(() => new Array<number>(q).fill(0));
  c.counts.forEach((row, u) => {
    const m = c.r[u];
    if (m < 2) return;
    for (let k = 0; k < q; k++) {
      if (row[k] === 0) continue;
      for (let l = 0; l < q; l++) o[k][l] += (row[k] * (row[l] - (k === l ? 1 : 0))) / (m - 1);
    }
  });
  const totals = o.map((row) => row.reduce((s, x) => s + x, 0));
  const n = totals.reduce((s, x) => s + x, 0);
  const delta = differenceFunction(level, c.cats, totals);
  let dO = 0;
  let dE = 0;
  for (let k = 0; k < q; k++) {
    for (let l = 0; l < q; l++) {
      const d = delta(k, l);
      dO += o[k][l] * d;
      dE += totals[k] * totals[l] * d;
    }
  }
  dO /= n;
  dE /= n * (n - 1);
  if (dE < 1e-12)
    return notDefined("Krippendorff's alpha: every pairable value is the same value, so expected disagreement is 0");
  return 1 - dO / dE;
}
