import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { barChart } from "../lib/charts";
import { ArgumentError } from "../lib/core";
import {
  VEGALITE_MIME,
  chartBundle,
  display,
  displayWriter,
  escapeHtml,
  formatCell,
  inNotebook,
  prepareChart,
  showChart,
  showMarkdown,
  showNote,
  showTable,
  tableData,
  tableHtml,
  tableText,
  type DisplayMessage,
} from "../lib/display";

// Invented data only.
const SPEC = barChart(
  [
    { label: "2008", value: 3 },
    { label: "2009", value: 5 },
  ],
  { title: "Invented units per year", sort: "label", caption: "Two invented years." },
);

describe("display", () => {
  let dir = "";
  const savedOutput = process.env.WORKBOOK_OUTPUT;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "display-test-"));
    process.env.WORKBOOK_OUTPUT = dir;
  });
  after(() => {
    if (savedOutput === undefined) delete process.env.WORKBOOK_OUTPUT;
    else process.env.WORKBOOK_OUTPUT = savedOutput;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  describe("outside a notebook", () => {
    // Another test file may have loaded tslab and set its writer (an in-process notebook runner):
    // silence it here, as in plain node.
    const loaded: Array<{ lastWriteDisplayData: unknown }> = [];
    const previous: unknown[] = [];
    before(() => {
      for (const key of Object.keys(require.cache)) {
        if (!/[\\/]tslab[\\/]dist[\\/]jupyter\.js$/.test(key)) continue;
        const m = require.cache[key]?.exports as { lastWriteDisplayData: unknown };
        loaded.push(m);
        previous.push(m.lastWriteDisplayData);
        m.lastWriteDisplayData = null;
      }
    });
    after(() => loaded.forEach((m, i) => (m.lastWriteDisplayData = previous[i])));
    it("finds no display writer and displays nothing", () => {
      assert.equal(displayWriter(), null);
      assert.equal(inNotebook(), false);
      assert.equal(display({ "text/plain": "x" }), false);
    });
    it("showChart does not crash and still saves the chart", async () => {
      await showChart(SPEC, "outside");
      for (const ext of [".vl.json", ".svg", ".png"])
        assert.ok(fs.existsSync(path.join(dir, "charts", `outside${ext}`)), ext);
    });
    it("showTable, showMarkdown and showNote do not crash and return nothing", () => {
      assert.equal(showTable([{ a: 1 }]), undefined);
      assert.equal(showMarkdown("*x*"), undefined);
      assert.equal(showNote("an invented note", { quiet: true }), undefined);
    });
  });

  describe("inside tslab (its real display-data writer, captured)", () => {
    let jupyter: { lastWriteDisplayData: ((msg: DisplayMessage, update: boolean) => void) | null };
    let sent: Array<{ msg: DisplayMessage; update: boolean }> = [];
    let previousWriter: unknown = null;
    before(() => {
      // The module a running tslab kernel loads; its writer is what tslab's own display.* call.
      // eslint-disable-next-line @typescript-eslint/no-var-requires
      jupyter = require("tslab/dist/jupyter");
      previousWriter = jupyter.lastWriteDisplayData;
    });
    after(() => {
      jupyter.lastWriteDisplayData = previousWriter as typeof jupyter.lastWriteDisplayData;
    });
    beforeEach(() => {
      sent = [];
      jupyter.lastWriteDisplayData = (msg, update) => sent.push({ msg, update });
    });

    it("showChart sends ONE display with the vega-lite spec, the SVG and a text fallback, then the caption", async () => {
      assert.equal(inNotebook(), true);
      await showChart(SPEC, "inside");
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
      assert.equal(sent.length, 0, "prepareChart shows nothing");
    });

    it("showTable sends one display with text/html and text/plain", () => {
      showTable([{ theme: "dialogue", units: 2 }], { title: "Invented" });
      assert.equal(sent.length, 1);
      assert.deepEqual(Object.keys(sent[0].msg.data).sort(), ["text/html", "text/plain"]);
      assert.match(sent[0].msg.data["text/html"] as string, /<caption[^>]*>Invented<\/caption>/);
    });

    it("showNote and showMarkdown send Markdown with a text fallback", () => {
      showNote("The invented corpus is empty — run `npm run fetch`.");
      showMarkdown("**3** invented texts");
      assert.equal(sent.length, 2);
      assert.equal(
        sent[0].msg.data["text/markdown"],
        "> **Note**\n>\n> The invented corpus is empty — run `npm run fetch`.",
      );
      assert.equal(sent[0].msg.data["text/plain"], "Note: The invented corpus is empty — run `npm run fetch`.");
      assert.equal(sent[1].msg.data["text/markdown"], "**3** invented texts");
    });
  });

  it("chartBundle has exactly the three MIME types", () => {
    assert.deepEqual(Object.keys(chartBundle(SPEC, "<svg/>", "t")), [VEGALITE_MIME, "image/svg+xml", "text/plain"]);
  });

  describe("tables", () => {
    it("escapes HTML in cells, headers, title and caption", () => {
      const html = tableHtml([{ "<b>": `<script>alert("x")</script> & 'y'` }], { title: "a<b", caption: "c&d" });
      assert.ok(html.includes('<th style="text-align:left">&lt;b&gt;</th>'));
      assert.ok(
        html.includes(
          '<td style="text-align:left">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;</td>',
        ),
      );
      assert.ok(html.includes(">a&lt;b</caption>"));
      assert.ok(html.includes("c&amp;d"));
      assert.ok(!html.includes("<script>"));
      assert.equal(escapeHtml(`<&>"'`), "&lt;&amp;&gt;&quot;&#39;");
    });

    it("formats numbers with fixed decimals, integers as they are, missing values as empty", () => {
      assert.equal(formatCell(0.66666), "0.667");
      assert.equal(formatCell(0.5, 2), "0.50");
      assert.equal(formatCell(66), "66");
      assert.equal(formatCell(null), "");
      assert.equal(formatCell(undefined), "");
      assert.equal(formatCell(NaN), "NaN");
      assert.equal(formatCell({ a: 1 }), '{"a":1}');
      assert.ok(tableHtml([{ share: 0.805 }], { decimals: 2 }).includes('<td style="text-align:right">0.81</td>'));
    });

    it("the text fallback aligns columns, numbers to the right", () => {
      const text = tableText(
        [
          { theme: "dialogue", units: 2, share: 0.5 },
          { theme: "sovereignty", units: 10, share: 0.25 },
        ],
        { title: "Invented" },
      );
      assert.equal(
        text,
        ["Invented", "theme        units  share", "dialogue         2  0.500", "sovereignty     10  0.250"].join("\n"),
      );
    });

    it("shows at most maxRows rows and counts the rest", () => {
      const rows = Array.from({ length: 25 }, (_, i) => ({ i }));
      const html = tableHtml(rows, { maxRows: 3 });
      const body = html.slice(html.indexOf("<tbody>"), html.indexOf("</tbody>"));
      assert.equal((body.match(/<tr>/g) ?? []).length, 3);
      assert.ok(html.includes("… 22 more rows (25 in all)"));
      assert.ok(tableText(rows, { maxRows: 3 }).endsWith("… 22 more rows (25 in all)"));
    });

    it("takes columns from every record, in first-appearance order", () => {
      assert.deepEqual(tableData([{ a: 1 }, { b: 2, a: 3 }]).columns, ["a", "b"]);
      assert.equal(tableText([{ a: 1 }, { b: 2 }]), "a  b\n1\n   2");
    });

    it("accepts a danfojs DataFrame", async () => {
      // eslint-disable-next-line @typescript-eslint/no-var-requires
      const dfd = require("danfojs-node");
      const df = new dfd.DataFrame([
        { theme: "dialogue", units: 2 },
        { theme: "sovereignty", units: 3 },
      ]);
      assert.deepEqual(tableData(df), {
        columns: ["theme", "units"],
        rows: [
          { theme: "dialogue", units: 2 },
          { theme: "sovereignty", units: 3 },
        ],
      });
      assert.equal(tableText(df), "theme        units\ndialogue         2\nsovereignty      3");
    });

    it("rejects input that is neither records nor a DataFrame", () => {
      assert.throws(() => tableHtml("not a table"), ArgumentError);
    });
  });
});
