import { strict as assert } from "assert";
import { oddsRatio } from "../../lib/stats";
import { near } from "./near";

describe("stats: odds ratio", () => {
  // Agresti, An Introduction to Categorical Data Analysis (3rd ed., 2019), §2.2.2 and §2.3.2–2.3.3, Table 2.2
  // (Physicians' Health Study): placebo 189 MI of 11,034; aspirin 104 of 11,037.
  it("reproduces Agresti's aspirin example: odds ratio 1.832, 95% CI (1.44, 2.33)", () => {
    const o = oddsRatio([
      [189, 10845],
      [104, 10933],
    ]);
    near(o?.estimate, 1.832, 5e-4, "OR");
    near(o?.lower, 1.44, 5e-3, "lower");
    near(o?.upper, 2.33, 5e-3, "upper");
    assert.equal(o?.haldane, false);
  });

  it("applies the Haldane–Anscombe correction when a cell is 0, and says so", () => {
    const o = oddsRatio([
      [2, 0],
      [0, 3],
    ]);
    // (2.5·3.5)/(0.5·0.5) = 35
    near(o?.estimate, 35, 1e-9);
    assert.equal(o?.haldane, true);
    assert.match(o?.note ?? "", /Haldane/);
    assert.equal(
      oddsRatio([
        [0, 0],
        [1, 3],
      ]),
      null,
    );
  });
});
