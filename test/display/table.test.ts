import { strict as assert } from "assert";
import { showTable, tableBundle, tableHtml, tableText } from "../../lib/display";
import { markedText } from "../../lib/tables";
import { insideTslab, outsideNotebook } from "./tslab";

describe("display: tables", () => {
  describe("outside a notebook", () => {
    outsideNotebook();
    it("showTable does not crash and returns nothing", () => {
      assert.equal(showTable([{ a: 1 }]), undefined);
    });
  });

  describe("inside tslab", () => {
    const tslab = insideTslab();
    it("showTable sends one display with text/html and text/plain", () => {
      showTable([{ theme: "dialogue", units: 2 }], { title: "Invented" });
      const sent = tslab.sent();
      assert.equal(sent.length, 1);
      assert.deepEqual(Object.keys(sent[0].msg.data).sort(), ["text/html", "text/plain"]);
      assert.match(sent[0].msg.data["text/html"] as string, /<caption[^>]*>Invented<\/caption>/);
    });
    it("no rows and an `empty` note: the note instead of an empty table", () => {
      showTable([], { title: "Invented", empty: "no sheets yet — run npm run sheet" });
      const sent = tslab.sent();
      assert.equal(sent.length, 1);
      assert.match(sent[0].msg.data["text/plain"] as string, /^Note: Invented: no sheets yet — run npm run sheet$/);
    });
  });

  it("escapes HTML in cells, headers, title and caption", () => {
    const html = tableHtml([{ "<b>": `<script>alert("x")</script> & 'y'` }], { title: "a<b", caption: "c&d" });
    assert.ok(html.includes('<th style="text-align:left">&lt;b&gt;</th>'));
    assert.ok(
      html.includes(
        '<td style="text-align:left;white-space:nowrap">' +
          "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;</td>",
      ),
    );
    assert.ok(html.includes(">a&lt;b</caption>"));
    assert.ok(html.includes("c&amp;d"));
    assert.ok(!html.includes("<script>"));
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

  it("the bundle carries both", () => {
    assert.deepEqual(tableBundle([{ n: 1 }]), { "text/html": tableHtml([{ n: 1 }]), "text/plain": "n\n1" });
  });

  // Issue 20: tables 1,854–2,418 px wide at a 1,280 px window (the screenshot test in test/workbook/ measures them).
  it("wraps long text inside a width (a div with max-width) and keeps short cells on one line", () => {
    const html = tableHtml([
      { key: "sovereignty", pattern: "near [sovereignty|territorial integrity, Serbia|Belgrade]" },
    ]);
    assert.match(html, /<td style="text-align:left;white-space:nowrap">sovereignty<\/td>/);
    assert.match(html, /<td style="text-align:left"><div style="max-width:\d+em;min-width:10em;white-space:normal/);
    assert.ok(html.includes("sovereignty|<wbr>territorial integrity,<wbr> Serbia|<wbr>Belgrade"), html);
  });

  it("marks the hit inside its sentence (<mark> in HTML, «…» in plain text)", () => {
    const rows = [{ unit: "u1", sentence: markedText("We respect Serbia <always>.", [[11, 17]]) }];
    assert.ok(tableHtml(rows).includes("We respect <mark>Serbia</mark> &lt;always&gt;."));
    assert.equal(tableText(rows), "unit  sentence\nu1    We respect «Serbia» <always>.");
  });

  it("a concordance: the hits stand in one column (left context right-aligned) in HTML and plain text", () => {
    const rows = [
      { left: "we reject the", hit: "unilateral", right: "declaration" },
      { left: "no", hit: "unilateral", right: "steps" },
    ];
    const html = tableHtml(rows, { kwic: true });
    assert.ok(html.includes('<td style="text-align:right;white-space:nowrap">no</td>'));
    assert.ok(html.includes("<strong>unilateral</strong>"));
    const lines = tableText(rows, { kwic: true }).split("\n");
    assert.deepEqual(
      lines.slice(1).map((l) => l.indexOf("unilateral")),
      [15, 15],
    );
  });

  it("collapses the rows after maxRows under a toggle, or counts them", () => {
    const rows = Array.from({ length: 7 }, (_, i) => ({ i }));
    const html = tableHtml(rows, { maxRows: 3, rest: "collapse" });
    const [first, second] = html.split("<details>");
    assert.equal((first.match(/<tr>/g) ?? []).length, 4); // header + 3
    assert.match(second, /<summary>Show the other 4 rows \(7 in all\)<\/summary>/);
    assert.equal((second.match(/<tr>/g) ?? []).length, 5); // header + 4
    assert.ok(!html.includes("more rows"));
    assert.ok(tableHtml(rows, { maxRows: 3 }).includes("… 4 more rows (7 in all)"));
    assert.ok(!tableHtml(rows, { maxRows: 3 }).includes("<details>"));
  });

  it("says what is missing instead of showing a table with no rows, when asked", () => {
    assert.deepEqual(tableBundle([], { title: "Evidence", empty: "no theme was found." }), {
      "text/markdown": "> Evidence: no theme was found.",
      "text/plain": "Evidence: no theme was found.",
    });
    assert.ok("text/html" in tableBundle([{ n: 1 }], { empty: "none" }));
  });
});
