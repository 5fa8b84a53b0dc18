import { strict as assert } from "assert";
import { renderSvg } from "../../lib/charts";
import { allSpecs } from "./fixtures";

describe("charts: scatterChart", () => {
  it("scatterChart labels every point", async () => {
    const svg = await renderSvg(allSpecs().scatter);
    assert.ok(svg.includes(">dialogue</text>") && svg.includes(">sovereignty</text>"));
  });
});
