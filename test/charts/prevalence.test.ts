import { strict as assert } from "assert";
import { prevalenceLines, renderSvg } from "../../lib/charts";
import { markItems, PERIODS, SHARES } from "./fixtures";

describe("charts: prevalenceLines", () => {
  it("prevalenceLines draws one rectangle per period, one line per theme and one units bar per year", async () => {
    const svg = await renderSvg(prevalenceLines(SHARES, PERIODS));
    // rect marks in order: the period shading (3), then the units-per-year bars (5 years)
    assert.deepEqual(markItems(svg, "rect"), [3, 5]);
    assert.deepEqual(markItems(svg, "line"), [1, 1]);
    for (const p of PERIODS) assert.ok(svg.includes(`>${p.label}</text>`), p.label);
  });
});
