/**
 * Conditional logistic regression: a logistic model with one intercept per stratum (a speaker, a matched set)
 * that are conditioned away instead of estimated, so that only the within-stratum contrast is used. The exact
 * conditional likelihood (R's `clogit(method = "exact")`), computed with the recursion of Gail, Lubin and
 * Rubinstein (1981), maximised by Newton–Raphson.
 */
import { ArgumentError } from "../core";
import { chiSquareUpperTail, normalTwoSidedP, zForLevel } from "./jstat";
import { strataLogLikelihood } from "./conditional-likelihood";
import { solveLinear } from "./linear";

/** One observation: its stratum, its outcome (0/1) and its covariates. */
export interface StratifiedObservation {
  stratum: string;
  y: 0 | 1;
  x: number[];
}

/** One coefficient of a conditional logistic regression. */
export interface ConditionalLogitCoefficient {
  name: string;
  /** log odds ratio per unit of the covariate; ±Infinity when the data separate (see `separated`). */
  estimate: number;
  se: number | null;
  z: number | null;
  /** Wald p (null when the estimate is infinite: read the likelihood-ratio p). */
  p: number | null;
  oddsRatio: number;
  lower: number | null;
  upper: number | null;
}

/** A fitted conditional logistic regression. */
export interface ConditionalLogitFit {
  coefficients: ConditionalLogitCoefficient[];
  logLik: number;
  logLikNull: number;
  /** Likelihood-ratio test of all coefficients = 0 (χ², df = number of covariates). */
  lrStatistic: number;
  lrP: number;
  iterations: number;
  converged: boolean;
  /** true when a coefficient ran off to infinity: every informative stratum orders the outcome by it. */
  separated: boolean;
  units: number;
  /** Strata with both outcomes (only these carry information), and all strata. */
  informativeStrata: number;
  strata: number;
  level: number;
}

/** A coefficient this many standard deviations of its covariate from 0 is taken as running off to infinity. */
const RUNAWAY = 8;

/**
 * Fits a conditional logistic regression of `y` on `x`, conditioning on the stratum (one free intercept per
 * stratum, never estimated). Strata where every outcome is the same carry no information and are left out.
 *
 * @example
 * // R's survival::clogit example on the infert data: spontaneous 1.986 (se 0.352), induced 1.409 (se 0.361)
 * conditionalLogit(rows.map((r) => ({ stratum: r.stratum, y: r.case, x: [r.spontaneous, r.induced] })),
 *   ["spontaneous", "induced"])
 * @throws {ArgumentError} when an outcome is not 0/1 or the covariates do not match the names
 */
export function conditionalLogit(
  data: StratifiedObservation[],
  names: string[],
  opts: { level?: number; maxIterations?: number } = {},
): ConditionalLogitFit {
  const p = names.length;
  data.forEach((o, i) => {
    if (o.y !== 0 && o.y !== 1) throw new ArgumentError(`conditionalLogit: observation ${i + 1}`, "y = 0 or 1", o.y);
    if (o.x.length !== p || o.x.some((v) => !Number.isFinite(v)))
      throw new ArgumentError(`conditionalLogit: observation ${i + 1}`, `${p} finite covariates`, o.x.join(", "));
  });
  const byStratum = new Map<string, StratifiedObservation[]>();
  for (const o of data) byStratum.set(o.stratum, [...(byStratum.get(o.stratum) ?? []), o]);
  const strata = [...byStratum.values()].filter((s) => s.some((o) => o.y === 1) && s.some((o) => o.y === 0));
  const level = opts.level ?? 0.95;
  const beta = new Array<number>(p).fill(0);
  const start = strataLogLikelihood(strata, beta);
  let current = start;
  let iterations = 0;
  let converged = false;
  for (; iterations < (opts.maxIterations ?? 100); iterations++) {
    const step = solveLinear(
      current.hessian.map((row) => row.map((v) => -v)),
      current.gradient,
    );
    if (step === null) break;
    let t = 1;
    let next = strataLogLikelihood(
      strata,
      beta.map((b, j) => b + step[j]),
    );
    while (next.logLik < current.logLik - 1e-12 && t > 1e-6) {
      t /= 2;
      next = strataLogLikelihood(
        strata,
        beta.map((b, j) => b + t * step[j]),
      );
    }
    for (let j = 0; j < p; j++) beta[j] += t * step[j];
    const gain = next.logLik - current.logLik;
    current = next;
    if (Math.abs(gain) < 1e-10 * (1 + Math.abs(current.logLik))) {
      converged = true;
      break;
    }
  }
  const sds = names.map((_, j) => spread(strata.flat().map((o) => o.x[j])));
  const runaway = beta.map((b, j) => sds[j] > 0 && Math.abs(b) * sds[j] > RUNAWAY);
  const covariance = solveInverse(current.hessian.map((row) => row.map((v) => -v)));
  const z = zForLevel(level);
  const coefficients = names.map((name, j): ConditionalLogitCoefficient => {
    if (runaway[j]) {
      const inf = beta[j] > 0 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
      return { name, estimate: inf, se: null, z: null, p: null, oddsRatio: Math.exp(inf), lower: null, upper: null };
    }
    const se = covariance ? Math.sqrt(covariance[j][j]) : null;
    const zj = se ? beta[j] / se : null;
    return {
      name,
      estimate: beta[j],
      se,
      z: zj,
      p: zj === null ? null : normalTwoSidedP(zj),
      oddsRatio: Math.exp(beta[j]),
      lower: se ? Math.exp(beta[j] - z * se) : null,
      upper: se ? Math.exp(beta[j] + z * se) : null,
    };
  });
  const lrStatistic = Math.max(0, 2 * (current.logLik - start.logLik));
  return {
    coefficients,
    logLik: current.logLik,
    logLikNull: start.logLik,
    lrStatistic,
    lrP: chiSquareUpperTail(lrStatistic, p),
    iterations,
    converged,
    separated: runaway.some(Boolean),
    units: strata.reduce((n, s) => n + s.length, 0),
    informativeStrata: strata.length,
    strata: byStratum.size,
    level,
  };
}

/** Population standard deviation (the scale a coefficient is judged on). */
function spread(xs: number[]): number {
  if (xs.length === 0) return 0;
  const m = xs.reduce((a, b) => a + b, 0) / xs.length;
  return Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / xs.length);
}

/** The inverse of a symmetric positive-definite matrix, column by column; null when singular. */
function solveInverse(m: number[][]): number[][] | null {
  const n = m.length;
  const cols: number[][] = [];
  for (let j = 0; j < n; j++) {
    const e = new Array<number>(n).fill(0);
    e[j] = 1;
    const c = solveLinear(m, e);
    if (c === null) return null;
    cols.push(c);
  }
  return m.map((_, i) => cols.map((c) => c[i]));
}
