import { strict as assert } from "assert";
import { bootstrapCI, codersOf, gwetAC1, krippendorffAlpha, themeIntervals } from "../../lib/reliability";
import { paradoxData } from "./fixtures";

describe("reliability: alpha and AC1 per theme with bootstrap intervals", () => {
  const { a, b, coders } = paradoxData();
  const [t] = themeIntervals(coders, ["common"], { reps: 100, seed: 3 });
  it("uses the 20 units both coders coded, with the point estimates of the whole sample", () => {
    assert.equal(t.units, 20);
    assert.equal(t.krippAlpha, krippendorffAlpha([a, b]));
    assert.equal(t.gwetAC1, gwetAC1([a, b], [0, 1]));
  });
  it("the intervals are bootstrapCI's over those units, with the same seed", () => {
    const units = a.map((v, i) => [v, b[i]]);
    assert.deepEqual(
      t.alphaInterval,
      bootstrapCI((us) => krippendorffAlpha(codersOf(us)), units, { reps: 100, seed: 3 }),
    );
    assert.deepEqual(
      t.ac1Interval,
      bootstrapCI((us) => gwetAC1(codersOf(us), [0, 1]), units, { reps: 100, seed: 3 }),
    );
  });
  it("a theme nobody coded has no units and says so", () => {
    const [none] = themeIntervals(coders, ["absent"], { reps: 10 });
    assert.equal(none.units, 0);
    assert.deepEqual(none.krippAlpha, { value: null, reason: "no units" });
    assert.ok("reason" in none.alphaInterval);
  });
});
