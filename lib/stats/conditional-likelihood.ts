/**
 * The exact conditional log-likelihood of a conditional logistic regression, with its gradient and Hessian: in a
 * stratum of n units with m events, P(these m | m) = exp(Σ_events x·β) / Σ over every m-subset exp(Σ x·β). The sum
 * over subsets is built by the recursion of Gail, Lubin and Rubinstein (1981), B(k, j) = B(k, j−1) + r_j·B(k−1, j−1),
 * differentiated twice along with it.
 */

/** An observation as the likelihood needs it. */
interface Obs {
  y: 0 | 1;
  x: number[];
}

/** The log-likelihood at β with its gradient and Hessian. */
export interface LogLikelihoodAt {
  logLik: number;
  gradient: number[];
  hessian: number[][];
}

/** log L of one stratum, with derivatives; covariates are centred in the stratum (the likelihood is unchanged). */
function stratum(obs: Obs[], beta: number[]): LogLikelihoodAt {
  const p = beta.length;
  const mean = beta.map((_, j) => obs.reduce((a, o) => a + o.x[j], 0) / obs.length);
  const xs = obs.map((o) => o.x.map((v, j) => v - mean[j]));
  const m = obs.filter((o) => o.y === 1).length;
  const zeros = () => new Array<number>(p).fill(0);
  const zeros2 = () => beta.map(() => zeros());
  // B[k], dB[k], d2B[k] for k = 0 … m, over the units seen so far (updated in place from k = m down to 1).
  const B = [1, ...new Array<number>(m).fill(0)];
  const dB = Array.from({ length: m + 1 }, zeros);
  const d2B = Array.from({ length: m + 1 }, zeros2);
  for (const x of xs) {
    const r = Math.exp(x.reduce((a, v, j) => a + v * beta[j], 0));
    for (let k = m; k >= 1; k--) {
      for (let i = 0; i < p; i++)
        for (let j = 0; j < p; j++)
          d2B[k][i][j] += r * (x[i] * x[j] * B[k - 1] + x[i] * dB[k - 1][j] + dB[k - 1][i] * x[j] + d2B[k - 1][i][j]);
      for (let i = 0; i < p; i++) dB[k][i] += r * (x[i] * B[k - 1] + dB[k - 1][i]);
      B[k] += r * B[k - 1];
    }
  }
  const events = zeros();
  xs.forEach((x, u) => {
    if (obs[u].y === 1) for (let j = 0; j < p; j++) events[j] += x[j];
  });
  const logLik = events.reduce((a, v, j) => a + v * beta[j], 0) - Math.log(B[m]);
  const gradient = events.map((v, j) => v - dB[m][j] / B[m]);
  const hessian = beta.map((_, i) =>
    beta.map((__, j) => -(d2B[m][i][j] / B[m] - (dB[m][i] * dB[m][j]) / (B[m] * B[m]))),
  );
  return { logLik, gradient, hessian };
}

/**
 * The conditional log-likelihood of every stratum together at β, with gradient and Hessian.
 *
 * @example strataLogLikelihood([[{ y: 1, x: [1] }, { y: 0, x: [0] }]], [0]).logLik // log(1/2)
 */
export function strataLogLikelihood(strata: Obs[][], beta: number[]): LogLikelihoodAt {
  const total: LogLikelihoodAt = {
    logLik: 0,
    gradient: beta.map(() => 0),
    hessian: beta.map(() => beta.map(() => 0)),
  };
  for (const s of strata) {
    const one = stratum(s, beta);
    total.logLik += one.logLik;
    for (let i = 0; i < beta.length; i++) {
      total.gradient[i] += one.gradient[i];
      for (let j = 0; j < beta.length; j++) total.hessian[i][j] += one.hessian[i][j];
    }
  }
  return total;
}
