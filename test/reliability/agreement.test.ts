import { strict as assert } from "assert";
import { isDefined, pairwiseAgreement, percentAgreement } from "../../lib/reliability";
import { ABSTRACTORS, BEN_GERRY, FOUR_RATERS, near } from "./fixtures";

describe("reliability: agreement", () => {
  // irrCAC raw/test_gwet.py: raw_4raters pa 0.818.
  it("pairwise agreement of many coders against irrCAC", () => {
    near(pairwiseAgreement(FOUR_RATERS), 0.818);
    // Gwet's handbook p_a = 0.8182 over the eleven units with two or more ratings (quoted to 4 decimals).
    near(pairwiseAgreement(FOUR_RATERS), 0.8182, 4);
    near(pairwiseAgreement(BEN_GERRY), 0.727);
  });
  it("percent agreement of the 3×3 table is (13 + 20 + 56) / 100", () => {
    assert.equal(percentAgreement(...ABSTRACTORS), 0.89);
  });
  it("drops units where either coder is missing", () => {
    assert.equal(percentAgreement([1, null, 0], [1, 0, 1]), 0.5);
  });
  it("pairwise agreement of three coders: (1 + 1/3 + 1/3) / 3; of two, percent agreement", () => {
    near(
      pairwiseAgreement([
        [1, 0, 1],
        [1, 0, 0],
        [1, 1, 1],
      ]),
      (1 + 1 / 3 + 1 / 3) / 3,
      12,
    );
    assert.equal(
      pairwiseAgreement([
        [1, 0, 1, 1],
        [1, 0, 0, 1],
      ]),
      0.75,
    );
    assert.equal(isDefined(pairwiseAgreement([[1], [null]])), false);
  });
});
