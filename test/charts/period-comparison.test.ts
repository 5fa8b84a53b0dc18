import { strict as assert } from "assert";
import { periodComparison, renderSvg } from "../../lib/charts";
import { markItems, PERIOD_SHARES } from "./fixtures";

describe("charts: periodComparison", () => {
  it("periodComparison draws an error bar and a point per period and theme", async () => {
    const spec = periodComparison(PERIOD_SHARES);
    const svg = await renderSvg(spec);
    assert.deepEqual(markItems(svg, "rule"), [4]);
    assert.deepEqual(markItems(svg, "symbol"), [4]);
    assert.deepEqual((spec as { encoding: { color: { sort: string[] } } }).encoding.color.sort, [
      "2008–2011",
      "2021–2024",
    ]);
  });
});
