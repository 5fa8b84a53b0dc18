import { strict as assert } from "assert";
import { decomposeChange } from "../../lib/timeline/decomposition";
import { near } from "../stats/near";

describe("timeline: Kitagawa's decomposition of a change in share", () => {
  it("splits a change into within, mix, entering and leaving parts that add up to the crude change", () => {
    // A: 2/10 → 6/10; B: 0/10 → 0/30; C only later: 3/10; D only earlier: 5/10.
    const d = decomposeChange([
      { key: "A", earlierPresent: 2, earlierUnits: 10, laterPresent: 6, laterUnits: 10 },
      { key: "B", earlierPresent: 0, earlierUnits: 10, laterPresent: 0, laterUnits: 30 },
      { key: "C", earlierPresent: 0, earlierUnits: 0, laterPresent: 3, laterUnits: 10 },
      { key: "D", earlierPresent: 5, earlierUnits: 10, laterPresent: 0, laterUnits: 0 },
    ])!;
    // By hand: early 7/30, late 9/50. Weights A 1/3 → 1/5, B 1/3 → 3/5.
    near(d.crude, 9 / 50 - 7 / 30, 1e-12, "crude");
    near(d.within, ((1 / 3 + 1 / 5) / 2) * 0.4, 1e-12, "within");
    near(d.mix, ((0.2 + 0.6) / 2) * (1 / 5 - 1 / 3), 1e-12, "mix");
    near(d.entering, (1 / 5) * 0.3, 1e-12, "entering");
    near(d.leaving, (1 / 3) * 0.5, 1e-12, "leaving");
    near(d.within + d.composition, d.crude, 1e-12, "adds up");
    assert.equal(
      decomposeChange([{ key: "A", earlierPresent: 0, earlierUnits: 0, laterPresent: 1, laterUnits: 2 }]),
      null,
    );
  });
});
