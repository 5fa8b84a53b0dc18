/**
 * The kappa family: agreement corrected for the chance agreement expected from the coders' marginals.
 *
 *   cohenKappa, scottPi      — two coders, units both coded (listwise)
 *   congerKappa, fleissKappa — their many-coder forms, missing values allowed (irrCAC conventions)
 *
 * Cohen and Conger take each coder's own marginals; Scott and Fleiss pool them.
 */
import { type Coefficient, chanceCorrected, type NotDefined, notDefined } from "./coefficient";
import { completePairs, type ReliabilityData, sortedValues } from "./data";
import { gwetPa, gwetPi, multiCoderChecks, unitCounts } from "./unit-counts";

/** Two coders' agreement and marginal proportions per category, over the units both coded. */
function marginals(pairs: Array<[number, number]>, cats: number[]): { pa: number; p1: number[]; p2: number[] } {
  const n = pairs.length;
  const idx = new Map(cats.map((c, i) => [c, i]));
  const p1 = cats.map(() => 0);
  const p2 = cats.map(() => 0);
  let agree = 0;
  for (const [x, y] of pairs) {
    p1[idx.get(x)!] += 1 / n;
    p2[idx.get(y)!] += 1 / n;
    if (x === y) agree++;
  }
  return { pa: agree / n, p1, p2 };
}

function twoCoderChecks(pairs: Array<[number, number]>): NotDefined | null {
  if (pairs.length === 0) return notDefined("no unit was coded by both coders");
  if (pairs.length === 1) return notDefined("only one unit was coded by both coders");
  return null;
}

/**
 * Cohen's kappa for two coders (units both coded): chance agreement from each coder's own marginals.
 *
 * @example cohenKappa([1, 1, 0, 0], [1, 0, 0, 0]) // 0.5
 */
export function cohenKappa(a: (number | null)[], b: (number | null)[]): Coefficient {
  const pairs = completePairs(a, b);
  const bad = twoCoderChecks(pairs);
  if (bad) return bad;
  const cats = sortedValues([a, b]);
  const { pa, p1, p2 } = marginals(pairs, cats);
  const pe = p1.reduce((s, p, k) => s + p * p2[k], 0);
  return chanceCorrected(pa, pe, "Cohen's kappa");
}

/**
 * Scott's pi for two coders (units both coded): chance agreement from the pooled marginals.
 *
 * @example scottPi([1, 1, 0, 0], [1, 0, 0, 0]) // 0.4666…
 */
export function scottPi(a: (number | null)[], b: (number | null)[]): Coefficient {
  const pairs = completePairs(a, b);
  const bad = twoCoderChecks(pairs);
  if (bad) return bad;
  const cats = sortedValues([a, b]);
  const { pa, p1, p2 } = marginals(pairs, cats);
  const pe = p1.reduce((s, p, k) => s + ((p + p2[k]) / 2) ** 2, 0);
  return chanceCorrected(pa, pe, "Scott's pi");
}

/**
 * Fleiss' kappa (nominal), the many-coder generalisation of Scott's pi; missing values allowed
 * (irrCAC `fleiss.kappa.raw`). With two coders and no missing values it equals Scott's pi.
 *
 * @example fleissKappa([[1, 1, 0, 0], [1, 0, 0, 0]]) // 0.4666…
 */
export function fleissKappa(data: ReliabilityData): Coefficient {
  const c = unitCounts(data);
  const bad = multiCoderChecks(c);
  if (bad) return bad;
  const pe = gwetPi(c).reduce((s, p) => s + p * p, 0);
  return chanceCorrected(gwetPa(c), pe, "Fleiss' kappa");
}

/**
 * Conger's kappa (nominal), the many-coder generalisation of Cohen's kappa: chance agreement from
 * each coder's own marginals; missing values allowed (irrCAC `conger.kappa.raw`). With two coders
 * and no missing values it equals Cohen's kappa.
 *
 * @example congerKappa([[1, 1, 0, 0], [1, 0, 0, 0]]) // 0.5
 */
export function congerKappa(data: ReliabilityData): Coefficient {
  const c = unitCounts(data);
  const bad = multiCoderChecks(c);
  if (bad) return bad;
  const idx = new Map(c.cats.map((v, i) => [v, i]));
  const q = c.cats.length;
  // p[g][k]: share of coder g's values that are category k (over the units g coded).
  const p: number[][] = [];
  for (const coder of data) {
    const row = new Array<number>(q).fill(0);
    let n = 0;
    for (const v of coder) {
      if (v === null) continue;
      row[idx.get(v)!]++;
      n++;
    }
    if (n > 0) p.push(row.map((x) => x / n));
  }
  const g = p.length;
  if (g < 2) return notDefined("Conger's kappa: fewer than two coders gave any value");
  // pe = sum_k [ pbar_k^2 - s2_kk / g ], s2_kk the variance over coders of p[.][k] (divisor g - 1).
  let pe = 0;
  for (let k = 0; k < q; k++) {
    const mean = p.reduce((s, row) => s + row[k], 0) / g;
    const s2 = (p.reduce((s, row) => s + row[k] * row[k], 0) - g * mean * mean) / (g - 1);
    pe += mean * mean - s2 / g;
  }
  return chanceCorrected(gwetPa(c), pe, "Conger's kappa");
}
