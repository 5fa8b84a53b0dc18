/**
 * Stage 4 — time shifts: prevalence of each theme by year and by period (with the number of units in every
 * cell), the coding guide's stance score, and tests of change fit for small binary samples:
 * Fisher's exact test, Pearson's χ² with and without Yates' correction (with expected counts and a caveat flag),
 * the Cochran–Armitage trend test, and effect sizes (risk difference, odds ratio) with confidence intervals.
 *
 * Distributions (hypergeometric, χ², normal) come from jStat; nothing here hand-rolls a distribution.
 */
import { CodedRow, Period, ThemeCode } from "../core";
import { Codebook, parseCodebook } from "../codebook";

/** The part of jStat this module uses (jstat ships no type declarations). */
interface JStatSubset {
  hypgeom: { pdf(k: number, N: number, m: number, n: number): number };
  chisquare: { cdf(x: number, dof: number): number };
  normal: { cdf(x: number, mean: number, sd: number): number; inv(p: number, mean: number, sd: number): number };
}
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { jStat } = require("jstat") as { jStat: JStatSubset };

/** Upper-tail probability of χ² with `df` degrees of freedom. */
function chiSquareUpper(x: number, df: number): number {
  return Math.max(0, 1 - jStat.chisquare.cdf(x, df));
}

/** The normal quantile for a two-sided interval of level `level` (1.959964 for 0.95). */
function zFor(level: number): number {
  return jStat.normal.inv(1 - (1 - level) / 2, 0, 1);
}

// ---------------------------------------------------------------------------------------------------------------
// Periods

/**
 * The period a year falls in (the first that contains it), or null.
 *
 * @example periodOf(2010, [{ label: "2008–2011", from: 2008, to: 2011 }])?.label // → "2008–2011"
 */
export function periodOf(year: number, periods: Period[]): Period | null {
  return periods.find((p) => year >= p.from && year <= p.to) ?? null;
}

/**
 * Decades from `from` to `to`, cut at years ending in 0; the first and last are clipped to the range.
 *
 * @example decades(1971, 2024).map((p) => p.label) // → ["1971–1979", "1980–1989", ..., "2020–2024"]
 */
export function decades(from: number, to: number): Period[] {
  const out: Period[] = [];
  for (let start = from; start <= to; ) {
    const end = Math.min(to, Math.floor(start / 10) * 10 + 9);
    out.push({ label: `${start}–${end}`, from: start, to: end });
    start = end + 1;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Prevalence

/** Prevalence of one theme in one cell (a year, or a period): how many units, how many with the theme. */
export interface PrevalenceCell {
  /** The year ("2010") or the period label ("2008–2011"). */
  key: string;
  from: number;
  to: number;
  theme: string;
  /** Units in the cell: read the share together with it (1 of 2 is not 50 of 100). */
  units: number;
  present: number;
  /** present / units; null when the cell has no units. */
  share: number | null;
  mentions: number;
}

function cell(key: string, from: number, to: number, theme: string, rows: CodedRow[]): PrevalenceCell {
  let present = 0;
  let mentions = 0;
  for (const r of rows) {
    const c: ThemeCode | undefined = r.codes[theme];
    if (!c) continue;
    present += c.present;
    mentions += c.mentions;
  }
  return {
    key,
    from,
    to,
    theme,
    units: rows.length,
    present,
    share: rows.length ? present / rows.length : null,
    mentions,
  };
}

/**
 * Prevalence of each theme per year. With `from`/`to`, every year of the range gets a cell (0 units, share null,
 * so a gap shows as a gap); without, only years that have units.
 *
 * @example prevalenceByYear(rows, ["dialogue"]).map((c) => [c.key, c.present, c.units]) // → [["2008", 1, 2], ["2009", 1, 1]]
 */
export function prevalenceByYear(
  rows: CodedRow[],
  themes: string[],
  opts: { from?: number; to?: number } = {},
): PrevalenceCell[] {
  const years = new Set(rows.map((r) => r.year));
  if (opts.from !== undefined && opts.to !== undefined) for (let y = opts.from; y <= opts.to; y++) years.add(y);
  const list = [...years]
    .filter((y) => (opts.from === undefined || y >= opts.from) && (opts.to === undefined || y <= opts.to))
    .sort((a, b) => a - b);
  const out: PrevalenceCell[] = [];
  for (const y of list) {
    const inYear = rows.filter((r) => r.year === y);
    for (const t of themes) out.push(cell(String(y), y, y, t, inYear));
  }
  return out;
}

/**
 * Prevalence of each theme per period (periods in the given order). Rows outside every period are not counted:
 * see {@link outsidePeriods}.
 *
 * @example prevalenceByPeriod(rows, periods, ["unilateral"]).map((c) => `${c.key}: ${c.present}/${c.units}`)
 */
export function prevalenceByPeriod(rows: CodedRow[], periods: Period[], themes: string[]): PrevalenceCell[] {
  const out: PrevalenceCell[] = [];
  for (const p of periods) {
    const inPeriod = rows.filter((r) => r.year >= p.from && r.year <= p.to);
    for (const t of themes) out.push(cell(p.label, p.from, p.to, t, inPeriod));
  }
  return out;
}

/**
 * Rows whose year is in no period (they are left out of period tables and tests; say so).
 *
 * @example outsidePeriods(rows, [{ label: "2008–2011", from: 2008, to: 2011 }]).length // → 2
 */
export function outsidePeriods(rows: CodedRow[], periods: Period[]): CodedRow[] {
  return rows.filter((r) => periodOf(r.year, periods) === null);
}

/**
 * Wilson score interval for a proportion x/n (better than the Wald interval for small n and shares near 0 or 1).
 *
 * @example wilsonInterval(0, 10) // → { low: 0, high: 0.2775 }
 */
export function wilsonInterval(x: number, n: number, level = 0.95): { low: number; high: number } | null {
  if (n === 0) return null;
  const z = zFor(level);
  const p = x / n;
  const denom = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denom;
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

// ---------------------------------------------------------------------------------------------------------------
// Stance

/** The stance of one unit, with its parts. */
export interface UnitStance {
  id: string;
  date: string | null;
  year: number;
  country: string;
  group: string;
  /** Presences of sovereignty + unilateral + us_nato (0–3). */
  proSerbia: number;
  /** Presence of independence (0–1). */
  proKosovo: number;
  /** (proSerbia − 3·proKosovo) / 3, in [−1, 1]. */
  stance: number;
}

/**
 * The coding guide's stance score of one unit: (sovereignty + unilateral + us_nato − 3·independence) / 3,
 * from presences; a theme missing from the codes counts as absent.
 *
 * @example stanceOf({ sovereignty: { present: 1, mentions: 2 }, unilateral: { present: 1, mentions: 1 } }) // → 0.6667
 */
export function stanceOf(codes: Record<string, ThemeCode>): number {
  const p = (t: string) => codes[t]?.present ?? 0;
  return (p("sovereignty") + p("unilateral") + p("us_nato") - 3 * p("independence")) / 3;
}

/**
 * The stance of every unit, with a group (default: "all"; pass `chinaVsOthers` or `groupKeyOf()` from `lib/groups.ts`).
 * Sorted by date (undated units at mid-year), then id.
 *
 * @example stancePerUnit(rows, (r) => (r.country === "CHN" ? "China" : "Other actors"))
 */
export function stancePerUnit(rows: CodedRow[], groupOf: (row: CodedRow) => string = () => "all"): UnitStance[] {
  const when = (r: CodedRow) => r.date ?? `${r.year}-07-01`;
  return [...rows]
    .sort((a, b) => (when(a) < when(b) ? -1 : when(a) > when(b) ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((r) => {
      const proSerbia =
        (r.codes.sovereignty?.present ?? 0) + (r.codes.unilateral?.present ?? 0) + (r.codes.us_nato?.present ?? 0);
      const proKosovo = r.codes.independence?.present ?? 0;
      return {
        id: r.id,
        date: r.date,
        year: r.year,
        country: r.country,
        group: groupOf(r),
        proSerbia,
        proKosovo,
        stance: (proSerbia - 3 * proKosovo) / 3,
      };
    });
}

/** Mean stance of a group in a year (or period), with the number of units and the range. */
export interface StanceCell {
  key: string;
  group: string;
  units: number;
  mean: number;
  min: number;
  max: number;
}

/**
 * Mean stance per year (or per period when `periods` is given) and group; groups sorted, years ascending.
 *
 * @example stanceBy(stancePerUnit(rows, chinaVsOthers)).filter((c) => c.group === "China")
 */
export function stanceBy(stances: UnitStance[], periods?: Period[]): StanceCell[] {
  const keyOf = (s: UnitStance) => (periods ? (periodOf(s.year, periods)?.label ?? null) : String(s.year));
  const order = (k: string) => (periods ? periods.findIndex((p) => p.label === k) : Number(k));
  const acc = new Map<string, UnitStance[]>();
  for (const s of stances) {
    const k = keyOf(s);
    if (k === null) continue;
    const id = JSON.stringify([k, s.group]);
    const list = acc.get(id);
    if (list) list.push(s);
    else acc.set(id, [s]);
  }
  return [...acc.entries()]
    .map(([id, list]) => {
      const [key, group] = JSON.parse(id) as [string, string];
      const v = list.map((s) => s.stance);
      return {
        key,
        group,
        units: list.length,
        mean: v.reduce((a, b) => a + b, 0) / v.length,
        min: Math.min(...v),
        max: Math.max(...v),
      };
    })
    .sort((a, b) => order(a.key) - order(b.key) || (a.group < b.group ? -1 : a.group > b.group ? 1 : 0));
}

// ---------------------------------------------------------------------------------------------------------------
// Tests of change for a 2×2 table

/** A 2×2 table [[a, b], [c, d]]: rows are the two groups (e.g. later period, earlier period), columns present / absent. */
export type Table2x2 = [[number, number], [number, number]];

function checkTable(t: number[][], what: string): void {
  for (const row of t)
    for (const v of row)
      if (!Number.isInteger(v) || v < 0)
        throw new Error(`${what}: cells must be counts (non-negative integers), got ${v}`);
}

/** Fisher's exact test of a 2×2 table. */
export interface FisherResult {
  /** Two-sided p: the sum of the probabilities of all tables no more likely than the observed one (R's fisher.test). */
  p: number;
  /** P(n11 ≤ observed): evidence that row 1's odds are lower. */
  pLess: number;
  /** P(n11 ≥ observed): evidence that row 1's odds are higher. */
  pGreater: number;
}

/**
 * Fisher's exact test (hypergeometric, margins fixed), two-sided as in R's `fisher.test`: tables with probability
 * ≤ the observed one × (1 + 1e-7) are summed.
 *
 * @example fisherExact([[3, 1], [1, 3]]).p // → 0.4857 (Fisher's tea-tasting experiment)
 */
export function fisherExact(t: Table2x2): FisherResult {
  checkTable(t, "fisherExact");
  const [[a, b], [c, d]] = t;
  const N = a + b + c + d;
  const row1 = a + b;
  const col1 = a + c;
  const lo = Math.max(0, row1 + col1 - N);
  const hi = Math.min(row1, col1);
  const prob = (k: number) => jStat.hypgeom.pdf(k, N, col1, row1);
  const pObs = prob(a);
  let p = 0;
  let pLess = 0;
  let pGreater = 0;
  for (let k = lo; k <= hi; k++) {
    const pk = prob(k);
    if (pk <= pObs * (1 + 1e-7)) p += pk;
    if (k <= a) pLess += pk;
    if (k >= a) pGreater += pk;
  }
  return { p: Math.min(1, p), pLess: Math.min(1, pLess), pGreater: Math.min(1, pGreater) };
}

/** Pearson's χ² test of independence for an r×c table. */
export interface ChiSquareResult {
  statistic: number | null;
  df: number;
  p: number | null;
  /** Expected counts under independence, same shape as the table. */
  expected: number[][];
  minExpected: number;
  /** true when any expected count is below 5: the χ² approximation is doubtful, read Fisher's exact p. */
  lowExpected: boolean;
  /** Whether Yates' continuity correction was applied (2×2 only). */
  yates: boolean;
}

/**
 * Pearson's χ² test of independence, for any r×c table; with `yates` (2×2 only) each |O − E| is reduced by
 * min(0.5, |O − E|), as R's `chisq.test` does. A table with an empty row or column has no test (statistic null).
 *
 * @example chiSquare([[3, 1], [1, 3]]).statistic // → 2 (expected 2 in every cell; lowExpected: true)
 */
export function chiSquare(t: number[][], opts: { yates?: boolean } = {}): ChiSquareResult {
  checkTable(t, "chiSquare");
  const r = t.length;
  const c = t[0]?.length ?? 0;
  const rowSums = t.map((row) => row.reduce((x, y) => x + y, 0));
  const colSums = Array.from({ length: c }, (_, j) => t.reduce((x, row) => x + row[j], 0));
  const N = rowSums.reduce((x, y) => x + y, 0);
  const expected = t.map((row, i) => row.map((_, j) => (N === 0 ? 0 : (rowSums[i] * colSums[j]) / N)));
  const minExpected = Math.min(...expected.flat());
  const df = (r - 1) * (c - 1);
  const yates = (opts.yates ?? false) && r === 2 && c === 2;
  if (minExpected === 0 || df === 0)
    return { statistic: null, df, p: null, expected, minExpected, lowExpected: true, yates };
  const correction = yates
    ? Math.min(0.5, ...t.flatMap((row, i) => row.map((o, j) => Math.abs(o - expected[i][j]))))
    : 0;
  let statistic = 0;
  t.forEach((row, i) =>
    row.forEach((o, j) => (statistic += (Math.abs(o - expected[i][j]) - correction) ** 2 / expected[i][j])),
  );
  return {
    statistic,
    df,
    p: chiSquareUpper(statistic, df),
    expected,
    minExpected,
    lowExpected: minExpected < 5,
    yates,
  };
}

/** An effect size with a confidence interval. */
export interface Estimate {
  estimate: number;
  lower: number;
  upper: number;
  level: number;
}

/**
 * Difference of proportions x1/n1 − x2/n2 with a Wald interval (Agresti, *An Introduction to Categorical Data
 * Analysis*, eq. 2.1). null when a group is empty. For small samples read it with Fisher's p.
 *
 * @example riskDifference(189, 11034, 104, 11037).estimate // → 0.0077 (Physicians' Health Study)
 */
export function riskDifference(x1: number, n1: number, x2: number, n2: number, level = 0.95): Estimate | null {
  if (n1 === 0 || n2 === 0) return null;
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const se = Math.sqrt((p1 * (1 - p1)) / n1 + (p2 * (1 - p2)) / n2);
  const z = zFor(level);
  const d = p1 - p2;
  return { estimate: d, lower: Math.max(-1, d - z * se), upper: Math.min(1, d + z * se), level };
}

/** An odds ratio, and whether the Haldane–Anscombe correction was needed. */
export interface OddsRatioEstimate extends Estimate {
  /** true when a cell was 0 and 0.5 was added to every cell (Haldane–Anscombe); the estimate is then not the raw ratio. */
  haldane: boolean;
  note: string;
}

/**
 * Odds ratio (n11·n22)/(n12·n21) with a Woolf (log) interval. When any cell is 0, 0.5 is added to every cell
 * (Haldane–Anscombe) and `haldane` says so. null when a whole row or column is empty (no information).
 *
 * @example oddsRatio([[189, 10845], [104, 10933]]) // → { estimate: 1.832, lower: 1.44, upper: 2.33, haldane: false, ... }
 */
export function oddsRatio(t: Table2x2, level = 0.95): OddsRatioEstimate | null {
  checkTable(t, "oddsRatio");
  const [[a, b], [c, d]] = t;
  if (a + b === 0 || c + d === 0 || a + c === 0 || b + d === 0) return null;
  const haldane = a === 0 || b === 0 || c === 0 || d === 0;
  const k = haldane ? 0.5 : 0;
  const [A, B, C, D] = [a + k, b + k, c + k, d + k];
  const log = Math.log((A * D) / (B * C));
  const se = Math.sqrt(1 / A + 1 / B + 1 / C + 1 / D);
  const z = zFor(level);
  return {
    estimate: Math.exp(log),
    lower: Math.exp(log - z * se),
    upper: Math.exp(log + z * se),
    level,
    haldane,
    note: haldane ? "a cell is 0: 0.5 added to every cell (Haldane–Anscombe correction)" : "",
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Trend test

/** The Cochran–Armitage test for a linear trend in proportions over ordered groups. */
export interface TrendResult {
  scores: number[];
  /** Standardised statistic: positive when the proportion rises with the score. */
  z: number | null;
  /** z², the χ² (1 df) of R's `prop.trend.test`. */
  chiSquare: number | null;
  /** Two-sided p from the normal distribution. */
  p: number | null;
  /** Mantel's M² = (N − 1)/N · z² (the form Agresti reports; almost the same for large N). */
  m2: number | null;
  units: number;
}

/**
 * Cochran–Armitage trend test: do the proportions x[i]/n[i] rise or fall linearly with the scores?
 * Groups with n = 0 contribute nothing. null statistic when every unit has the same outcome or one score.
 *
 * @example cochranArmitage([83, 90, 129, 70], [86, 93, 136, 82]).chiSquare // → 8.2249 (R's prop.trend.test example)
 */
export function cochranArmitage(x: number[], n: number[], scores: number[] = x.map((_, i) => i + 1)): TrendResult {
  if (x.length !== n.length || x.length !== scores.length)
    throw new Error("cochranArmitage: x, n and scores must have the same length");
  x.forEach((xi, i) => {
    if (!Number.isInteger(xi) || !Number.isInteger(n[i]) || xi < 0 || xi > n[i])
      throw new Error(`cochranArmitage: group ${i + 1} has ${xi} of ${n[i]}`);
  });
  const N = n.reduce((a, b) => a + b, 0);
  const X = x.reduce((a, b) => a + b, 0);
  const empty = { scores, z: null, chiSquare: null, p: null, m2: null, units: N };
  if (N === 0 || X === 0 || X === N) return empty;
  const p = X / N;
  const sBar = n.reduce((a, ni, i) => a + ni * scores[i], 0) / N;
  let T = 0;
  let V = 0;
  for (let i = 0; i < x.length; i++) {
    T += x[i] * (scores[i] - sBar);
    V += n[i] * (scores[i] - sBar) ** 2;
  }
  if (V === 0) return empty;
  const z = T / Math.sqrt(p * (1 - p) * V);
  return {
    scores,
    z,
    chiSquare: z * z,
    p: Math.min(1, 2 * (1 - jStat.normal.cdf(Math.abs(z), 0, 1))),
    m2: ((N - 1) / N) * z * z,
    units: N,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Corpus-level tests

/** Everything a reader needs to judge a change in one theme between two periods. */
export interface PeriodTest {
  theme: string;
  /** The earlier period (row 2 of the table) and the later one (row 1). */
  earlier: string;
  later: string;
  earlierPresent: number;
  earlierUnits: number;
  laterPresent: number;
  laterUnits: number;
  /** [[later present, later absent], [earlier present, earlier absent]]. */
  table: Table2x2;
  fisher: FisherResult | null;
  chiSquare: ChiSquareResult;
  chiSquareYates: ChiSquareResult;
  /** later share − earlier share. */
  riskDifference: Estimate | null;
  /** odds in the later period / odds in the earlier one. */
  oddsRatio: OddsRatioEstimate | null;
  /** Plain-language warnings: tiny samples, low expected counts, Haldane correction, no variation. */
  caveats: string[];
}

/**
 * Compares the presence of a theme between two periods (`later` against `earlier`): Fisher's exact test,
 * χ² without and with Yates' correction, risk difference and odds ratio, with caveats.
 *
 * @example comparePeriods(rows, "unilateral", periods[0], periods[2]).fisher?.p
 */
export function comparePeriods(
  rows: CodedRow[],
  theme: string,
  earlier: Period,
  later: Period,
  level = 0.95,
): PeriodTest {
  const inP = (p: Period) => rows.filter((r) => r.year >= p.from && r.year <= p.to);
  const e = inP(earlier);
  const l = inP(later);
  const present = (list: CodedRow[]) => list.filter((r) => (r.codes[theme]?.present ?? 0) === 1).length;
  const ep = present(e);
  const lp = present(l);
  const table: Table2x2 = [
    [lp, l.length - lp],
    [ep, e.length - ep],
  ];
  const chi = chiSquare(table);
  const chiY = chiSquare(table, { yates: true });
  const or = oddsRatio(table, level);
  const caveats: string[] = [];
  if (e.length === 0 || l.length === 0)
    caveats.push(`no units in ${e.length === 0 ? earlier.label : later.label}: nothing to compare`);
  else if (e.length < 10 || l.length < 10)
    caveats.push(`small samples (${l.length} and ${e.length} units): only large differences can show`);
  if (ep + lp === 0 || ep + lp === e.length + l.length)
    caveats.push("the theme is absent (or present) everywhere: no test of change is possible");
  else if (chi.lowExpected)
    caveats.push(`an expected count is below 5 (min ${chi.minExpected.toFixed(2)}): read Fisher's exact p, not χ²`);
  if (or?.haldane) caveats.push(or.note);
  return {
    theme,
    earlier: earlier.label,
    later: later.label,
    earlierPresent: ep,
    earlierUnits: e.length,
    laterPresent: lp,
    laterUnits: l.length,
    table,
    fisher: e.length && l.length && ep + lp > 0 && ep + lp < e.length + l.length ? fisherExact(table) : null,
    chiSquare: chi,
    chiSquareYates: chiY,
    riskDifference: riskDifference(lp, l.length, ep, e.length, level),
    oddsRatio: or,
    caveats,
  };
}

/**
 * The default period pairs to test: first vs last, then each period against the next (no duplicates).
 *
 * @example defaultPairs(threePeriods).map(([a, b]) => `${a.label} → ${b.label}`)
 * // → ["2008–2011 → 2021–2024", "2008–2011 → 2012–2020", "2012–2020 → 2021–2024"]
 */
export function defaultPairs(periods: Period[]): Array<[Period, Period]> {
  if (periods.length < 2) return [];
  const pairs: Array<[Period, Period]> = [[periods[0], periods[periods.length - 1]]];
  for (let i = 0; i + 1 < periods.length; i++) {
    const p: [Period, Period] = [periods[i], periods[i + 1]];
    if (!pairs.some(([a, b]) => a.label === p[0].label && b.label === p[1].label)) pairs.push(p);
  }
  return pairs;
}

/**
 * Tests of change for every theme and period pair (default: {@link defaultPairs}), in theme order then pair order.
 *
 * @example periodTests(rows, periods, ["unilateral", "dialogue"]).map((t) => [t.theme, t.fisher?.p])
 */
export function periodTests(
  rows: CodedRow[],
  periods: Period[],
  themes: string[],
  pairs: Array<[Period, Period]> = defaultPairs(periods),
  level = 0.95,
): PeriodTest[] {
  const out: PeriodTest[] = [];
  for (const t of themes) for (const [a, b] of pairs) out.push(comparePeriods(rows, t, a, b, level));
  return out;
}

/** The trend test of one theme over ordered cells (years or periods). */
export interface ThemeTrend extends TrendResult {
  theme: string;
  /** The cells in order, with their counts: a reader checks the test against them. */
  cells: Array<{ key: string; score: number; present: number; units: number }>;
}

/**
 * Cochran–Armitage trend test per theme over years (score = the year) or, with `periods`, over periods
 * (score = the period's index 1, 2, 3 … unless `scores` are given). Cells with no units are dropped.
 *
 * @example trendTests(rows, ["unilateral"]).map((t) => [t.theme, t.z, t.p])
 */
export function trendTests(
  rows: CodedRow[],
  themes: string[],
  opts: { periods?: Period[]; scores?: number[] } = {},
): ThemeTrend[] {
  return themes.map((theme) => {
    const cells = opts.periods
      ? prevalenceByPeriod(rows, opts.periods, [theme]).map((c, i) => ({
          key: c.key,
          score: opts.scores?.[i] ?? i + 1,
          present: c.present,
          units: c.units,
        }))
      : prevalenceByYear(rows, [theme]).map((c) => ({ key: c.key, score: c.from, present: c.present, units: c.units }));
    const used = cells.filter((c) => c.units > 0);
    const res = cochranArmitage(
      used.map((c) => c.present),
      used.map((c) => c.units),
      used.map((c) => c.score),
    );
    return { theme, cells: used, ...res };
  });
}

/**
 * Holm's step-down adjustment of a family of p-values (same order as given; nulls stay null). Use it when many
 * theme × period tests are read together.
 *
 * @example holm([0.01, 0.04, 0.03]) // → [0.03, 0.06, 0.06]
 */
export function holm(ps: Array<number | null>): Array<number | null> {
  const idx = ps
    .map((p, i) => ({ p, i }))
    .filter((x): x is { p: number; i: number } => x.p !== null)
    .sort((a, b) => a.p - b.p || a.i - b.i);
  const m = idx.length;
  const out: Array<number | null> = ps.map(() => null);
  let running = 0;
  idx.forEach((x, k) => {
    running = Math.max(running, Math.min(1, (m - k) * x.p));
    out[x.i] = running;
  });
  return out;
}

/**
 * Formats a p-value for a table: three significant decimals, "<0.001" below, "–" when there is no test.
 *
 * @example formatP(0.48571) // → "0.486"
 */
export function formatP(p: number | null): string {
  if (p === null || Number.isNaN(p)) return "–";
  return p < 0.001 ? "<0.001" : p.toFixed(3);
}

// ---------------------------------------------------------------------------------------------------------------
// Shapes for tables and charts (no logic beyond formatting)

function pct(share: number | null): string {
  return share === null ? "–" : `${(share * 100).toFixed(1)}%`;
}

/**
 * Rows for `showTable` from prevalence cells: one row per cell with "present / units" and the share.
 *
 * @example prevalenceRows(prevalenceByPeriod(rows, periods, ["unilateral"]))[0] // → { period: "2008–2011", theme: "unilateral", present: "0 / 3", share: "0.0%", mentions: 0 }
 */
export function prevalenceRows(cells: PrevalenceCell[], keyName = "period"): Array<Record<string, string | number>> {
  return cells.map((c) => ({
    [keyName]: c.key,
    theme: c.theme,
    present: `${c.present} / ${c.units}`,
    share: pct(c.share),
    mentions: c.mentions,
  }));
}

/**
 * A wide table: one row per cell key (year or period), one column per theme ("present/units"), plus the units.
 *
 * @example prevalenceWide(prevalenceByPeriod(rows, periods, ["dialogue", "unilateral"]))[0] // → { period: "2008–2011", units: 3, dialogue: "2/3", unilateral: "0/3" }
 */
export function prevalenceWide(cells: PrevalenceCell[], keyName = "period"): Array<Record<string, string | number>> {
  const out: Array<Record<string, string | number>> = [];
  for (const c of cells) {
    let row = out.find((r) => r[keyName] === c.key);
    if (!row) {
      row = { [keyName]: c.key, units: c.units };
      out.push(row);
    }
    row[c.theme] = c.units === 0 ? "–" : `${c.present}/${c.units}`;
  }
  return out;
}

/**
 * Year cells in the shape of `prevalenceLines` (`lib/charts.ts`): years without units are left out.
 *
 * @example yearShares(prevalenceByYear(rows, ["dialogue"])) // → [{ year: 2008, theme: "dialogue", share: 1, units: 1 }, …]
 */
export function yearShares(
  cells: PrevalenceCell[],
): Array<{ year: number; theme: string; share: number; units: number }> {
  return cells
    .filter((c) => c.share !== null)
    .map((c) => ({ year: c.from, theme: c.theme, share: c.share as number, units: c.units }));
}

/**
 * Period cells in the shape of `periodComparison` (`lib/charts.ts`), with Wilson intervals.
 *
 * @example periodShares(prevalenceByPeriod(rows, periods, ["unilateral"]))[0] // → { period: "2008–2011", theme: "unilateral", share: 0, low: 0, high: 0.56, n: 3 }
 */
export function periodShares(
  cells: PrevalenceCell[],
  level = 0.95,
): Array<{ period: string; theme: string; share: number; low: number; high: number; n: number }> {
  return cells
    .filter((c) => c.units > 0)
    .map((c) => {
      const w = wilsonInterval(c.present, c.units, level) as { low: number; high: number };
      return { period: c.key, theme: c.theme, share: c.share as number, low: w.low, high: w.high, n: c.units };
    });
}

function estimateText(e: Estimate | null, digits: number): string {
  return e === null ? "–" : `${e.estimate.toFixed(digits)} [${e.lower.toFixed(digits)}, ${e.upper.toFixed(digits)}]`;
}

/**
 * Rows for `showTable` from {@link periodTests}: counts, shares, difference and odds ratio with CIs, the three p-values,
 * the smallest expected count and the caveats.
 *
 * @example periodTestRows(periodTests(rows, periods, ["unilateral"]))[0]["Fisher p"] // → "0.100"
 */
export function periodTestRows(tests: PeriodTest[]): Array<Record<string, string | number>> {
  return tests.map((t) => ({
    theme: t.theme,
    change: `${t.earlier} → ${t.later}`,
    earlier: `${t.earlierPresent}/${t.earlierUnits} (${pct(t.earlierUnits ? t.earlierPresent / t.earlierUnits : null)})`,
    later: `${t.laterPresent}/${t.laterUnits} (${pct(t.laterUnits ? t.laterPresent / t.laterUnits : null)})`,
    "difference [95% CI]": estimateText(t.riskDifference, 2),
    "odds ratio [95% CI]":
      t.oddsRatio === null ? "–" : estimateText(t.oddsRatio, 2) + (t.oddsRatio.haldane ? " (HA)" : ""),
    "Fisher p": formatP(t.fisher?.p ?? null),
    "χ² p": formatP(t.chiSquare.p),
    "χ² Yates p": formatP(t.chiSquareYates.p),
    "min expected": t.chiSquare.minExpected.toFixed(2),
    caveats: t.caveats.join("; "),
  }));
}

/**
 * Rows for `showTable` from {@link trendTests}: the cells the test used, z, χ² and p.
 *
 * @example trendRows(trendTests(rows, ["unilateral"], { periods }))[0] // → { theme: "unilateral", cells: "2008–2011 0/3 · …", z: "2.12", … }
 */
export function trendRows(trends: ThemeTrend[]): Array<Record<string, string | number>> {
  return trends.map((t) => ({
    theme: t.theme,
    cells:
      t.cells.length <= 8
        ? t.cells.map((c) => `${c.key} ${c.present}/${c.units}`).join(" · ")
        : `${t.cells.length} years, ${t.cells[0].key}–${t.cells[t.cells.length - 1].key}`,
    units: t.units,
    z: t.z === null ? "–" : t.z.toFixed(2),
    "χ² (1 df)": t.chiSquare === null ? "–" : t.chiSquare.toFixed(2),
    p: formatP(t.p),
    direction: t.z === null ? "no variation" : t.z > 0 ? "rising" : "falling",
  }));
}

// ---------------------------------------------------------------------------------------------------------------
// China's General Debate principles (for whole speeches, 1971–2024)

/**
 * The codebook's themes are about Kosovo (scope "kosovo": only sentences about Kosovo count), so on China's whole
 * General Debate speeches they fire only where China speaks of Kosovo (the late 1990s). China's long-run language
 * is coded instead with five general principles, scope "any", in the codebook's own pattern language and run by
 * the same engine (`compileCodebook`). They are written here, as data in YAML, until the codebook has a place for
 * a second theme set; the examples are invented.
 */
export const PRINCIPLES_YAML = `version: 1
title: China's principles in the General Debate (general, not about Kosovo)
about_kosovo:
  rule: Not used - every principle has scope any.
  anchors:
    - Kosovo
  window: 1
themes:
  - key: p_sovereignty
    label: Sovereignty and non-interference
    level: core
    scope: any
    definition: The sentence invokes sovereignty, sovereign equality, territorial integrity or non-interference in internal affairs.
    include:
      - Sovereignty, sovereign equality, territorial integrity, non-interference, internal affairs.
    exclude:
      - Sovereign debt and other technical senses (rare in the General Debate).
    examples:
      positive:
        - Every State has the right to choose its own path free from interference in its internal affairs.
      negative:
        - The harvest this year was larger than the last.
    patterns:
      - sovereignty|sovereign equality|sovereign rights|territorial integrity|internal affairs|non-interference|noninterference|non-intervention
  - key: p_un
    label: The UN's authority and the Charter
    level: core
    scope: any
    definition: The sentence invokes the Charter, its purposes and principles, or the central role or authority of the UN or the Security Council.
    include:
      - The Charter of the United Nations; the purposes and principles of the Charter.
      - The central, core or leading role, authority or primacy of the UN or the Security Council.
    exclude:
      - The UN named only as a venue.
    examples:
      positive:
        - The purposes and principles of the Charter must be upheld by all.
        - The Organization should play its central role in world affairs.
      negative:
        - I am pleased to address this Assembly.
    patterns:
      - Charter of the United Nations|United Nations Charter|UN Charter|purposes and principles of the Charter
      - near: [United Nations|Security Council|Organization, central role|core role|leading role|authority|primacy|cornerstone|central position]
        within: 6
  - key: p_dialogue
    label: Dialogue and peaceful settlement
    level: core
    scope: any
    definition: The sentence calls for disputes to be settled peacefully, by dialogue, negotiation or consultation, or for a political solution.
    include:
      - Peaceful settlement, peaceful means, political or negotiated solution, settling disputes through dialogue or consultation.
    exclude:
      - A meeting reported with no call for dialogue.
    examples:
      positive:
        - Disputes between States should be settled through dialogue and consultation.
      negative:
        - The talks were held in the autumn.
    patterns:
      - peaceful settlement*|peaceful means|peaceful solution*|political settlement*|political solution*|negotiated settlement*|negotiated solution*
      - near: [dialogue|negotiation*|consultation*, settle*|resolv*|solution*|solve*|disput*|differences|peaceful*]
        within: 5
  - key: p_unilateralism
    label: Opposition to unilateralism
    level: core
    scope: any
    definition: The sentence names unilateralism or unilateral sanctions, coercive measures or actions.
    include:
      - Unilateralism; unilateral sanctions, coercive measures, actions or measures.
    exclude:
      - Unilateral declarations of independence (that is the Kosovo codebook's unilateral theme).
    examples:
      positive:
        - Unilateralism and unilateral sanctions undermine the international order.
      negative:
        - The declaration was made without consultation.
    patterns:
      - unilateralism|unilateral sanction*|unilateral coercive|unilateral action*|unilateral measure*
  - key: p_hegemony
    label: Hegemony and power politics
    level: core
    scope: any
    definition: The sentence names hegemony, hegemonism, power politics, the superpowers, bullying, bloc confrontation or a Cold War mentality.
    include:
      - Hegemony, hegemonism, power politics, superpowers, imperialism, bullying, bloc confrontation, Cold War mentality.
    exclude:
      - A neutral mention of a great Power with no criticism (rare with these words).
    examples:
      positive:
        - No country should seek hegemony or practise power politics.
      negative:
        - The great river floods every spring.
    patterns:
      - hegemon*|power politics|superpower*|imperialis*|bullying|bloc confrontation|bloc politics|Cold War mentality|zero-sum
vocabulary: []
`;

/** The five principle themes, in order. */
export const PRINCIPLE_THEMES = ["p_sovereignty", "p_un", "p_dialogue", "p_unilateralism", "p_hegemony"];

/**
 * The principles codebook (see {@link PRINCIPLES_YAML}), validated like the project's codebook. Compile it with
 * `compileCodebook(principlesCodebook(), { mode: "sentence" })` and code whole speeches with it.
 *
 * @example principlesCodebook().themes.map((t) => t.key) // → ["p_sovereignty", "p_un", "p_dialogue", "p_unilateralism", "p_hegemony"]
 */
export function principlesCodebook(): Codebook {
  return parseCodebook(PRINCIPLES_YAML, "lib/timeline.ts (PRINCIPLES_YAML)");
}

/** Mentions of a theme per 1,000 words in a cell: the fair measure for whole speeches of very different lengths. */
export interface RateCell {
  key: string;
  theme: string;
  units: number;
  words: number;
  mentions: number;
  /** mentions / words × 1000; null when the cell has no words. */
  per1000: number | null;
}

/**
 * Mentions per 1,000 words per period (or per year without `periods`): when nearly every long speech mentions a
 * principle at least once, presence saturates and the rate is what moves. `wordsOf` gives a row's word count
 * (from its unit: `new Map(units.map((u) => [u.textId, u.words]))`).
 *
 * @example mentionRates(rows, (r) => words.get(r.id) ?? 0, ["p_hegemony"], decades(1971, 2024))
 */
export function mentionRates(
  rows: CodedRow[],
  wordsOf: (row: CodedRow) => number,
  themes: string[],
  periods?: Period[],
): RateCell[] {
  const cells = periods
    ? periods.map((p) => ({ key: p.label, from: p.from, to: p.to }))
    : [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b).map((y) => ({ key: String(y), from: y, to: y }));
  const out: RateCell[] = [];
  for (const c of cells) {
    const inCell = rows.filter((r) => r.year >= c.from && r.year <= c.to);
    const words = inCell.reduce((a, r) => a + wordsOf(r), 0);
    for (const theme of themes) {
      const mentions = inCell.reduce((a, r) => a + (r.codes[theme]?.mentions ?? 0), 0);
      out.push({
        key: c.key,
        theme,
        units: inCell.length,
        words,
        mentions,
        per1000: words > 0 ? (mentions / words) * 1000 : null,
      });
    }
  }
  return out;
}

/**
 * A wide table of rates: one row per cell, one column per theme (mentions per 1,000 words, 2 decimals), plus units and words.
 *
 * @example rateWide(mentionRates(rows, wordsOf, PRINCIPLE_THEMES, decades(1971, 2024)))[0]
 */
export function rateWide(cells: RateCell[], keyName = "period"): Array<Record<string, string | number>> {
  const out: Array<Record<string, string | number>> = [];
  for (const c of cells) {
    let row = out.find((r) => r[keyName] === c.key);
    if (!row) {
      row = { [keyName]: c.key, units: c.units, words: c.words };
      out.push(row);
    }
    row[c.theme] = c.per1000 === null ? "–" : c.per1000.toFixed(2);
  }
  return out;
}
