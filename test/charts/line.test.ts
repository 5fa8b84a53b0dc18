import { strict as assert } from "assert";
import { renderSvg } from "../../lib/charts";
import { allSpecs, markItems } from "./fixtures";

describe("charts: lineChart", () => {
  it("lineChart draws one line per series", async () => {
    assert.deepEqual(markItems(await renderSvg(allSpecs().lines), "line"), [1, 1]);
  });
});
