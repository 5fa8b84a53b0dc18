import { strict as assert } from "assert";
import {
  cohenKappa,
  congerKappa,
  fleissKappa,
  krippendorffAlpha,
  percentAgreement,
  scottPi,
} from "../../lib/reliability";
import { ABSTRACTORS, BEN_GERRY, DIAGNOSIS, FIVE_OBSERVERS, FOUR_RATERS, G1G2, GENDER, near } from "./fixtures";

describe("reliability: Fleiss' and Conger's kappa against irrCAC", () => {
  // irrCAC raw/test_fleiss.py: 0.761, 0.458, 0.657, 0.129, 0.649.
  it("Fleiss' kappa (many-coder Scott's pi)", () => {
    near(fleissKappa(FOUR_RATERS), 0.761);
    near(fleissKappa(FIVE_OBSERVERS), 0.458);
    near(fleissKappa(G1G2), 0.657);
    near(fleissKappa(GENDER), 0.129);
    near(fleissKappa(BEN_GERRY), 0.649);
  });
  // irrCAC raw/test_conger.py: 0.763, 0.469, 0.659, 0.166, 0.657.
  it("Conger's kappa (many-coder Cohen's kappa)", () => {
    near(congerKappa(FOUR_RATERS), 0.763);
    near(congerKappa(FIVE_OBSERVERS), 0.469);
    near(congerKappa(G1G2), 0.659);
    near(congerKappa(GENDER), 0.166);
    near(congerKappa(BEN_GERRY), 0.657);
  });
});

describe("reliability: two-coder Cohen's kappa and Scott's pi against irrCAC", () => {
  // irrCAC table/test_cohen.py and test_scott.py: cont3x3abstractors 0.796 / 0.796; cont4x4diagnosis 0.432 / 0.430.
  it("Cohen's kappa", () => {
    near(cohenKappa(...ABSTRACTORS), 0.796);
    near(cohenKappa(...DIAGNOSIS), 0.432);
  });
  it("Scott's pi", () => {
    near(scottPi(...ABSTRACTORS), 0.796);
    near(scottPi(...DIAGNOSIS), 0.43);
  });
  it("with two complete coders, Conger = Cohen and Fleiss = Scott", () => {
    const [a, b] = DIAGNOSIS;
    near(congerKappa([a, b]), cohenKappa(a, b) as number, 12);
    near(fleissKappa([a, b]), scottPi(a, b) as number, 12);
  });
  it("hand-checked 2×2 case: pa 3/4, kappa 0.5, pi 0.4667, alpha 0.5333", () => {
    const a = [1, 1, 0, 0];
    const b = [1, 0, 0, 0];
    assert.equal(percentAgreement(a, b), 0.75);
    near(cohenKappa(a, b), 0.5, 12);
    near(scottPi(a, b), (0.75 - 0.53125) / (1 - 0.53125), 12);
    near(krippendorffAlpha([a, b]), 1 - 0.25 / (30 / 56), 12);
  });
});
