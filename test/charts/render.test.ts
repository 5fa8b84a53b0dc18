import { strict as assert } from "assert";
import {
  barChart,
  captionOf,
  heatmap,
  hierarchyBars,
  lineChart,
  periodComparison,
  prevalenceLines,
  renderPng,
  renderSvg,
  scatterChart,
  smallMultiples,
  stableJson,
  stanceTimeline,
  titleOf,
} from "../../lib/charts";
import { ArgumentError } from "../../lib/core";
import { inkStats } from "../support/pixels";
import { allSpecs, HEAT } from "./fixtures";

describe("charts: rendering", () => {
  const specs = allSpecs();
  const svgs: Record<string, string> = {};

  before(async () => {
    for (const [name, spec] of Object.entries(specs)) svgs[name] = await renderSvg(spec);
  });

  describe("every builder renders to SVG and PNG", () => {
    for (const name of Object.keys(allSpecs())) {
      it(`${name}: title, caption, text in the SVG, and a PNG that is not blank`, () => {
        const spec = specs[name];
        const svg = svgs[name];
        assert.ok(titleOf(spec).length > 0, "title");
        assert.ok(captionOf(spec).length > 10, "caption");
        assert.match(svg, /^<svg /);
        const texts = svg.match(/<text\b/g) ?? [];
        assert.ok(texts.length >= 5, `only ${texts.length} <text> elements`);
        assert.ok(svg.includes(`>${titleOf(spec)}</text>`), "the title is drawn");
        assert.ok(svg.includes("DejaVu Sans"), "the chart font is DejaVu Sans");
        const png = renderPng(svg);
        assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
        const ink = inkStats(png);
        assert.ok(ink.width > 200 && ink.height > 100, `size ${ink.width}×${ink.height}`);
        assert.ok(ink.share > 0.02, `only ${(100 * ink.share).toFixed(2)}% of pixels are not white`);
      });
    }
  });

  it("renders text as glyphs: a chart with a long title has more ink than without it", () => {
    const plain = barChart([{ label: "a", value: 1 }], { title: "T", caption: "c" });
    const long = barChart([{ label: "a", value: 1 }], { title: "T".repeat(60), caption: "c" });
    return Promise.all([renderSvg(plain), renderSvg(long)]).then(([a, b]) => {
      assert.ok(inkStats(renderPng(b)).ink > inkStats(renderPng(a)).ink + 1000);
    });
  });

  it("a gradient legend gets an id scoped to its chart, the same on every render", async () => {
    const a = await renderSvg(specs.heatmap);
    const other = await renderSvg(heatmap(HEAT.map((c) => ({ ...c, value: c.value + 1 }))));
    const b = await renderSvg(specs.heatmap);
    const idA = /id="(c[0-9a-f]{8}-gradient_0)"/.exec(a)?.[1];
    const idOther = /id="(c[0-9a-f]{8}-gradient_0)"/.exec(other)?.[1];
    assert.ok(idA && idOther);
    assert.notEqual(idA, idOther);
    assert.equal(a, b);
  });

  it("builders accept empty data and still render", async () => {
    for (const spec of [
      hierarchyBars([]),
      heatmap([]),
      prevalenceLines([], []),
      stanceTimeline([], []),
      periodComparison([]),
      smallMultiples([]),
      barChart([]),
      lineChart([]),
      scatterChart([]),
    ]) {
      assert.match(await renderSvg(spec), /^<svg /);
    }
  });

  it("a spec vega-lite cannot compile is an ArgumentError", async () => {
    await assert.rejects(renderSvg({ mark: "no-such-mark" }), ArgumentError);
  });

  it("stableJson sorts keys at every level", () => {
    assert.equal(
      stableJson({ b: 1, a: [{ d: 1, c: 2 }] }),
      '{\n  "a": [\n    {\n      "c": 2,\n      "d": 1\n    }\n  ],\n  "b": 1\n}\n',
    );
  });
});
