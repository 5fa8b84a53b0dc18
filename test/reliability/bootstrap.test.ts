import { strict as assert } from "assert";
import { bootstrapCI, codersOf, codesByUnit, krippendorffAlpha, quantile } from "../../lib/reliability";
import { FOUR_RATERS } from "./fixtures";

describe("reliability: seeded bootstrap", () => {
  const units = codesByUnit(FOUR_RATERS);
  const stat = (us: (number | null)[][]) => krippendorffAlpha(codersOf(us));
  it("same seed, same interval; another seed, another interval", () => {
    const x = bootstrapCI(stat, units, { reps: 300, seed: 7 });
    const y = bootstrapCI(stat, units, { reps: 300, seed: 7 });
    const z = bootstrapCI(stat, units, { reps: 300, seed: 8 });
    assert.deepEqual(x, y);
    assert.notDeepEqual(x, z);
  });
  it("the interval is ordered, at the level asked, and brackets the estimate", () => {
    const ci = bootstrapCI(stat, units, { reps: 500, seed: "kosovo", level: 0.9 });
    assert.ok("lower" in ci);
    if (!("lower" in ci)) return;
    assert.equal(ci.level, 0.9);
    assert.ok(ci.lower <= 0.743 && 0.743 <= ci.upper, `${ci.lower}..${ci.upper}`);
    assert.ok(ci.upper <= 1);
  });
  it("a constant sample gives a reason, not an interval", () => {
    const flat = codesByUnit([
      [1, 1, 1],
      [1, 1, 1],
    ]);
    const ci = bootstrapCI(stat, flat, { reps: 50, seed: 1 });
    assert.ok("reason" in ci);
  });
  it("one unit cannot be resampled", () => {
    assert.deepEqual(bootstrapCI(stat, [[1, 1]]), { value: null, reason: "a bootstrap needs at least two units" });
  });
  it("quantiles interpolate linearly (R's type 7): median of 1..4 is 2.5, 90% is 3.7", () => {
    assert.equal(quantile([1, 2, 3, 4], 0.5), 2.5);
    assert.ok(Math.abs(quantile([1, 2, 3, 4], 0.9) - 3.7) < 1e-12);
    assert.equal(quantile([5], 0.975), 5);
  });
});
