import { strict as assert } from "assert";
import { renderSvg, smallMultiples } from "../../lib/charts";
import { markItems, PANELS } from "./fixtures";

describe("charts: smallMultiples", () => {
  it("smallMultiples draws one panel per group, sorted", async () => {
    const spec = smallMultiples(PANELS, { xYear: true, title: "Invented panels" });
    assert.deepEqual(markItems(await renderSvg(spec), "line"), [1, 1, 1]);
    assert.deepEqual((spec as { facet: { sort: string[] } }).facet.sort, ["CHN", "RUS", "SRB"]);
  });
});
