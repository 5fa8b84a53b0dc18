import { strict as assert } from "assert";
import { conditionalDistribution, densityAt, tailAt } from "../../lib/stats/conditional-distribution";
import { near } from "./near";

describe("stats: the conditional distribution of 2×2 tables with fixed margins", () => {
  it("is the hypergeometric for one table: the tea-tasting table gives 1, 16, 36, 16, 1 over 70", () => {
    const d = conditionalDistribution([
      [
        [3, 1],
        [1, 3],
      ],
    ]);
    assert.deepEqual([d.lo, d.hi, d.observed], [0, 4, 3]);
    for (const [i, p] of densityAt(d, 0).entries()) near(p, [1, 16, 36, 16, 1][i] / 70, 1e-12);
  });

  it("convolves two tables and tilts by ψ^s", () => {
    // Two tables each with one of two units in row 1 and one event: a_k ∈ {0, 1} with ½ each, so S ∈ {0, 1, 2}
    // with ¼, ½, ¼; tilted by ψ = 2: 1, 4, 4 over 9.
    const t: [[number, number], [number, number]] = [
      [1, 0],
      [0, 1],
    ];
    const d = conditionalDistribution([t, t]);
    for (const [i, p] of densityAt(d, 0).entries()) near(p, [0.25, 0.5, 0.25][i], 1e-12);
    for (const [i, p] of densityAt(d, Math.log(2)).entries()) near(p, [1, 4, 4][i] / 9, 1e-12);
    near(tailAt(d, 1, Math.log(2), false), 5 / 9, 1e-12);
  });
});
