/**
 * The toys' numbers worked by hand, step by step, in plain arithmetic that a student can follow with a pencil —
 * independent of `lib/reliability` and `lib/stats`, so that the chapter (and the tests) can put the hand's number
 * beside the lib's and see them agree.
 *
 *   agreementByHand(a, b)   two coders, presence codes: agreement, Cohen's κ, Scott's π, Krippendorff's α, AC1
 *   agreementSteps(hand)    the same as rows: the chance term, the formula with the numbers, the value
 *   fisherByHand(table)     Fisher's exact test of a 2×2 table: every table with the same margins, its probability
 *   pearsonByHand(table)    Pearson's χ² of a 2×2 table: expected counts and the sum
 */

/** Two coders' presence codes worked by hand. */
export interface AgreementByHand {
  units: number;
  /** The 2×2 table: both coded 1, only the first, only the second, neither. */
  both: number;
  onlyA: number;
  onlyB: number;
  neither: number;
  /** Observed agreement: the share of units coded alike. */
  pa: number;
  /** Each coder's share of 1s, and the two pooled. */
  shareA: number;
  shareB: number;
  pooled: number;
  /** Chance agreement of each coefficient. */
  peKappa: number;
  pePi: number;
  peAC1: number;
  /** Krippendorff's coincidences: values in all (2 × units), 0s, 1s, and disagreeing pairs o01. */
  values: number;
  n0: number;
  n1: number;
  o01: number;
  kappa: number;
  pi: number;
  alpha: number;
  ac1: number;
}

/**
 * Agreement, Cohen's κ, Scott's π, Krippendorff's α and Gwet's AC1 for two coders' 0/1 codes, by hand:
 * (observed − chance) / (1 − chance), chance from each coder's shares (κ), the pooled share (π), the pooled share's
 * distance from certainty (AC1); α = 1 − (n − 1)·o01 / (n0·n1) over the n = 2 × units values.
 *
 * @example agreementByHand([0, 1, 0, 0, 0, 0, 0, 0, 1, 0], [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]).alpha // 0.0952… (8/84)
 */
export function agreementByHand(a: Array<0 | 1>, b: Array<0 | 1>): AgreementByHand {
  const units = a.length;
  let both = 0;
  let onlyA = 0;
  let onlyB = 0;
  for (let i = 0; i < units; i++) {
    if (a[i] === 1 && b[i] === 1) both++;
    else if (a[i] === 1) onlyA++;
    else if (b[i] === 1) onlyB++;
  }
  const neither = units - both - onlyA - onlyB;
  const pa = (both + neither) / units;
  const shareA = (both + onlyA) / units;
  const shareB = (both + onlyB) / units;
  const pooled = (shareA + shareB) / 2;
  const peKappa = shareA * shareB + (1 - shareA) * (1 - shareB);
  const pePi = pooled ** 2 + (1 - pooled) ** 2;
  const peAC1 = 2 * pooled * (1 - pooled); // Σ πk(1 − πk) / (q − 1), q = 2 categories
  const values = 2 * units;
  const n1 = 2 * both + onlyA + onlyB;
  const n0 = values - n1;
  const o01 = onlyA + onlyB;
  const corrected = (pe: number) => (pa - pe) / (1 - pe);
  return {
    units,
    both,
    onlyA,
    onlyB,
    neither,
    pa,
    shareA,
    shareB,
    pooled,
    peKappa,
    pePi,
    peAC1,
    values,
    n0,
    n1,
    o01,
    kappa: corrected(peKappa),
    pi: corrected(pePi),
    alpha: 1 - ((values - 1) * o01) / (n0 * n1),
    ac1: corrected(peAC1),
  };
}

/** One coefficient worked by hand: its chance term and its formula with the numbers in. */
export interface AgreementStep {
  coefficient: string;
  chance: string;
  formula: string;
  value: number;
}

const f3 = (x: number) => x.toFixed(3);
const f2 = (x: number) => x.toFixed(2);

/**
 * The hand computation as rows a chapter shows: each coefficient, how its chance agreement is built, and the formula
 * with the numbers in.
 *
 * @example agreementSteps(agreementByHand(a, b))[4].formula // "1 − (20 − 1) · 4 / (14 · 6) = 0.095"
 */
export function agreementSteps(h: AgreementByHand): AgreementStep[] {
  const ratio = (pe: number, v: number) => `(${f3(h.pa)} − ${f3(pe)}) / (1 − ${f3(pe)}) = ${f3(v)}`;
  return [
    {
      coefficient: "percent agreement",
      chance: "none",
      formula: `(${h.both} + ${h.neither}) / ${h.units} = ${f3(h.pa)}`,
      value: h.pa,
    },
    {
      coefficient: "Cohen's κ",
      chance: `each coder's own share of 1s: ${f2(h.shareA)} · ${f2(h.shareB)} + ${f2(1 - h.shareA)} · ${f2(
        1 - h.shareB,
      )} = ${f3(h.peKappa)}`,
      formula: ratio(h.peKappa, h.kappa),
      value: h.kappa,
    },
    {
      coefficient: "Scott's π",
      chance: `the pooled share p = ${f2(h.pooled)}: p² + (1 − p)² = ${f3(h.pePi)}`,
      formula: ratio(h.pePi, h.pi),
      value: h.pi,
    },
    {
      coefficient: "Gwet's AC1",
      chance: `the pooled share's distance from certainty: 2 · p · (1 − p) = ${f3(h.peAC1)}`,
      formula: ratio(h.peAC1, h.ac1),
      value: h.ac1,
    },
    {
      coefficient: "Krippendorff's α",
      chance: `the ${h.values} values pooled: ${h.n0} zeros, ${h.n1} ones; ${h.o01} disagreeing pairs`,
      formula: `1 − (${h.values} − 1) · ${h.o01} / (${h.n0} · ${h.n1}) = ${f3(h.alpha)}`,
      value: h.alpha,
    },
  ];
}

/** Fisher's exact test by hand: every table with the observed margins, and which are as extreme as the observed. */
export interface FisherByHand {
  /** The first row's total, the first column's total, and the grand total. */
  row1: number;
  col1: number;
  n: number;
  observed: number;
  tables: Array<{ a: number; probability: number; extreme: boolean }>;
  /** The sum of the probabilities of the tables no more likely than the observed one. */
  p: number;
}

/** n choose k, exactly for the small numbers of a toy. */
function choose(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return Math.round(r);
}

/**
 * Fisher's exact test of [[a, b], [c, d]] by hand: with the margins fixed, the top-left cell `a` decides the table;
 * P(a) = C(row1, a) · C(n − row1, col1 − a) / C(n, col1). The two-sided p adds the tables no more likely than the
 * observed one (as R's `fisher.test`).
 *
 * @example fisherByHand([[5, 1], [1, 5]]).p // 74 / 924 = 0.0801
 */
export function fisherByHand(t: [[number, number], [number, number]]): FisherByHand {
  const [[a, b], [c, d]] = t;
  const n = a + b + c + d;
  const row1 = a + b;
  const col1 = a + c;
  const all = choose(n, col1);
  const probability = (k: number) => (choose(row1, k) * choose(n - row1, col1 - k)) / all;
  const observed = probability(a);
  const tables = [];
  for (let k = Math.max(0, row1 + col1 - n); k <= Math.min(row1, col1); k++) {
    const p = probability(k);
    tables.push({ a: k, probability: p, extreme: p <= observed * (1 + 1e-7) });
  }
  return {
    row1,
    col1,
    n,
    observed: a,
    tables,
    p: tables.filter((x) => x.extreme).reduce((s, x) => s + x.probability, 0),
  };
}

/**
 * Pearson's χ² of a 2×2 table by hand: expected count = row total × column total / n, χ² = Σ (observed − expected)² /
 * expected (no continuity correction).
 *
 * @example pearsonByHand([[5, 1], [1, 5]]).chiSquare // 5.333 (every expected count is 3: 4 · 4/3 = 16/3)
 */
export function pearsonByHand(t: [[number, number], [number, number]]): { expected: number[][]; chiSquare: number } {
  const n = t[0][0] + t[0][1] + t[1][0] + t[1][1];
  const rows = [t[0][0] + t[0][1], t[1][0] + t[1][1]];
  const cols = [t[0][0] + t[1][0], t[0][1] + t[1][1]];
  const expected = rows.map((r) => cols.map((c) => (r * c) / n));
  let chiSquare = 0;
  for (let i = 0; i < 2; i++) for (let j = 0; j < 2; j++) chiSquare += (t[i][j] - expected[i][j]) ** 2 / expected[i][j];
  return { expected, chiSquare };
}
