import { gwetAC1 } from "../../lib/reliability";
import { BEN_GERRY, FIVE_OBSERVERS, FOUR_RATERS, G1G2, GENDER, near } from "./fixtures";

describe("reliability: Gwet's AC1 against irrCAC", () => {
  // irrCAC raw/test_gwet.py: raw_4raters AC1 0.775; 5observers 0.497; g1g2 0.685; gender 0.208; ben_gerry 0.661.
  it("Gwet's AC1", () => {
    near(gwetAC1(FOUR_RATERS), 0.775);
    near(gwetAC1(FIVE_OBSERVERS), 0.497);
    near(gwetAC1(G1G2), 0.685);
    near(gwetAC1(GENDER), 0.208);
    near(gwetAC1(BEN_GERRY), 0.661);
  });
  // By hand: pa = 3/4; pi_1 = (1 + 1 + 1 + 1/2) / 4 = 7/8, pe = 2 · 7/8 · 1/8 = 7/32;
  // AC1 = (3/4 - 7/32) / (25/32) = 0.68.
  it("the documented example: 0.68", () =>
    near(
      gwetAC1(
        [
          [1, 1, 1, 0],
          [1, 1, 1, 1],
        ],
        [0, 1],
      ),
      0.68,
      12,
    ));
});
