import { strict as assert } from "assert";
import { riskDifference } from "../../lib/stats";
import { near } from "./near";

describe("stats: difference of proportions (Wald interval)", () => {
  // Agresti, An Introduction to Categorical Data Analysis (3rd ed., 2019), §2.2.2, Table 2.2
  // (Physicians' Health Study): placebo 189 MI of 11,034; aspirin 104 of 11,037.
  it("reproduces Agresti's aspirin example: difference of proportions 0.0077", () => {
    const d = riskDifference(189, 11034, 104, 11037);
    near(d?.estimate, 0.0077, 5e-5, "difference");
    // The Wald interval of eq. (2.1), by hand: SE = sqrt(.01713·.98287/11034 + .00942·.99058/11037) = 0.00154
    near(d?.lower, 0.0047, 1e-4, "lower");
    near(d?.upper, 0.0107, 1e-4, "upper");
  });

  it("has no estimate when a group is empty, and clips the interval to [−1, 1]", () => {
    assert.equal(riskDifference(1, 0, 1, 2), null);
    const d = riskDifference(2, 2, 0, 3);
    near(d?.estimate, 1, 1e-12);
    assert.equal(d?.upper, 1);
  });
});
