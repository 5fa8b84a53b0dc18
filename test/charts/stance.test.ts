import { strict as assert } from "assert";
import { loadEvents, renderSvg, STANCE_SPAN, stanceTimeline, yearlyMeans } from "../../lib/charts";
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

describe("charts: stanceTimeline with named units", () => {
  const named = STANCE.map((p, i) => ({
    ...p,
    countryName: `Country ${i}`,
    speaker: "",
    evidence: i ? "" : "A sentence.",
  }));
  const spec = stanceTimeline(named, [], { periods: PERIODS });

  it("names the unit in the tooltip and lists the passages of a brushed span under the plot", () => {
    const [plot, list] = spec.vconcat as Array<Record<string, unknown>>;
    const points = (plot.layer as Array<Record<string, unknown>>).find((l) => l.name === "stance_points")!;
    assert.deepEqual([points.data, list.data], [{ name: "stance_units" }, { name: "stance_units" }]);
    const values = (spec.datasets as Record<string, Array<Record<string, unknown>>>).stance_units;
    assert.deepEqual(
      values.map((v) => [v.who, v.evidence]),
      [
        ["Country 0 · x1", "A sentence."],
        ["Country 1 · x2", ""],
        ["Country 2 · x3", ""],
        ["Country 3 · x4", ""],
      ],
    );
    assert.deepEqual(spec.params, [
      { name: STANCE_SPAN, select: { type: "interval", encodings: ["x"] }, views: ["stance_points"] },
    ]);
    assert.deepEqual((list.transform as unknown[])[0], { filter: { param: STANCE_SPAN, empty: false } });
  });

  it("still draws one point per unit and the yearly means", async () => {
    const svg = await renderSvg(spec);
    assert.deepEqual(markItems(svg, "symbol"), [4, 3]);
  });

  it("without names the chart is a single plot, as before", () => {
    assert.equal(stanceTimeline(STANCE, []).vconcat, undefined);
  });
});
