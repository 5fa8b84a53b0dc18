import { strict as assert } from "assert";
import * as fs from "fs";
import { indexHtml, listChapters, writeIndex } from "../../lib/report";
import { chapterFolder } from "./fixtures";

describe("report: the index page", () => {
  const dir = chapterFolder();

  it("links the chapters run and marks the others", () => {
    const html = indexHtml(listChapters(dir), dir, "ungdc-kosovo");
    assert.match(html, /<li><a href="01-a.html">First chapter<\/a>/);
    assert.match(html, /<li>Second &lt;chapter&gt; <small>\(not run\)<\/small><\/li>/);
    assert.match(html, /<a href="notebooks\/01-a.ipynb">notebook<\/a>/);
    assert.match(html, /on the corpus <code>ungdc-kosovo<\/code>/);
    assert.doesNotMatch(html, /class="wb-finding"/, "no findings without the chapters that compute them");
  });

  it("writes the same bytes twice (no timestamps)", () => {
    const f = writeIndex(listChapters(dir), dir, "ungdc-kosovo");
    const first = fs.readFileSync(f);
    writeIndex(listChapters(dir), dir, "ungdc-kosovo");
    assert.deepEqual(fs.readFileSync(f), first);
  });
});
