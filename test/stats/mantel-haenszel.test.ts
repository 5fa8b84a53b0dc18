import { strict as assert } from "assert";
import { ArgumentError } from "../../lib/core";
import { mantelHaenszel } from "../../lib/stats";
import { near } from "./near";
import { RABBITS } from "./rabbits";

describe("stats: Cochran–Mantel–Haenszel", () => {
  // R's mantelhaen.test documentation: "## => p = 0.047, some evidence for higher cure rate of immediate injection".
  // R 4.2.2 prints Mantel-Haenszel X-squared = 3.9286, p-value = 0.04747, common odds ratio 7, 95% CI 1.0267–47.725.
  it("reproduces R's mantelhaen.test on the rabbits data: X² = 3.9286, p = 0.047, MH OR 7 [1.027, 47.73]", () => {
    const r = mantelHaenszel(RABBITS);
    near(r.statistic, 3.9285714, 1e-6, "X²");
    near(r.p, 0.04747, 5e-5, "p");
    assert.equal(r.corrected, true);
    near(r.oddsRatio?.estimate, 7, 1e-12, "MH odds ratio");
    near(r.oddsRatio?.lower, 1.026712688, 1e-8, "RBG lower");
    near(r.oddsRatio?.upper, 47.72513338, 1e-6, "RBG upper");
  });

  it("without the correction gives R's correct = FALSE statistic 5.6571 (p = 0.0174)", () => {
    const r = mantelHaenszel(RABBITS, { correct: false });
    near(r.statistic, 5.6571429, 1e-6, "X²");
    near(r.p, 0.017384, 5e-6, "p");
  });

  it("adds up by hand: Σa = 16, ΣE = 13, and the Mantel–Fleiss margin is 4 (below 5: read the exact test)", () => {
    // E per stratum: 0·6/11, 3·6/12, 8·6/12, 11·6/12, 7·2/7 → 0 + 1.5 + 4 + 5.5 + 2 = 13.
    // Σ min a = 0+0+2+5+2 = 9, Σ max a = 0+3+6+6+2 = 17: min(13 − 9, 17 − 13) = 4.
    const r = mantelHaenszel(RABBITS);
    assert.equal(r.observed, 16);
    near(r.expected, 13, 1e-12);
    near(r.mantelFleiss, 4, 1e-12);
    assert.equal(r.strata, 5);
  });

  it("on one table equals Pearson's χ² × (n − 1)/n with Yates' correction", () => {
    // [[3,1],[1,3]]: |a − E| = 1, corrected 0.5; V = 4·4·4·4/(64·7) = 4/7; X² = 0.25/(4/7) = 0.4375.
    near(
      mantelHaenszel([
        [
          [3, 1],
          [1, 3],
        ],
      ]).statistic,
      0.4375,
      1e-12,
    );
  });

  it("leaves out strata with fewer than 2 units and has no odds ratio when a sum is 0", () => {
    const r = mantelHaenszel([
      [
        [1, 0],
        [0, 0],
      ],
      [
        [2, 0],
        [0, 2],
      ],
    ]);
    assert.equal(r.strata, 1);
    assert.equal(r.oddsRatio, null);
    assert.throws(
      () =>
        mantelHaenszel([
          [
            [1.5, 0],
            [0, 1],
          ],
        ]),
      ArgumentError,
    );
  });
});
