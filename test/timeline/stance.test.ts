import { strict as assert } from "assert";
import { stanceBy, stanceOf, stancePerUnit } from "../../lib/timeline/stance";

/** The coding guide's weights, as `stanceWeights(loadCodebook())` gives them. */
const GUIDE = { sovereignty: 1, unilateral: 1, us_nato: 1, independence: -3 };
import { near } from "../stats/near";
import { periods, rows } from "./rows";

describe("timeline: stance", () => {
  it("scores (sovereignty + unilateral + us_nato − 3·independence)/3 in [−1, 1]", () => {
    assert.equal(stanceOf(rows[5].codes, GUIDE), 1);
    assert.equal(stanceOf(rows[2].codes, GUIDE), -1);
    near(stanceOf(rows[0].codes, GUIDE), 1 / 3, 1e-12);
    assert.equal(stanceOf({}, GUIDE), 0);
  });

  it("averages stance per year and group", () => {
    const s = stancePerUnit(rows, GUIDE, (r) => (r.country === "CHN" ? "China" : "Other actors"));
    const cells = stanceBy(s);
    const y2009 = cells.filter((c) => c.key === "2009").map((c) => [c.group, c.units, c.mean]);
    assert.deepEqual(y2009, [
      ["China", 1, 0],
      ["Other actors", 1, -1],
    ]);
    const byPeriod = stanceBy(s, periods)
      .filter((c) => c.group === "China")
      .map((c) => [c.key, c.units, Number(c.mean.toFixed(4))]);
    assert.deepEqual(byPeriod, [
      ["2008–2011", 2, 0.1667],
      ["2012–2020", 1, 0.6667],
      ["2021–2024", 1, 1],
    ]);
  });

  it("takes the weights as a parameter: Σ weight·presence / the sum of the positive weights", () => {
    // e1 has sovereignty and dialogue: (2·1 + 1·1 − 1·0) / (2 + 1) = 1; e3 has only independence: −1/3.
    const w = { sovereignty: 2, dialogue: 1, independence: -1 };
    assert.equal(stanceOf(rows[0].codes, w), 1);
    near(stanceOf(rows[2].codes, w), -1 / 3, 1e-12);
    const s = stancePerUnit(rows, w).find((u) => u.id === "e1");
    assert.deepEqual([s?.proSerbia, s?.proKosovo, s?.stance, s?.group], [3, 0, 1, "all"]);
  });

  it("sorts units by date (undated at mid-year), then id", () => {
    assert.deepEqual(
      stancePerUnit(rows, GUIDE).map((s) => s.id),
      ["x", "e1", "e2", "e3", "m1", "m2", "l1", "l2"],
    );
  });
});
