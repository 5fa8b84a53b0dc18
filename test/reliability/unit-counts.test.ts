import { strict as assert } from "assert";
import { gwetPa, gwetPi, multiCoderChecks, unitCounts } from "../../lib/reliability/unit-counts";

describe("reliability: counts per unit and category (irrCAC layout)", () => {
  // Two coders, three units: (1, 1), (0, 1), and a unit nobody coded.
  const c = unitCounts([
    [1, 0, null],
    [1, 1, null],
  ]);
  it("counts coders per category for each unit coded at least once", () => {
    assert.deepEqual(c, {
      cats: [0, 1],
      counts: [
        [0, 2],
        [1, 1],
      ],
      r: [2, 2],
    });
  });
  it("adds categories nobody used when asked", () => {
    assert.deepEqual(unitCounts([[1], [1]], [0, 1, 2]).counts, [[0, 2, 0]]);
  });
  it("pa: the first unit's pair agrees, the second's does not → 0.5", () => {
    assert.equal(gwetPa(c), 0.5);
  });
  it("prevalence: unit 1 all 1s, unit 2 half → pi = [0.25, 0.75]", () => {
    assert.deepEqual(gwetPi(c), [0.25, 0.75]);
  });
  it("needs two units coded twice", () => {
    assert.equal(multiCoderChecks(c), null);
    assert.deepEqual(multiCoderChecks(unitCounts([[1], [1]])), {
      value: null,
      reason: "only one unit was coded by two or more coders",
    });
    assert.match(multiCoderChecks(unitCounts([[1, null]]))?.reason ?? "", /no unit/);
  });
});
