import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import {
  barChart,
  captionOf,
  checkChartName,
  decimalYear,
  heatmap,
  hierarchyBars,
  lineChart,
  loadEvents,
  periodComparison,
  prevalenceLines,
  renderPng,
  renderSvg,
  saveChart,
  scatterChart,
  smallMultiples,
  stableJson,
  stanceTimeline,
  titleOf,
  yearlyMeans,
  type VegaLiteSpec,
} from "../lib/charts";
import { ArgumentError, InputError, ValidationError } from "../lib/core";
import { inkStats } from "./support/pixels";

// Invented data only.
const PERIODS = [
  { label: "2008–2011", from: 2008, to: 2011 },
  { label: "2012–2020", from: 2012, to: 2020 },
  { label: "2021–2024", from: 2021, to: 2024 },
];
const COUNTS = [
  { theme: "dialogue", presence: 4, mentions: 4 },
  { theme: "us_nato", presence: 1, mentions: 2 },
  { theme: "sovereignty", presence: 5, mentions: 9 },
  { theme: "un_authority", presence: 4, mentions: 6 },
];
const HEAT = ["u1", "u2", "u3"].flatMap((unit, i) =>
  ["sovereignty", "dialogue"].map((theme, j) => ({ unit, theme, value: (i + j) % 3 })),
);
const SHARES = [2008, 2010, 2013, 2016, 2022].flatMap((year, i) => [
  { year, theme: "dialogue", share: 1 - 0.2 * i, units: i + 1 },
  { year, theme: "unilateral", share: 0.2 * i, units: i + 1 },
]);
const STANCE = [
  { id: "x1", date: "2009-01-05", year: 2009, stance: 0 },
  { id: "x2", date: "2009-06-30", year: 2009, stance: 1 / 3 },
  { id: "x3", date: null, year: 2015, stance: 2 / 3 },
  { id: "x4", date: "2022-05-01", year: 2022, stance: 1 },
];
const PERIOD_SHARES = [
  { period: "2008–2011", theme: "dialogue", share: 0.8, low: 0.6, high: 0.9, n: 10 },
  { period: "2021–2024", theme: "dialogue", share: 0.5, low: 0.3, high: 0.7, n: 12 },
  { period: "2008–2011", theme: "unilateral", share: 0.1, low: 0.02, high: 0.3, n: 10 },
  { period: "2021–2024", theme: "unilateral", share: 0.6, low: 0.4, high: 0.8, n: 12 },
];
const PANELS = ["SRB", "CHN", "RUS"].flatMap((group, g) => [2008, 2012, 2016].map((x, i) => ({ group, x, y: g + i })));

/** Every builder, with invented data. */
function allSpecs(): Record<string, VegaLiteSpec> {
  return {
    hierarchy: hierarchyBars(COUNTS, { units: 6 }),
    heatmap: heatmap(HEAT, { measure: "mentions" }),
    prevalence: prevalenceLines(SHARES, PERIODS),
    stance: stanceTimeline(STANCE, loadEvents(), { periods: PERIODS }),
    periods: periodComparison(PERIOD_SHARES),
    multiples: smallMultiples(PANELS, { xYear: true, title: "Invented panels" }),
    perYear: barChart(
      [
        { label: "2009", value: 5 },
        { label: "2008", value: 3 },
      ],
      { sort: "label", title: "Units per year" },
    ),
    keyness: barChart(
      [
        { label: "w1", value: 3.5 },
        { label: "w2", value: -2 },
        { label: "w3", value: 1 },
      ],
      { horizontal: true, diverging: { positive: "China", negative: "others" } },
    ),
    paperVsCorpus: barChart(
      [
        { label: "dialogue", value: 0.79, group: "paper" },
        { label: "dialogue", value: 0.6, group: "corpus" },
        { label: "sovereignty", value: 0.8, group: "paper" },
        { label: "sovereignty", value: 0.7, group: "corpus" },
      ],
      { format: ".0%" },
    ),
    lines: lineChart(
      [
        { x: 2008, y: 1, series: "A" },
        { x: 2009, y: 2, series: "A" },
        { x: 2008, y: 2, series: "B" },
        { x: 2009, y: 0, series: "B" },
      ],
      { xYear: true },
    ),
    scatter: scatterChart(
      [
        { label: "dialogue", x: 0.9, y: 0.2 },
        { label: "sovereignty", x: 0.95, y: 0.8 },
      ],
      { xDomain: [0, 1], yDomain: [-1, 1] },
    ),
  };
}

/** Item counts of each rendered mark of a type (rect, rule, symbol, line, text), in SVG order. */
function markItems(svg: string, type: string): number[] {
  const out: number[] = [];
  const re = new RegExp(`<g class="mark-${type} role-mark[^"]*"`, "g");
  let m: RegExpExecArray | null;
  while ((m = re.exec(svg))) {
    const body = svg.slice(m.index + m[0].length, svg.indexOf("</g>", m.index));
    out.push((body.match(/<(path|line|text)\b/g) ?? []).length);
  }
  return out;
}

describe("charts", () => {
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

  describe("hierarchyBars", () => {
    it("has one bar per theme and measure (4 themes × 2 = 8), themes sorted by presence then mentions", () => {
      const spec = specs.hierarchy as { data: { values: unknown[] }; encoding: { y: { sort: string[] } } };
      assert.equal(spec.data.values.length, 8);
      assert.deepEqual(spec.encoding.y.sort, ["sovereignty", "un_authority", "dialogue", "us_nato"]);
      assert.deepEqual(markItems(svgs.hierarchy, "rect"), [8]);
    });
    it("writes its caption from the data", () => {
      assert.equal(
        captionOf(specs.hierarchy),
        "sovereignty leads: present in 5 of 6 units, 9 mentions; 4 themes, most to least present.",
      );
    });
  });

  it("heatmap has one cell per unit and theme (3 × 2), each labelled", () => {
    assert.deepEqual(markItems(svgs.heatmap, "rect"), [6]);
    assert.deepEqual(markItems(svgs.heatmap, "text"), [6]);
  });

  it("prevalenceLines draws one rectangle per period, one line per theme and one units bar per year", () => {
    // rect marks in order: the period shading (3), then the units-per-year bars (5 years)
    assert.deepEqual(markItems(svgs.prevalence, "rect"), [3, 5]);
    assert.deepEqual(markItems(svgs.prevalence, "line"), [1, 1]);
    for (const p of PERIODS) assert.ok(svgs.prevalence.includes(`>${p.label}</text>`), p.label);
  });

  describe("stanceTimeline", () => {
    it("draws one rule and one label per event, one point per unit, and the yearly means", () => {
      assert.deepEqual(markItems(svgs.stance, "rule"), [5]);
      for (const label of [
        "Kosovo declares independence",
        "ICJ advisory opinion",
        "Brussels agreement",
        "Banjska attack",
        "Dinar ban in force",
      ]) {
        assert.ok(svgs.stance.includes(`>${label}</text>`), label);
      }
      // symbols: the 4 unit points, then the 3 yearly-mean points (2009, 2015, 2022)
      assert.deepEqual(markItems(svgs.stance, "symbol"), [4, 3]);
      assert.deepEqual(markItems(svgs.stance, "rect"), [3]);
    });
    it("yearly means are plain averages: 2009 → (0 + 1/3) / 2", () => {
      assert.deepEqual(yearlyMeans(STANCE), [
        { year: 2009, mean: 0.1667, n: 2 },
        { year: 2015, mean: 0.6667, n: 1 },
        { year: 2022, mean: 1, n: 1 },
      ]);
    });
  });

  it("periodComparison draws an error bar and a point per period and theme", () => {
    assert.deepEqual(markItems(svgs.periods, "rule"), [4]);
    assert.deepEqual(markItems(svgs.periods, "symbol"), [4]);
    const spec = specs.periods as { encoding: { color: { sort: string[] } } };
    assert.deepEqual(spec.encoding.color.sort, ["2008–2011", "2021–2024"]);
  });

  it("smallMultiples draws one panel per group, sorted", () => {
    assert.deepEqual(markItems(svgs.multiples, "line"), [1, 1, 1]);
    const spec = specs.multiples as { facet: { sort: string[] } };
    assert.deepEqual(spec.facet.sort, ["CHN", "RUS", "SRB"]);
  });

  describe("barChart", () => {
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

  it("lineChart draws one line per series; scatterChart labels every point", () => {
    assert.deepEqual(markItems(svgs.lines, "line"), [1, 1]);
    assert.ok(svgs.scatter.includes(">dialogue</text>") && svgs.scatter.includes(">sovereignty</text>"));
  });

  describe("saveChart", () => {
    let dir = "";
    const before0 = process.env.WORKBOOK_OUTPUT;
    before(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), "charts-test-"));
      process.env.WORKBOOK_OUTPUT = dir;
    });
    after(() => {
      if (before0 === undefined) delete process.env.WORKBOOK_OUTPUT;
      else process.env.WORKBOOK_OUTPUT = before0;
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it("writes output/charts/<name>.vl.json, .svg, .png", async () => {
      const files = await saveChart(specs.hierarchy, "hierarchy");
      assert.equal(files.vl, path.join(dir, "charts", "hierarchy.vl.json"));
      assert.equal(files.svg, path.join(dir, "charts", "hierarchy.svg"));
      assert.equal(files.png, path.join(dir, "charts", "hierarchy.png"));
      assert.deepEqual(JSON.parse(fs.readFileSync(files.vl, "utf8")), JSON.parse(JSON.stringify(specs.hierarchy)));
    });

    it("the same spec twice gives byte-identical files, for every builder", async () => {
      for (const [name, spec] of Object.entries(allSpecs())) {
        const a = await saveChart(spec, name);
        const bytes = [a.vl, a.svg, a.png].map((f) => fs.readFileSync(f));
        const b = await saveChart(JSON.parse(JSON.stringify(spec)), name);
        [b.vl, b.svg, b.png].forEach((f, i) =>
          assert.ok(fs.readFileSync(f).equals(bytes[i]), `${name}: ${path.basename(f)} differs`),
        );
      }
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

    it("rejects a name that would leave output/charts", async () => {
      assert.throws(() => checkChartName("../x"), ArgumentError);
      await assert.rejects(saveChart(specs.perYear, "a/b"), ArgumentError);
    });
  });

  it("wraps long titles and captions into lines of at most 90 characters", () => {
    const caption = "word ".repeat(50).trim();
    const spec = barChart([{ label: "a", value: 1 }], { title: "Short", caption });
    const subtitle = (spec.title as { subtitle: string[] }).subtitle;
    assert.equal(subtitle.length, 3); // 50 four-letter words: 18 + 18 + 14 per line of ≤ 90 characters
    assert.deepEqual(
      subtitle.map((l) => l.length),
      [89, 89, 69],
    );
    assert.equal(captionOf(spec), caption, "the description keeps the caption whole");
    assert.equal(titleOf(spec), "Short");
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

  it("stableJson sorts keys at every level", () => {
    assert.equal(
      stableJson({ b: 1, a: [{ d: 1, c: 2 }] }),
      '{\n  "a": [\n    {\n      "c": 2,\n      "d": 1\n    }\n  ],\n  "b": 1\n}\n',
    );
  });

  it("decimalYear puts 2 July of the leap year 2008 at exactly 2008.5", () => {
    assert.equal(decimalYear("2008-07-02"), 2008.5);
    assert.equal(decimalYear("2010-01-01"), 2010);
  });

  describe("loadEvents", () => {
    it("reads data/events.csv in date order", () => {
      const ev = loadEvents();
      assert.deepEqual(
        ev.map((e) => e.date),
        ["2008-02-17", "2010-07-22", "2013-04-19", "2023-09-24", "2024-02-01"],
      );
      assert.equal(ev[0].label, "Kosovo declares independence");
    });
    it("reports every bad row with its line", () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "events-"));
      const file = path.join(dir, "events.csv");
      fs.writeFileSync(file, "date,label,kind\n2010-02-30,An invented event,test\n2011-01-01,,test\n");
      try {
        assert.throws(
          () => loadEvents(file),
          (e: unknown) => {
            assert.ok(e instanceof ValidationError);
            assert.deepEqual(
              e.problems.map((p) => [p.line, p.column]),
              [
                [2, "date"],
                [3, "label"],
              ],
            );
            return true;
          },
        );
        fs.writeFileSync(file, "when,label\n2010-01-01,x\n");
        assert.throws(() => loadEvents(file), /missing column "date"/);
        assert.throws(() => loadEvents(path.join(dir, "none.csv")), InputError);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
