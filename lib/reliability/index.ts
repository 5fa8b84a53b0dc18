/**
 * Intercoder reliability: how far do independent coders agree, beyond what chance would give?
 *
 * Reliability data are a coders × units matrix: `data[c][u]` is the value coder `c` gave unit `u`,
 * or `null` when coder `c` did not code unit `u`. Values are numbers (for presence codes, 0 and 1).
 *
 *   percentAgreement, cohenKappa, scottPi          — two coders, units both coded (listwise)
 *   pairwiseAgreement, congerKappa, fleissKappa,
 *   gwetAC1, brennanPrediger                      — any number of coders, missing values allowed
 *                                                   (Gwet's irrCAC conventions)
 *   krippendorffAlpha                              — any number of coders, missing values, four metrics
 *   bootstrapCI                                    — seeded percentile interval, resampling units
 *   reliabilityTable, reliabilityCsv               — one row per theme plus `overall`
 *   prevalenceParadox, crossTable,
 *   reliabilityRecords, agreementKappaChart,
 *   intervalTable                                  — what chapter 04 shows
 *
 * A coefficient that cannot be computed (one unit, no variation, nothing coded twice) is returned as
 * `{ value: null, reason }` — never NaN — so a table can say why a cell is empty.
 */
import seedrandom from "seedrandom";

/** One value per coder and unit; `null` = not coded. */
export type ReliabilityData = (number | null)[][];

/** Why a coefficient has no value for these data. */
export interface NotDefined {
  value: null;
  reason: string;
}

/** A coefficient: a finite number, or an explicit "not defined" with its reason. */
export type Coefficient = number | NotDefined;

/** Levels of measurement for Krippendorff's alpha (the difference function between two values). */
export type Level = "nominal" | "ordinal" | "interval" | "ratio";

/** True when `c` holds a number. @example isDefined(0.5) // true */
export function isDefined(c: Coefficient): c is number {
  return typeof c === "number";
}

/** The number, or null. @example valueOf({ value: null, reason: "one unit" }) // null */
export function valueOf(c: Coefficient): number | null {
  return typeof c === "number" ? c : null;
}

/**
 * Formats a coefficient with fixed decimals; "NA" when it is not defined. Never prints "-0.000".
 *
 * @example formatCoefficient(0.74328, 3) // "0.743"
 * @example formatCoefficient({ value: null, reason: "constant" }) // "NA"
 */
export function formatCoefficient(c: Coefficient, digits = 3): string {
  if (typeof c !== "number") return "NA";
  const s = c.toFixed(digits);
  return /^-0\.?0*$/.test(s) ? s.slice(1) : s;
}

function notDefined(reason: string): NotDefined {
  return { value: null, reason };
}

/** Chance-corrected coefficient (pa - pe) / (1 - pe), undefined when chance agreement is total. */
function chanceCorrected(pa: number, pe: number, what: string): Coefficient {
  if (1 - pe < 1e-12) {
    return notDefined(
      `${what}: expected chance agreement is 1 (every code has the same value), so (pa - pe)/(1 - pe) is 0/0`,
    );
  }
  return (pa - pe) / (1 - pe);
}

function checkRectangular(data: ReliabilityData): number {
  if (data.length === 0) return 0;
  const n = data[0].length;
  data.forEach((row, i) => {
    if (row.length !== n)
      throw new RangeError(
        `reliability data: coder ${i + 1} has ${row.length} values, coder 1 has ${n}; every coder needs one entry (or null) per unit`,
      );
  });
  return n;
}

function sortedValues(data: ReliabilityData, categories?: number[]): number[] {
  const set = new Set<number>(categories ?? []);
  for (const row of data) for (const v of row) if (v !== null) set.add(v);
  return [...set].sort((a, b) => a - b);
}

/** Pairs of two coders' values where both coded the unit. */
function completePairs(a: (number | null)[], b: (number | null)[]): Array<[number, number]> {
  if (a.length !== b.length)
    throw new RangeError(`two coders need the same units: ${a.length} values against ${b.length}`);
  const out: Array<[number, number]> = [];
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x !== null && y !== null) out.push([x, y]);
  }
  return out;
}

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

/** Two coders' marginal proportions per category, over the units both coded. */
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
 * Per-unit counts r[u][k] (coders who gave unit u category k) for the units with at least one
 * value, in Gwet's irrCAC layout.
 */
interface Counts {
  cats: number[];
  /** counts[u][k], units with ≥ 1 value only */
  counts: number[][];
  /** values per unit */
  r: number[];
}

function unitCounts(data: ReliabilityData, categories?: number[]): Counts {
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

function multiCoderChecks(c: Counts): NotDefined | null {
  const paired = c.r.filter((m) => m >= 2).length;
  if (paired === 0) return notDefined("no unit was coded by two or more coders");
  if (paired === 1) return notDefined("only one unit was coded by two or more coders");
  return null;
}

/** Gwet's pa: per unit, the share of agreeing ordered coder pairs, averaged over units with ≥ 2 values. */
function gwetPa(c: Counts): number {
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

/** Category prevalence pi_k: per unit the share of its values in k, averaged over units with ≥ 1 value. */
function gwetPi(c: Counts): number[] {
  const n = c.counts.length;
  return c.cats.map((_, k) => c.counts.reduce((s, row, u) => s + row[k] / c.r[u], 0) / n);
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

/**
 * Gwet's AC1 (nominal), any number of coders, missing values allowed (Gwet 2008; irrCAC `gwet.ac1.raw`).
 * `categories` lists every value a coder could give (e.g. [0, 1] for presence): AC1's chance
 * agreement depends on their number, so pass them when a category may be unused in the data.
 *
 * @example gwetAC1([[1, 1, 1, 0], [1, 1, 1, 1]], [0, 1]) // 0.68
 */
export function gwetAC1(data: ReliabilityData, categories?: number[]): Coefficient {
  const c = unitCounts(data, categories);
  const bad = multiCoderChecks(c);
  if (bad) return bad;
  const q = c.cats.length;
  if (q < 2) return notDefined("Gwet's AC1: only one category exists; pass the categories a coder could choose from");
  const pi = gwetPi(c);
  const pe = pi.reduce((s, p) => s + p * (1 - p), 0) / (q - 1);
  return chanceCorrected(gwetPa(c), pe, "Gwet's AC1");
}

/**
 * Brennan–Prediger coefficient (nominal): chance agreement 1/q for q categories; any number of
 * coders, missing values allowed (irrCAC `bp.coeff.raw`).
 *
 * @example brennanPrediger([[1, 1, 0, 0], [1, 0, 0, 0]], [0, 1]) // 0.5
 */
export function brennanPrediger(data: ReliabilityData, categories?: number[]): Coefficient {
  const c = unitCounts(data, categories);
  const bad = multiCoderChecks(c);
  if (bad) return bad;
  const q = c.cats.length;
  if (q < 2)
    return notDefined("Brennan–Prediger: only one category exists; pass the categories a coder could choose from");
  return chanceCorrected(gwetPa(c), 1 / q, "Brennan–Prediger");
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

/** The columns of a coders × units matrix: one array of coder values per unit. */
export function unitsOf(data: ReliabilityData): (number | null)[][] {
  const n = checkRectangular(data);
  const out: (number | null)[][] = [];
  for (let u = 0; u < n; u++) out.push(data.map((row) => row[u]));
  return out;
}

/** The coders × units matrix of a list of units (the inverse of `unitsOf`). */
export function codersOf(units: (number | null)[][]): ReliabilityData {
  if (units.length === 0) return [];
  const g = units[0].length;
  return Array.from({ length: g }, (_, c) => units.map((u) => u[c]));
}

/** A percentile confidence interval from a seeded bootstrap. */
export interface BootstrapInterval {
  lower: number;
  upper: number;
  /** Confidence level, e.g. 0.95. */
  level: number;
  reps: number;
  /** Replicates where the statistic was defined (the interval is taken over these). */
  used: number;
  seed: string;
}

/** Options of `bootstrapCI`. */
export interface BootstrapOptions {
  reps?: number;
  seed?: string | number;
  level?: number;
}

/** Linear-interpolation quantile of sorted values (R's type 7). */
function quantile(sorted: number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/**
 * Seeded bootstrap percentile interval of a statistic over units: draws `reps` samples of the units
 * with replacement (seedrandom, so the same seed gives the same interval), computes `stat` on each,
 * and takes the (1 - level)/2 and (1 + level)/2 quantiles of the replicates where it was defined.
 * Not defined when fewer than half of the replicates give a value.
 *
 * @example bootstrapCI((us) => krippendorffAlpha(codersOf(us)), unitsOf(data), { reps: 1000, seed: 1 })
 */
export function bootstrapCI<T>(
  stat: (units: T[]) => Coefficient,
  units: T[],
  options: BootstrapOptions = {},
): BootstrapInterval | NotDefined {
  const reps = options.reps ?? 1000;
  const level = options.level ?? 0.95;
  const seed = String(options.seed ?? 1);
  if (units.length < 2) return notDefined("a bootstrap needs at least two units");
  const rng = seedrandom(seed);
  const values: number[] = [];
  const sample: T[] = new Array<T>(units.length);
  for (let r = 0; r < reps; r++) {
    for (let i = 0; i < units.length; i++) sample[i] = units[Math.floor(rng() * units.length)];
    const v = stat(sample);
    if (typeof v === "number" && Number.isFinite(v)) values.push(v);
  }
  if (values.length < reps / 2) {
    return notDefined(`the statistic was defined in only ${values.length} of ${reps} bootstrap samples`);
  }
  values.sort((a, b) => a - b);
  return {
    lower: quantile(values, (1 - level) / 2),
    upper: quantile(values, (1 + level) / 2),
    level,
    reps,
    used: values.length,
    seed,
  };
}

/** One row of a reliability table. */
export interface ReliabilityRow {
  /** Theme key, or "overall". */
  theme: string;
  /** Units coded by every coder (for `overall`: units coded by every coder on every theme). */
  units: number;
  /** Decisions pooled into the row: units for a theme, units × themes for `overall`. */
  decisions: number;
  agreement: Coefficient;
  /** Cohen's kappa for two coders; Conger's kappa (its many-coder form) for more. */
  cohenKappa: Coefficient;
  /** Scott's pi for two coders; Fleiss' kappa (its many-coder form) for more. */
  scottPi: Coefficient;
  krippAlpha: Coefficient;
  gwetAC1: Coefficient;
  brennanPrediger: Coefficient;
  /** Share of the pooled values that are 1 (how common the theme is). */
  prevalence: number | null;
}

/** Codes of one coder: unit id → theme → 0/1, or null when left blank. */
export type CoderCodes = Record<string, Record<string, 0 | 1 | null>>;

function rowFor(theme: string, units: number, data: ReliabilityData): ReliabilityRow {
  const decisions = data.length ? data[0].length : 0;
  const two = data.length === 2;
  let ones = 0;
  let all = 0;
  for (const row of data)
    for (const v of row)
      if (v !== null) {
        all++;
        ones += v;
      }
  return {
    theme,
    units,
    decisions,
    agreement: pairwiseAgreement(data),
    cohenKappa: two ? cohenKappa(data[0], data[1]) : congerKappa(data),
    scottPi: two ? scottPi(data[0], data[1]) : fleissKappa(data),
    krippAlpha: krippendorffAlpha(data, "nominal"),
    gwetAC1: gwetAC1(data, [0, 1]),
    brennanPrediger: brennanPrediger(data, [0, 1]),
    prevalence: all ? ones / all : null,
  };
}

/**
 * Reliability per theme and overall for presence codes (0/1) from two or more coders.
 * A theme's row uses the units every coder coded for that theme (blank cells drop the unit);
 * `overall` pools every (unit, theme) decision coded by every coder into one variable.
 * Two coders: Cohen's kappa and Scott's pi; three or more: Conger's and Fleiss' kappa.
 *
 * @example reliabilityTable([codesA, codesB], ["sovereignty", "dialogue"])
 */
export function reliabilityTable(coders: CoderCodes[], themes: string[]): ReliabilityRow[] {
  if (coders.length < 2) throw new RangeError(`reliability needs two or more coders, got ${coders.length}`);
  const ids = Object.keys(coders[0])
    .filter((id) => coders.every((c) => id in c))
    .sort();
  const rows: ReliabilityRow[] = [];
  const pooled: ReliabilityData = coders.map(() => []);
  const pooledUnits = new Set<string>(ids);
  for (const theme of themes) {
    const data: ReliabilityData = coders.map(() => []);
    let units = 0;
    for (const id of ids) {
      const vals = coders.map((c) => c[id][theme] ?? null);
      if (vals.some((v) => v === null)) {
        pooledUnits.delete(id);
        continue;
      }
      units++;
      vals.forEach((v, i) => {
        data[i].push(v);
        pooled[i].push(v);
      });
    }
    rows.push(rowFor(theme, units, data));
  }
  const overall = rowFor("overall", pooledUnits.size, pooled);
  rows.push(overall);
  return rows;
}

/** The exact columns of the reliability CSV. */
export const RELIABILITY_COLUMNS = [
  "theme",
  "units",
  "agreement",
  "cohen_kappa",
  "scott_pi",
  "kripp_alpha",
  "gwet_ac1",
] as const;

/**
 * The reliability table as CSV text (columns `RELIABILITY_COLUMNS`, 3 decimals, "NA" when a
 * coefficient is not defined).
 *
 * @example reliabilityCsv(reliabilityTable([a, b], themes))
 */
export function reliabilityCsv(rows: ReliabilityRow[], digits = 3): string {
  const lines = [RELIABILITY_COLUMNS.join(",")];
  for (const r of rows) {
    lines.push(
      [
        r.theme,
        String(r.units),
        formatCoefficient(r.agreement, digits),
        formatCoefficient(r.cohenKappa, digits),
        formatCoefficient(r.scottPi, digits),
        formatCoefficient(r.krippAlpha, digits),
        formatCoefficient(r.gwetAC1, digits),
      ].join(","),
    );
  }
  return lines.join("\n") + "\n";
}

/** Every "not defined" cell of a table with its reason, e.g. "unilateral kripp_alpha: …". */
export function undefinedCells(rows: ReliabilityRow[]): string[] {
  const out: string[] = [];
  for (const r of rows) {
    const cells: Array<[string, Coefficient]> = [
      ["agreement", r.agreement],
      ["cohen_kappa", r.cohenKappa],
      ["scott_pi", r.scottPi],
      ["kripp_alpha", r.krippAlpha],
      ["gwet_ac1", r.gwetAC1],
    ];
    for (const [name, c] of cells) if (typeof c !== "number") out.push(`${r.theme} ${name}: ${c.reason}`);
  }
  return out;
}

/** Two coders' presence codes crossed: how often both, only one, or neither marked the theme. */
export interface CrossTable {
  both: number;
  onlyFirst: number;
  onlySecond: number;
  neither: number;
}

/**
 * The 2×2 table of two coders' 0/1 codes over the units both coded.
 *
 * @example crossTable([1, 1, 0, 0], [1, 0, 0, 0]) // { both: 1, onlyFirst: 1, onlySecond: 0, neither: 2 }
 */
export function crossTable(a: (number | null)[], b: (number | null)[]): CrossTable {
  const t: CrossTable = { both: 0, onlyFirst: 0, onlySecond: 0, neither: 0 };
  for (const [x, y] of completePairs(a, b)) {
    if (x === 1 && y === 1) t.both++;
    else if (x === 1) t.onlyFirst++;
    else if (y === 1) t.onlySecond++;
    else t.neither++;
  }
  return t;
}

/**
 * The prevalence paradox in a table: themes whose agreement is at least `minAgreement` while
 * Cohen's kappa is at least `minGap` lower, largest gap first (ties by theme). Such themes are
 * almost always present (or almost always absent), so chance alone agrees often. Themes whose kappa
 * is not defined at all (nobody, or everybody, marked them) are left out: `undefinedCells` lists them.
 *
 * @example prevalenceParadox(reliabilityTable(coders, themes)).map((r) => r.theme)
 */
export function prevalenceParadox(rows: ReliabilityRow[], minAgreement = 0.8, minGap = 0.2): ReliabilityRow[] {
  const gap = (r: ReliabilityRow) => (r.agreement as number) - (r.cohenKappa as number);
  return rows
    .filter(
      (r) =>
        r.theme !== "overall" &&
        typeof r.agreement === "number" &&
        typeof r.cohenKappa === "number" &&
        r.agreement >= minAgreement &&
        gap(r) >= minGap,
    )
    .sort((a, b) => gap(b) - gap(a) || (a.theme < b.theme ? -1 : a.theme > b.theme ? 1 : 0));
}

/**
 * A table's rows as plain records for display: coefficients formatted with fixed decimals ("NA"
 * when not defined) and the theme's prevalence.
 *
 * @example showTable(reliabilityRecords(rows))
 */
export function reliabilityRecords(rows: ReliabilityRow[], digits = 3): Array<Record<string, string | number>> {
  const f = (c: Coefficient) => formatCoefficient(c, digits);
  return rows.map((r) => ({
    theme: r.theme,
    units: r.units,
    prevalence: r.prevalence === null ? "NA" : r.prevalence.toFixed(digits),
    agreement: f(r.agreement),
    cohen_kappa: f(r.cohenKappa),
    scott_pi: f(r.scottPi),
    kripp_alpha: f(r.krippAlpha),
    gwet_ac1: f(r.gwetAC1),
    brennan_prediger: f(r.brennanPrediger),
  }));
}

/**
 * Points for a chart of agreement (x) against Cohen's kappa (y), one per theme with both defined.
 *
 * @example scatterChart(agreementKappaPoints(rows), { xTitle: "agreement", yTitle: "Cohen's κ" })
 */
export function agreementKappaPoints(rows: ReliabilityRow[]): Array<{ label: string; x: number; y: number }> {
  return rows
    .filter((r) => typeof r.agreement === "number" && typeof r.cohenKappa === "number")
    .map((r) => ({ label: r.theme, x: r.agreement as number, y: r.cohenKappa as number }));
}

/** Bootstrap intervals of alpha and AC1 for one theme. */
export interface IntervalRow {
  theme: string;
  units: number;
  kripp_alpha: string;
  alpha_interval: string;
  gwet_ac1: string;
  ac1_interval: string;
}

/**
 * Seeded bootstrap percentile intervals of Krippendorff's alpha and Gwet's AC1 per theme
 * (resampling the units every coder coded), formatted for display.
 *
 * @example showTable(intervalTable([a, b], themes, { reps: 1000, seed: 2024 }))
 */
export function intervalTable(
  coders: CoderCodes[],
  themes: string[],
  options: BootstrapOptions = {},
  digits = 3,
): IntervalRow[] {
  const ids = Object.keys(coders[0] ?? {})
    .filter((id) => coders.every((c) => id in c))
    .sort();
  const fmt = (r: BootstrapInterval | NotDefined) =>
    "lower" in r
      ? `[${formatCoefficient(r.lower, digits)}, ${formatCoefficient(r.upper, digits)}]`
      : `NA (${r.reason})`;
  return themes.map((theme) => {
    const units = ids.map((id) => coders.map((c) => c[id][theme] ?? null)).filter((u) => u.every((v) => v !== null));
    const alpha = (us: (number | null)[][]) => krippendorffAlpha(codersOf(us));
    const ac1 = (us: (number | null)[][]) => gwetAC1(codersOf(us), [0, 1]);
    const data = codersOf(units);
    return {
      theme,
      units: units.length,
      kripp_alpha: formatCoefficient(units.length ? alpha(units) : notDefined("no units"), digits),
      alpha_interval: fmt(bootstrapCI(alpha, units, options)),
      gwet_ac1: formatCoefficient(units.length ? gwetAC1(data, [0, 1]) : notDefined("no units"), digits),
      ac1_interval: fmt(bootstrapCI(ac1, units, options)),
    };
  });
}

/** What a chart of agreement against kappa needs: labelled points, axis domains and a caption. */
export interface AgreementKappaChart {
  points: Array<{ label: string; x: number; y: number }>;
  xDomain: [number, number];
  yDomain: [number, number];
  caption: string;
}

/**
 * Chart data for agreement (x) against Cohen's kappa (y), one point per theme (not `overall`).
 * Themes at the same spot share one point labelled "N themes" (named in the caption) so labels do
 * not overprint; the axes start a little below the lowest value (at most at 0.5 and 0).
 *
 * @example const c = agreementKappaChart(rows); scatterChart(c.points, { xDomain: c.xDomain, yDomain: c.yDomain, caption: c.caption })
 */
export function agreementKappaChart(rows: ReliabilityRow[]): AgreementKappaChart {
  const groups = new Map<string, { x: number; y: number; themes: string[] }>();
  for (const p of agreementKappaPoints(rows.filter((r) => r.theme !== "overall"))) {
    const k = `${p.x.toFixed(6)}|${p.y.toFixed(6)}`;
    if (!groups.has(k)) groups.set(k, { x: p.x, y: p.y, themes: [] });
    groups.get(k)!.themes.push(p.label);
  }
  const points = [...groups.values()].map((g) => ({
    label: g.themes.length > 2 ? `${g.themes.length} themes` : g.themes.join(", "),
    x: g.x,
    y: g.y,
  }));
  const shared = [...groups.values()]
    .filter((g) => g.themes.length > 2)
    .map(
      (g) => `${g.themes.length} themes at agreement ${g.x.toFixed(3)}, κ ${g.y.toFixed(3)}: ${g.themes.join(", ")}`,
    );
  const missing = rows.filter((r) => r.theme !== "overall" && typeof r.cohenKappa !== "number").map((r) => r.theme);
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const low = (v: number[], cap: number) =>
    v.length ? Math.min(cap, Math.floor((Math.min(...v) - 0.05) * 10) / 10) : cap;
  const caption = [
    "Each point is a theme; far below the others at high agreement means a theme nearly always present or absent.",
    ...shared.map((s) => s + "."),
    missing.length ? `κ not defined (not drawn): ${missing.join(", ")}.` : "",
  ]
    .filter(Boolean)
    .join(" ");
  return { points, xDomain: [low(xs, 0.5), 1], yDomain: [low(ys, 0), 1], caption };
}
