import { strict as assert } from "assert";
import { formatEstimate, formatFixed } from "../../lib/tables/numbers";

describe("tables: numbers", () => {
  it("never prints -0.00, prints ∞ for an infinite odds ratio and – for no value", () => {
    assert.equal(formatFixed(-0.001, 2), "0.00");
    assert.equal(formatFixed(-0, 2), "0.00");
    assert.equal(formatFixed(-0.25, 2), "-0.25");
    assert.equal(formatFixed(Number.POSITIVE_INFINITY), "∞");
    assert.equal(formatFixed(null), "–");
    assert.equal(
      formatEstimate({ estimate: Number.POSITIVE_INFINITY, lower: 1.594, upper: Number.POSITIVE_INFINITY }),
      "∞ [1.59, ∞]",
    );
    assert.equal(formatEstimate(null), "–");
  });
});
