import { strict as assert } from "assert";
import { listChapters, pageFoot, pageHead, prevNext, shortTitle, topBar } from "../../lib/report";
import { chapterFolder } from "./fixtures";

describe("report: what every page shares", () => {
  const dir = chapterFolder();
  const chapters = listChapters(dir);

  it("loads only the workbook's stylesheet from output/assets, and chart scripts only when there are charts", () => {
    assert.match(
      pageHead("A <title>"),
      /<title>A &lt;title&gt;<\/title>\n<link rel="stylesheet" href="assets\/workbook.css">/,
    );
    assert.doesNotMatch(pageHead("x") + pageFoot(false), /https?:|<script/);
    assert.deepEqual(
      [...pageFoot(true).matchAll(/<script src="([^"]+)">/g)].map((m) => m[1]),
      ["assets/vega.min.js", "assets/vega-lite.min.js", "assets/vega-embed.min.js", "assets/workbook.js"],
    );
  });

  it("links the previous chapter and marks a next one that was not run", () => {
    assert.equal(
      prevNext(chapters, chapters[1], dir),
      '<span class="wb-prev">← <a href="01-a.html">First chapter</a></span> <span class="wb-next"></span>',
    );
    assert.match(prevNext(chapters, chapters[0], dir), /wb-not-run">Second &lt;chapter&gt; \(not run\)/);
  });

  it("the findings page's bar has no link to itself", () => {
    const bar = topBar(chapters, dir, null);
    assert.match(bar, /<span aria-current="page">Findings<\/span>/);
    assert.doesNotMatch(bar, /wb-prev/);
  });
});

describe("report: short chapter titles for previous/next", () => {
  it("keeps a title up to its first colon", () => {
    assert.equal(shortTitle("04 · Reliability: would another coder see the same themes?"), "04 · Reliability");
    assert.equal(shortTitle("First chapter"), "First chapter");
  });
});
