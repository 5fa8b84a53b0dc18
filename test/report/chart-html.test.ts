import { strict as assert } from "assert";
import { chartHtml, savedChartHtml, scriptJson } from "../../lib/report";
import { taggedChapter } from "./fixtures";

describe("report: a chart in a page", () => {
  it("writes JSON that no string in the data can close the script with", () => {
    assert.equal(scriptJson('{"a":"</script><b>&"}'), '{"a":"\\u003c/script\\u003e\\u003cb\\u003e\\u0026"}');
    assert.deepEqual(JSON.parse(scriptJson('{"a":"</script>\u2028"}')), { a: "</script>\u2028" });
  });

  it("puts the spec, an empty place for the live chart and the static SVG together, with links to the files", () => {
    const html = chartHtml({ mark: "bar" }, "<svg></svg>\n", "05-top");
    assert.match(html, /<figure class="wb-figure" id="chart-05-top">/);
    assert.match(html, /<script type="application\/json" class="wb-spec">\{"mark":"bar"\}<\/script>/);
    assert.match(html, /<div class="wb-live"><\/div>\n<div class="wb-static"><svg><\/svg><\/div>/);
    assert.match(html, /<a href="charts\/05-top.png">PNG<\/a>/);
  });

  it("reads a chart a chapter saved, or says it is not there", () => {
    const { out } = taggedChapter();
    const html = savedChartHtml(out, "05-top") ?? "";
    assert.match(html, /"description":"\\u003c\/script\\u003e"/);
    assert.equal(savedChartHtml(out, "05-other"), null);
  });
});
