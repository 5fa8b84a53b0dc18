import { strict as assert } from "assert";
import { isDefined, krippendorffAlpha } from "../../lib/reliability";
import { BEN_GERRY, FIVE_OBSERVERS, FOUR_RATERS, G1G2, GENDER, near, THREE_OBSERVERS } from "./fixtures";

describe("reliability: Krippendorff's alpha against published values", () => {
  // Krippendorff (2011) prints 0.743; irrCAC test_krippendorff.py test_krippendorff_kappa_raw4raters: 0.743.
  it("four coders with missing values, nominal: 0.743", () => near(krippendorffAlpha(FOUR_RATERS, "nominal"), 0.743));
  // Krippendorff (2011) example A, binary data, two observers, no missing values: alpha = 0.095
  // (data and value as quoted in published tests reproducing the paper's examples A and C).
  // By hand: n = 20 values, six 1s and fourteen 0s, o_01 = 4, so alpha = 1 - 19·4/(14·6) = 8/84.
  it("two observers, binary (example A): 0.095 = 8/84", () => {
    const alpha = krippendorffAlpha([
      [0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
      [1, 1, 1, 0, 0, 1, 0, 0, 0, 0],
    ]);
    near(alpha, 0.095);
    near(alpha, 8 / 84, 12);
  });
  // fast-krippendorff tests/test_krippendorff.py test_ordinal_metric: round(res, 3) == 0.815.
  it("same data, ordinal: 0.815", () => near(krippendorffAlpha(FOUR_RATERS, "ordinal"), 0.815));
  // Krippendorff (2011), interval metric on the same data: 0.849 (quoted with the nominal and
  // ordinal values in a published test suite that reproduces the paper's three printed answers).
  it("same data, interval: 0.849", () => near(krippendorffAlpha(FOUR_RATERS, "interval"), 0.849));
  // fast-krippendorff tests/test_krippendorff.py test_ratio_metric: round(res, 3) == 0.797.
  it("same data, ratio: 0.797", () => near(krippendorffAlpha(FOUR_RATERS, "ratio"), 0.797));
  // fast-krippendorff test_nominal_metric_reliability_data: round(res, 6) == 0.691358.
  it("three coders, fifteen units, nominal: 0.691358", () =>
    near(krippendorffAlpha(THREE_OBSERVERS, "nominal"), 0.691358, 6));
  // fast-krippendorff test_interval_metric: round(res, 6) == 0.810845.
  it("three coders, fifteen units, interval: 0.810845", () =>
    near(krippendorffAlpha(THREE_OBSERVERS, "interval"), 0.810845, 6));
  // irrCAC raw/test_krippendorff.py: ben_gerry 0.665, raw_5observers 0.481, raw_g1g2 0.632, raw_gender 0.143.
  it("irrCAC raw data sets: 0.665, 0.481, 0.632, 0.143", () => {
    near(krippendorffAlpha(BEN_GERRY), 0.665);
    near(krippendorffAlpha(FIVE_OBSERVERS), 0.481);
    near(krippendorffAlpha(G1G2), 0.632);
    near(krippendorffAlpha(GENDER), 0.143);
  });
  it("levels differ on ordered data (the difference function is used)", () => {
    const a = krippendorffAlpha(FOUR_RATERS, "nominal");
    const b = krippendorffAlpha(FOUR_RATERS, "interval");
    assert.ok(isDefined(a) && isDefined(b) && Math.abs(a - b) > 0.05);
  });
});
