import { strict as assert } from "assert";
import { captionOf, hierarchyBars, renderSvg } from "../../lib/charts";
import { COUNTS, markItems } from "./fixtures";

describe("charts: hierarchyBars", () => {
  const spec = hierarchyBars(COUNTS, { units: 6 });
  let svg = "";
  before(async () => {
    svg = await renderSvg(spec);
  });
  it("has one bar per theme and measure (4 themes × 2 = 8), themes sorted by presence then mentions", () => {
    const s = spec as { data: { values: unknown[] }; encoding: { y: { sort: string[] } } };
    assert.equal(s.data.values.length, 8);
    assert.deepEqual(s.encoding.y.sort, ["sovereignty", "un_authority", "dialogue", "us_nato"]);
    assert.deepEqual(markItems(svg, "rect"), [8]);
  });
  it("writes its caption from the data", () => {
    assert.equal(
      captionOf(spec),
      "sovereignty leads: present in 5 of 6 units, 9 mentions; 4 themes, most to least present.",
    );
  });
});
