import { strict as assert } from "assert";
import { showTable, tableBundle, tableHtml, tableText } from "../../lib/display";
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
        '<td style="text-align:left">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;</td>',
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
});
