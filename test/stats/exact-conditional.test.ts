import { strict as assert } from "assert";
import { conditionalOddsRatio, exactConditional } from "../../lib/stats";
import { near } from "./near";
import { RABBITS } from "./rabbits";

const relNear = (actual: number | undefined, expected: number, rel: number, what: string) =>
  near(actual, expected, Math.abs(expected) * rel, what);

/** P(S ≤ s) or P(S ≥ s) under odds ratio psi for one 2×2 table's margins, from binomial coefficients. */
function tail(t: [[number, number], [number, number]], psi: number, upper: boolean): number {
  const [[a, b], [c, d]] = t;
  const choose = (n: number, k: number) => {
    let r = 1;
    for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
    return r;
  };
  const [r1, r2, c1] = [a + b, c + d, a + c];
  let num = 0;
  let den = 0;
  for (let k = Math.max(0, c1 - r2); k <= Math.min(r1, c1); k++) {
    const w = choose(r1, k) * choose(r2, c1 - k) * psi ** k;
    den += w;
    if (upper ? k >= a : k <= a) num += w;
  }
  return num / den;
}

describe("stats: exact conditional inference (fisher.test, mantelhaen.test(exact = TRUE))", () => {
  // R's mantelhaen.test documentation: "## => p - 0.040" (exact) and "## => p = 0.020" (exact, "greater").
  // R 4.2.2 prints S = 16, p = 0.03994, common odds ratio 10.36102, 95% CI 1.077401–529.8374.
  it("reproduces R's exact test on the rabbits data: p = 0.040, one-sided 0.020, conditional MLE 10.36", () => {
    const r = exactConditional(RABBITS);
    assert.equal(r.statistic, 16);
    assert.deepEqual(r.support, [9, 17]);
    near(r.p, 0.0399449, 1e-6, "two-sided");
    near(r.pGreater, 0.01997245, 1e-7, "greater");
    relNear(r.oddsRatio?.estimate, 10.36102408, 1e-5, "conditional MLE");
    // R's uniroot stops at a tolerance of 1.2e-4 on 1/ψ, so its printed limits agree to about 1%.
    relNear(r.oddsRatio?.lower, 1.07740143, 1e-3, "lower");
    relNear(r.oddsRatio?.upper, 529.837399, 1e-2, "upper");
    assert.equal(r.informative, 3);
  });

  // R's fisher.test documentation, TeaTasting: p = 0.4857, odds ratio 6.408309, 95% CI 0.2117329–621.9338.
  it("reproduces R's fisher.test on the tea-tasting table: conditional MLE 6.408, CI [0.2117, 622]", () => {
    const o = conditionalOddsRatio([
      [3, 1],
      [1, 3],
    ]);
    relNear(o?.estimate, 6.408309, 1e-5, "MLE");
    relNear(o?.lower, 0.2117329, 1e-4, "lower");
    relNear(o?.upper, 621.9338, 1e-2, "upper");
    near(
      exactConditional([
        [
          [3, 1],
          [1, 3],
        ],
      ]).p,
      34 / 70,
      1e-12,
      "p",
    );
  });

  it("solves the defining equations exactly: at the limits each tail is 0.025, at the MLE E[S] = 3", () => {
    const t: [[number, number], [number, number]] = [
      [3, 1],
      [1, 3],
    ];
    const o = conditionalOddsRatio(t)!;
    near(tail(t, o.lower, true), 0.025, 1e-9, "P(S ≥ 3) at the lower limit");
    near(tail(t, o.upper, false), 0.025, 1e-9, "P(S ≤ 3) at the upper limit");
    // E[S] under ψ: Σ k·C(4,k)C(4,4−k)ψ^k / Σ C(4,k)C(4,4−k)ψ^k.
    const w = [1, 16, 36, 16, 1].map((c, k) => c * o.estimate ** k);
    near(w.reduce((s, x, k) => s + k * x, 0) / w.reduce((s, x) => s + x, 0), 3, 1e-9, "E[S]");
  });

  // R's fisher.test documentation, Convictions (Fisher 1962): odds ratio 0.04693661, 95% CI 0.003325764–0.3631823.
  it("reproduces R's fisher.test on Fisher's convictions of twins: 0.0469 [0.00333, 0.363]", () => {
    const o = conditionalOddsRatio([
      [2, 15],
      [10, 3],
    ]);
    relNear(o?.estimate, 0.04693661, 1e-5, "MLE");
    relNear(o?.lower, 0.003325764, 1e-2, "lower");
    relNear(o?.upper, 0.3631823, 1e-3, "upper");
  });

  it("gives an infinite estimate with a finite lower limit when a cell is 0 (no 0.5 added)", () => {
    // 4 of 18 against 0 of 39: S = 4 is the largest possible value, so the MLE is infinite.
    const t: [[number, number], [number, number]] = [
      [4, 14],
      [0, 39],
    ];
    const o = conditionalOddsRatio(t)!;
    assert.equal(o.estimate, Number.POSITIVE_INFINITY);
    assert.equal(o.upper, Number.POSITIVE_INFINITY);
    near(tail(t, o.lower, true), 0.025, 1e-9, "P(S ≥ 4) at the lower limit");
    assert.equal(
      conditionalOddsRatio([
        [0, 3],
        [0, 2],
      ]),
      null,
    );
  });
});
