import { brennanPrediger } from "../../lib/reliability";
import { BEN_GERRY, FIVE_OBSERVERS, FOUR_RATERS, G1G2, GENDER, near } from "./fixtures";

describe("reliability: Brennan–Prediger against irrCAC", () => {
  // irrCAC raw/test_bp.py: 0.773, 0.487, 0.679, 0.183, 0.659.
  it("Brennan–Prediger", () => {
    near(brennanPrediger(FOUR_RATERS), 0.773);
    near(brennanPrediger(FIVE_OBSERVERS), 0.487);
    near(brennanPrediger(G1G2), 0.679);
    near(brennanPrediger(GENDER), 0.183);
    near(brennanPrediger(BEN_GERRY), 0.659);
  });
  // By hand: pa = 3/4, two categories so pe = 1/2: (3/4 - 1/2) / (1/2) = 0.5.
  it("the documented example: 0.5", () =>
    near(
      brennanPrediger(
        [
          [1, 1, 0, 0],
          [1, 0, 0, 0],
        ],
        [0, 1],
      ),
      0.5,
      12,
    ));
});
