import { strict as assert } from "assert";
import { ArgumentError } from "../../lib/core";
import { brennanPrediger, fleissKappa, gwetAC1, krippendorffAlpha } from "../../lib/reliability";
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

  // Issue 20: gwetAC1(a, b), written by analogy with cohenKappa(a, b), threw "TypeError: row is not iterable".
  it("two coders' codes as two arguments, as cohenKappa takes them: the same value as the matrix", () => {
    const a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0];
    const b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0];
    // Krippendorff (2011) example A. By hand: pa = 6/10; pooled share of 1s = 6/20 = 0.3,
    // pe = 0.3 · 0.7 + 0.7 · 0.3 = 0.42; AC1 = (0.6 − 0.42) / (1 − 0.42) = 0.18 / 0.58 = 0.3103…
    near(gwetAC1(a, b), 0.18 / 0.58, 12);
    assert.deepEqual(gwetAC1(a, b), gwetAC1([a, b]));
    near(gwetAC1([1, 1, 1, 0], [1, 1, 1, 1], [0, 1]), 0.68, 12);
    near(brennanPrediger(a, b), 0.2, 12); // pe = 1/2: (0.6 − 0.5) / 0.5
  });

  it("a flat list where a matrix is expected: an ArgumentError that says how to call it", () => {
    const wrong = [0, 1, 0] as unknown as number[][];
    for (const call of [() => krippendorffAlpha(wrong), () => fleissKappa(wrong)])
      assert.throws(call, (e: Error) => e instanceof ArgumentError && /krippendorffAlpha\(\[a, b\]\)/.test(e.message));
    assert.throws(
      () => gwetAC1([0, 1, 0], [1, 1]),
      (e: Error) => e instanceof ArgumentError && /a second coder's codes, one per unit \(3\)/.test(e.message),
    );
  });
});
