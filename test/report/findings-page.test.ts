import { strict as assert } from "assert";
import * as path from "path";
import { claimsIn, type Findings, findingsHtml, listChapters, sentence } from "../../lib/report";
import { taggedChapter } from "./fixtures";

describe("report: the findings page", () => {
  const { notebooks, out } = taggedChapter();
  const chapters = listChapters(notebooks);
  const at = claimsIn("05-counts", "finding-top");
  const lost = claimsIn("05-counts", "finding-lost");
  const found: Findings = {
    corpus: { card: "toy", title: "A toy corpus", units: 99, sentences: [sentence`It has ${at("99")} units.`] },
    findings: [
      {
        key: "top",
        title: "The top theme",
        cell: at("").cell,
        sentences: [sentence`${at("dialogue")} is first, with ${at("49.5%", ["dialogue"])}; ${lost("7")} elsewhere.`],
        chart: "05-top",
        caveat: sentence`Only ${at("99")} units.`,
      },
    ],
  };
  const page = findingsHtml(found, chapters, out, "toy");

  it("marks every number with the chapter, the cell id and the table row it comes from", () => {
    assert.match(page.html, /<strong class="wb-num" data-chapter="05-counts" data-cell="c1">dialogue<\/strong>/);
    assert.match(
      page.html,
      new RegExp(
        '<strong class="wb-num" data-chapter="05-counts" data-cell="c1" ' +
          'data-row="\\[&quot;dialogue&quot;\\]">49.5%<\\/strong>',
      ),
    );
  });

  it("links the finding to its cell's anchor, named by the cell's section", () => {
    assert.match(page.html, /Computed in 05 · Counts: <a href="05-counts.html#cell-c1">§ 1. Themes<\/a>/);
  });

  it("lists a claim whose tagged cell no chapter has, and marks it in the page", () => {
    assert.deepEqual(page.unresolved, ["05-counts: finding-lost"]);
    assert.match(page.html, /data-cell="">7<\/strong>/);
    assert.match(page.html, /\(a cell tagged finding-lost: not found\)/);
  });

  it("embeds the finding's chart from the chapter's files, says when one is missing, and loads the scripts", () => {
    assert.match(page.html, /<figure class="wb-figure" id="chart-05-top">/);
    const none = findingsHtml(
      { ...found, findings: [{ ...found.findings[0], chart: "05-gone" }] },
      chapters,
      out,
      "toy",
    );
    assert.match(none.html, /Chart 05-gone not drawn here/);
    assert.match(page.html, /<script src="assets\/workbook.js"><\/script>/);
    assert.doesNotMatch(none.html, /<script/);
  });

  it("says which corpus, then the findings, then the chapters", () => {
    const order = [
      "What the workbook found on <code>toy</code>",
      'class="wb-corpus"',
      'id="finding-top"',
      'id="chapters"',
    ];
    const at = order.map((s) => page.html.indexOf(s));
    assert.ok(
      at.every((x, i) => x > 0 && (i === 0 || x > at[i - 1])),
      at.join(", "),
    );
    assert.equal(path.basename(chapters[0].notebook), "05-counts.ipynb");
  });
});
