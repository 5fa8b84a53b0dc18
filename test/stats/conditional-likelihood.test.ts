import { strict as assert } from "assert";
import { strataLogLikelihood } from "../../lib/stats/conditional-likelihood";
import { near } from "./near";

describe("stats: the exact conditional likelihood", () => {
  it("sums over every subset of the stratum's size: 2 events among x = 0, 1, 2 at β = 1", () => {
    // Events at x = 1 and 2: exp(3) / (exp(0+1) + exp(0+2) + exp(1+2)), by hand.
    const s = [
      { y: 0 as const, x: [0] },
      { y: 1 as const, x: [1] },
      { y: 1 as const, x: [2] },
    ];
    const at = strataLogLikelihood([s], [1]);
    near(at.logLik, 3 - Math.log(Math.exp(1) + Math.exp(2) + Math.exp(3)), 1e-12, "log L");
  });

  it("has the gradient and Hessian of a numerical difference", () => {
    const s = [
      { y: 1 as const, x: [0.5, 1] },
      { y: 0 as const, x: [1.5, 0] },
      { y: 1 as const, x: [-1, 2] },
      { y: 0 as const, x: [0, -1] },
    ];
    const beta = [0.3, -0.2];
    const at = strataLogLikelihood([s], beta);
    const h = 1e-5;
    for (let j = 0; j < 2; j++) {
      const up = beta.map((b, i) => (i === j ? b + h : b));
      const down = beta.map((b, i) => (i === j ? b - h : b));
      const a = strataLogLikelihood([s], up);
      const b = strataLogLikelihood([s], down);
      near(at.gradient[j], (a.logLik - b.logLik) / (2 * h), 1e-6, `gradient ${j}`);
      for (let k = 0; k < 2; k++)
        near(at.hessian[j][k], (a.gradient[k] - b.gradient[k]) / (2 * h), 1e-6, `hessian ${j},${k}`);
    }
    assert.equal(strataLogLikelihood([], [0]).logLik, 0);
  });
});
