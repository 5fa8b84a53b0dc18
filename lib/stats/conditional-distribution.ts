/**
 * The distribution behind every exact test of 2×2 tables with fixed margins: S, the sum of the top-left cells of
 * K tables, given every table's margins. Under a common odds ratio ψ it is the convolution of K non-central
 * hypergeometric distributions; at ψ = 1 the central ones (from jStat). Fisher's test is the case K = 1, the exact
 * conditional test of `mantelhaen.test(exact = TRUE)` any K.
 */
import { bisect } from "./root";
import { jStat } from "./jstat";
import type { Table2x2 } from "./types";

/** The conditional distribution of S = Σ a_k given the margins of the tables. */
export interface ConditionalDistribution {
  /** The smallest and largest possible S. */
  lo: number;
  hi: number;
  /** The observed S. */
  observed: number;
  /** log P(S = lo + i) at ψ = 1, for i = 0 … hi − lo. */
  logNull: number[];
}

/** Probability of each a in [lo, hi] for one table's margins (central hypergeometric, jStat). */
function oneTable([[a, b], [c, d]]: Table2x2): { lo: number; p: number[] } {
  const N = a + b + c + d;
  const row1 = a + b;
  const col1 = a + c;
  const lo = Math.max(0, row1 + col1 - N);
  const hi = Math.min(row1, col1);
  const p: number[] = [];
  for (let k = lo; k <= hi; k++) p.push(jStat.hypgeom.pdf(k, N, col1, row1));
  return { lo, p };
}

/**
 * The distribution of S = Σ a_k given every table's margins, at ψ = 1.
 *
 * @example conditionalDistribution([[[3, 1], [1, 3]]]).lo // 0 (the tea-tasting table: S runs 0 … 4)
 */
export function conditionalDistribution(tables: Table2x2[]): ConditionalDistribution {
  let lo = 0;
  let dist = [1];
  let observed = 0;
  for (const t of tables) {
    const one = oneTable(t);
    const next = new Array<number>(dist.length + one.p.length - 1).fill(0);
    for (let i = 0; i < dist.length; i++) for (let j = 0; j < one.p.length; j++) next[i + j] += dist[i] * one.p[j];
    dist = next;
    lo += one.lo;
    observed += t[0][0];
  }
  return { lo, hi: lo + dist.length - 1, observed, logNull: dist.map((p) => Math.log(p)) };
}

/**
 * P(S = lo + i) under a common odds ratio e^logPsi: the null probabilities tilted by ψ^s, normalised.
 *
 * @example densityAt(conditionalDistribution([[[3, 1], [1, 3]]]), 0) // [1/70, 16/70, 36/70, 16/70, 1/70]
 */
export function densityAt(d: ConditionalDistribution, logPsi: number): number[] {
  const logs = d.logNull.map((l, i) => l + logPsi * (d.lo + i));
  const max = Math.max(...logs.filter((l) => Number.isFinite(l)));
  const w = logs.map((l) => Math.exp(l - max));
  const sum = w.reduce((a, b) => a + b, 0);
  return w.map((x) => x / sum);
}

/** E[S] under ψ = e^logPsi. */
function meanAt(d: ConditionalDistribution, logPsi: number): number {
  return densityAt(d, logPsi).reduce((m, p, i) => m + p * (d.lo + i), 0);
}

/**
 * P(S ≤ s) (or P(S ≥ s) with `upper`) under ψ = e^logPsi.
 *
 * @example tailAt(conditionalDistribution([[[3, 1], [1, 3]]]), 3, 0, true) // 17/70 (the one-sided Fisher p)
 */
export function tailAt(d: ConditionalDistribution, s: number, logPsi: number, upper: boolean): number {
  return densityAt(d, logPsi).reduce((sum, p, i) => sum + ((upper ? d.lo + i >= s : d.lo + i <= s) ? p : 0), 0);
}

/** The bracket of log ψ searched for estimates and limits: ψ from e^-60 to e^60. */
const LOG_PSI_RANGE = 60;

/**
 * The conditional maximum-likelihood estimate of the common odds ratio: the ψ at which E[S] equals the observed S
 * (0 when S is at its minimum, Infinity at its maximum).
 *
 * @example conditionalMle(conditionalDistribution([[[3, 1], [1, 3]]])) // 6.408309 (R's fisher.test)
 */
export function conditionalMle(d: ConditionalDistribution): number {
  if (d.observed === d.lo) return d.hi === d.lo ? Number.NaN : 0;
  if (d.observed === d.hi) return Number.POSITIVE_INFINITY;
  return Math.exp(bisect((u) => meanAt(d, u) - d.observed, -LOG_PSI_RANGE, LOG_PSI_RANGE));
}

/**
 * The exact (conditional) confidence limits of the common odds ratio at tail probability `alpha` each side:
 * lower solves P(S ≥ s; ψ) = alpha, upper solves P(S ≤ s; ψ) = alpha (0 and Infinity at the ends of the support).
 *
 * @example exactLimits(conditionalDistribution([[[3, 1], [1, 3]]]), 0.025) // [0.2117, 621.93] (R's fisher.test)
 */
export function exactLimits(d: ConditionalDistribution, alpha: number): [number, number] {
  const s = d.observed;
  const lower = s === d.lo ? 0 : Math.exp(bisect((u) => tailAt(d, s, u, true) - alpha, -LOG_PSI_RANGE, LOG_PSI_RANGE));
  const upper =
    s === d.hi
      ? Number.POSITIVE_INFINITY
      : Math.exp(bisect((u) => alpha - tailAt(d, s, u, false), -LOG_PSI_RANGE, LOG_PSI_RANGE));
  return [lower, upper];
}

/**
 * The exact p-values of S at ψ = 1: two-sided as R (the probabilities of every S no more likely than the
 * observed one, × (1 + 1e-7) for rounding), and each one-sided tail.
 *
 * @example exactPValues(conditionalDistribution([[[3, 1], [1, 3]]])).p // 0.4857 (34/70)
 */
export function exactPValues(d: ConditionalDistribution): { p: number; pLess: number; pGreater: number } {
  const dens = densityAt(d, 0);
  const obs = dens[d.observed - d.lo];
  let p = 0;
  let pLess = 0;
  let pGreater = 0;
  dens.forEach((x, i) => {
    if (x <= obs * (1 + 1e-7)) p += x;
    if (d.lo + i <= d.observed) pLess += x;
    if (d.lo + i >= d.observed) pGreater += x;
  });
  return { p: Math.min(1, p), pLess: Math.min(1, pLess), pGreater: Math.min(1, pGreater) };
}
