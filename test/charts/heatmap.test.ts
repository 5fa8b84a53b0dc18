import { strict as assert } from "assert";
import { heatmap, renderSvg } from "../../lib/charts";
import { HEAT, markItems } from "./fixtures";

describe("charts: heatmap", () => {
  it("heatmap has one cell per unit and theme (3 × 2), each labelled", async () => {
    const svg = await renderSvg(heatmap(HEAT, { measure: "mentions" }));
    assert.deepEqual(markItems(svg, "rect"), [6]);
    assert.deepEqual(markItems(svg, "text"), [6]);
  });
});
