import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { ArgumentError } from "../../lib/core";
import { type StratifiedObservation, conditionalLogit, exactConditional } from "../../lib/stats";
import { near } from "./near";
import { RABBITS } from "./rabbits";

/** R's `infert` data (datasets package; Trichopoulos et al. 1976): stratum, case, spontaneous, induced. */
function infert(): StratifiedObservation[] {
  const file = path.join(__dirname, "..", "fixtures", "stats", "infert.csv");
  return fs
    .readFileSync(file, "utf8")
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => line.split(",").map(Number))
    .map(([stratum, y, spontaneous, induced]) => ({
      stratum: String(stratum),
      y: y as 0 | 1,
      x: [spontaneous, induced],
    }));
}

/** The rabbits tables as one observation per rabbit: x = immediate injection, y = cured. */
function rabbits(): StratifiedObservation[] {
  const out: StratifiedObservation[] = [];
  for (const [k, t] of RABBITS.entries())
    for (const [i, row] of t.entries())
      for (const [j, n] of row.entries())
        for (let u = 0; u < n; u++) out.push({ stratum: `level ${k + 1}`, y: j === 0 ? 1 : 0, x: [i === 0 ? 1 : 0] });
  return out;
}

describe("stats: conditional logistic regression", () => {
  // R's survival::clogit documentation example, clogit(case ~ spontaneous + induced + strata(stratum), infert):
  // R 4.2.2 / survival 3.5-3 prints coef 1.985876 (se 0.352444) and 1.409012 (se 0.360712), loglik −90.779 → −64.202,
  // likelihood ratio test 53.15 on 2 df.
  it("reproduces R's clogit example on the infert data", () => {
    const fit = conditionalLogit(infert(), ["spontaneous", "induced"]);
    const [sp, ind] = fit.coefficients;
    near(sp.estimate, 1.9858755, 1e-6, "spontaneous");
    near(sp.se, 0.3524435, 1e-6, "se spontaneous");
    near(ind.estimate, 1.4090116, 1e-6, "induced");
    near(ind.se, 0.3607124, 1e-6, "se induced");
    near(fit.logLikNull, -90.77935485, 1e-6, "null loglik");
    near(fit.logLik, -64.20223692, 1e-6, "loglik");
    near(fit.lrStatistic, 53.15, 5e-3, "LR");
    assert.equal(fit.converged, true);
    assert.equal(fit.informativeStrata, 83);
  });

  it("with several events per stratum gives the conditional MLE of mantelhaen.test(exact = TRUE): 10.36", () => {
    // The exact conditional likelihood of a binary covariate is the non-central hypergeometric one.
    const fit = conditionalLogit(rabbits(), ["immediate"]);
    near(fit.coefficients[0].oddsRatio, exactConditional(RABBITS).oddsRatio!.estimate, 1e-6, "odds ratio");
    near(fit.coefficients[0].se, 1.129329, 1e-5, "se (R's clogit, method = 'exact')");
    assert.equal(fit.informativeStrata, 3);
    assert.equal(fit.strata, 5);
  });

  it("says when the data separate: a coefficient running off to infinity, with the likelihood-ratio p", () => {
    // Four strata, each with one event at x = 1 and two non-events at x = 0: the MLE is +∞.
    // LR: the log-likelihood rises from 4·log(1/3) to 0, so LR = 8·log 3 = 8.789.
    const data: StratifiedObservation[] = [];
    for (let k = 0; k < 4; k++)
      data.push(
        { stratum: `${k}`, y: 1, x: [1] },
        { stratum: `${k}`, y: 0, x: [0] },
        { stratum: `${k}`, y: 0, x: [0] },
      );
    const fit = conditionalLogit(data, ["x"]);
    assert.equal(fit.separated, true);
    assert.equal(fit.coefficients[0].estimate, Number.POSITIVE_INFINITY);
    assert.equal(fit.coefficients[0].p, null);
    near(fit.lrStatistic, 8 * Math.log(3), 1e-6, "LR");
  });

  it("rejects an outcome that is not 0/1 and covariates that do not match the names", () => {
    assert.throws(() => conditionalLogit([{ stratum: "a", y: 2 as 0, x: [1] }], ["x"]), ArgumentError);
    assert.throws(() => conditionalLogit([{ stratum: "a", y: 1, x: [1, 2] }], ["x"]), ArgumentError);
  });
});
