/**
 * The per-unit category counts behind the many-coder coefficients (Gwet's irrCAC layout): for each
 * unit coded by at least one coder, how many coders gave it each category. Pairwise agreement,
 * Gwet's AC1, Brennan–Prediger, Fleiss', Conger's kappa and Krippendorff's alpha all start here.
 */
import { type NotDefined, notDefined } from "./coefficient";
import { checkRectangular, type ReliabilityData, sortedValues } from "./data";

/** Per-unit counts r[u][k] (coders who gave unit u category k), units with at least one value only. */
export interface UnitCounts {
  /** The categories, ascending. */
  cats: number[];
  /** counts[u][k], units with ≥ 1 value only */
  counts: number[][];
  /** values per unit */
  r: number[];
}

/**
 * Counts per unit and category; `categories` adds categories no coder used.
 *
 * @example unitCounts([[1, 0, null], [1, 1, null]]) // { cats: [0, 1], counts: [[0, 2], [1, 1]], r: [2, 2] }
 */
export function unitCounts(data: ReliabilityData, categories?: number[]): UnitCounts {
  const n = checkRectangular(data);
  const cats = sortedValues(data, categories);
  const idx = new Map(cats.map((c, i) => [c, i]));
  const counts: number[][] = [];
  const r: number[] = [];
  for (let u = 0; u < n; u++) {
    const row = cats.map(() => 0);
    let m = 0;
    for (const coder of data) {
      const v = coder[u];
      if (v === null) continue;
      row[idx.get(v)!]++;
      m++;
    }
    if (m > 0) {
      counts.push(row);
      r.push(m);
    }
  }
  return { cats, counts, r };
}

/** Why a many-coder coefficient is not defined (fewer than two units coded twice), or null. */
export function multiCoderChecks(c: UnitCounts): NotDefined | null {
  const paired = c.r.filter((m) => m >= 2).length;
  if (paired === 0) return notDefined("no unit was coded by two or more coders");
  if (paired === 1) return notDefined("only one unit was coded by two or more coders");
  return null;
}

/**
 * Gwet's pa: per unit, the share of agreeing ordered coder pairs, averaged over units with ≥ 2 values.
 *
 * @example gwetPa(unitCounts([[1, 0], [1, 1]])) // 0.5 (unit 1: the pair agrees; unit 2: it does not)
 */
export function gwetPa(c: UnitCounts): number {
  let sum = 0;
  let units = 0;
  c.counts.forEach((row, u) => {
    const m = c.r[u];
    if (m < 2) return;
    sum += row.reduce((s, x) => s + x * (x - 1), 0) / (m * (m - 1));
    units++;
  });
  return sum / units;
}

/**
 * Category prevalence pi_k: per unit the share of its values in k, averaged over units with ≥ 1 value.
 *
 * @example gwetPi(unitCounts([[1, 0], [1, 1]])) // [0.25, 0.75]
 */
export function gwetPi(c: UnitCounts): number[] {
  const n = c.counts.length;
  return c.cats.map((_, k) => c.counts.reduce((s, row, u) => s + row[k] / c.r[u], 0) / n);
}
