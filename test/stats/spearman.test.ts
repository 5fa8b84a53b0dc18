import { strict as assert } from "assert";
import { ArgumentError } from "../../lib/core";
import { spearmanRho } from "../../lib/stats";
import { HW_X, HW_Y } from "./hollander-wolfe";

describe("stats: Spearman's rho", () => {
  it("gives rho = 0.6 for R's cor.test example data (Hollander & Wolfe 1973, p. 188)", () => {
    const x = HW_X;
    const y = HW_Y;
    // Spearman's rho for the same data, by hand: sum of squared rank differences 48, 1 − 6·48/(9·80) = 0.6.
    assert.ok(Math.abs((spearmanRho(x, y) ?? NaN) - 0.6) < 1e-12);
  });

  it("is −1 for reversed ranks, null for a constant variable, and rejects arrays of different lengths", () => {
    assert.equal(spearmanRho([1, 2, 3], [3, 2, 1]), -1);
    assert.equal(spearmanRho([1, 1, 1], [1, 2, 3]), null);
    assert.throws(() => spearmanRho([1, 2], [1]), ArgumentError);
  });
});
