import { strict as assert } from "assert";
import { loadEvents, renderSvg, stanceTimeline, yearlyMeans } from "../../lib/charts";
import { markItems, PERIODS, STANCE } from "./fixtures";

describe("charts: stanceTimeline", () => {
  it("draws one rule and one label per event, one point per unit, and the yearly means", async () => {
    const svg = await renderSvg(stanceTimeline(STANCE, loadEvents(), { periods: PERIODS }));
    assert.deepEqual(markItems(svg, "rule"), [5]);
    for (const label of [
      "Kosovo declares independence",
      "ICJ advisory opinion",
      "Brussels agreement",
      "Banjska attack",
      "Dinar ban in force",
    ]) {
      assert.ok(svg.includes(`>${label}</text>`), label);
    }
    // symbols: the 4 unit points, then the 3 yearly-mean points (2009, 2015, 2022)
    assert.deepEqual(markItems(svg, "symbol"), [4, 3]);
    assert.deepEqual(markItems(svg, "rect"), [3]);
  });
  it("yearly means are plain averages: 2009 → (0 + 1/3) / 2", () => {
    assert.deepEqual(yearlyMeans(STANCE), [
      { year: 2009, mean: 0.1667, n: 2 },
      { year: 2015, mean: 0.6667, n: 1 },
      { year: 2022, mean: 1, n: 1 },
    ]);
  });
});
