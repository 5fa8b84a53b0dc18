import { strict as assert } from "assert";
import { renderSvg } from "../../lib/charts";
import { allSpecs, markItems } from "./fixtures";

describe("charts: barChart", () => {
  const specs = allSpecs();
  const svgs: Record<string, string> = {};
  before(async () => {
    for (const name of ["perYear", "keyness", "paperVsCorpus"]) svgs[name] = await renderSvg(specs[name]);
  });
  it("sorts labels chronologically with sort: label", () => {
    const spec = specs.perYear as { encoding: { x: { sort: string[] } } };
    assert.deepEqual(spec.encoding.x.sort, ["2008", "2009"]);
    assert.deepEqual(markItems(svgs.perYear, "rect"), [2]);
  });
  it("diverging bars take two colours by sign, largest first", () => {
    const spec = specs.keyness as { encoding: { y: { sort: string[] } } };
    assert.deepEqual(spec.encoding.y.sort, ["w1", "w3", "w2"]);
    const fills = new Set(svgs.keyness.match(/fill="#(4c78a8|e45756)"/g));
    assert.equal(fills.size, 2);
  });
  it("grouped bars: one per label and group (2 × 2)", () => {
    assert.deepEqual(markItems(svgs.paperVsCorpus, "rect"), [4]);
  });
});
