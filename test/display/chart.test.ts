import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { barChart } from "../../lib/charts";
import { chartBundle, inNotebook, prepareChart, showChart, VEGALITE_MIME } from "../../lib/display";
import { insideTslab, outsideNotebook, temporaryOutput } from "./tslab";

// Invented data only.
const SPEC = barChart(
  [
    { label: "2008", value: 3 },
    { label: "2009", value: 5 },
  ],
  { title: "Invented units per year", sort: "label", caption: "Two invented years." },
);

describe("display: charts", () => {
  const output = temporaryOutput();

  describe("outside a notebook", () => {
    outsideNotebook();
    it("showChart does not crash and still saves the chart", async () => {
      await showChart(SPEC, "outside");
      for (const ext of [".vl.json", ".svg", ".png"])
        assert.ok(fs.existsSync(path.join(output(), "charts", `outside${ext}`)), ext);
    });
  });

  describe("inside tslab (its real display-data writer, captured)", () => {
    const tslab = insideTslab();
    const one = "showChart sends ONE display with the vega-lite spec, the SVG and a text fallback, then the caption";
    it(one, async () => {
      assert.equal(inNotebook(), true);
      await showChart(SPEC, "inside");
      const sent = tslab.sent();
      assert.equal(sent.length, 2);
      const chart = sent[0].msg.data;
      assert.deepEqual(Object.keys(chart).sort(), ["application/vnd.vegalite.v5+json", "image/svg+xml", "text/plain"]);
      assert.deepEqual(chart[VEGALITE_MIME], SPEC);
      assert.match(chart["image/svg+xml"] as string, /^<svg [^>]*>[\s\S]*>Invented units per year<\/text>/);
      assert.equal(chart["text/plain"], "Invented units per year\nTwo invented years.");
      assert.equal(sent[0].update, false);
      assert.equal(sent[1].msg.data["text/markdown"], "*Figure `inside`: Two invented years.*");
    });

    it("the displayed SVG is the saved one", async () => {
      const c = await prepareChart(SPEC, "inside2");
      assert.equal(c.bundle["image/svg+xml"], fs.readFileSync(c.files.svg, "utf8"));
      assert.equal(tslab.sent().length, 0, "prepareChart shows nothing");
    });
  });

  it("chartBundle has exactly the three MIME types", () => {
    assert.deepEqual(Object.keys(chartBundle(SPEC, "<svg/>", "t")), [VEGALITE_MIME, "image/svg+xml", "text/plain"]);
  });
});
