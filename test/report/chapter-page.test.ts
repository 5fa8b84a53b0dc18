import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { decorateChapter, decorateChapters, headings, listChapters, tocHtml } from "../../lib/report";
import { chapterFolder } from "./fixtures";

/** A page as the nbconvert template leaves it (places for the navigation), with nbconvert's headings. */
const PAGE = [
  '<header class="wb-bar wb-bar-top"><!--wb:nav--><!--/wb:nav--></header>',
  '<nav class="wb-toc"><!--wb:toc--><!--/wb:toc--></nav>',
  '<h1 id="First-chapter">First chapter<a class="anchor-link" href="#First-chapter">&#182;</a></h1>',
  '<h2 id="1.-Counts-&amp;-shares">1. Counts &amp; shares<a class="anchor-link" href="#x">&#182;</a></h2>',
  '<h3 id="A-detail">A <em>detail</em></h3>',
  "<h4>not in the contents</h4>",
  "<footer><!--wb:nav-foot--><!--/wb:nav-foot--></footer>",
].join("\n");

describe("report: a chapter page's navigation and contents", () => {
  const dir = chapterFolder();
  const chapters = listChapters(dir);

  it("reads the headings of levels 1–3, as text", () => {
    assert.deepEqual(headings(PAGE), [
      { level: 1, id: "First-chapter", text: "First chapter" },
      { level: 2, id: "1.-Counts-&amp;-shares", text: "1. Counts & shares" },
      { level: 3, id: "A-detail", text: "A detail" },
    ]);
  });

  it("lists the sections under the title in the contents", () => {
    const toc = tocHtml(headings(PAGE));
    assert.match(toc, /<li class="wb-toc-2"><a href="#1.-Counts-&amp;amp;-shares">1. Counts &amp; shares<\/a><\/li>/);
    assert.match(toc, /<li class="wb-toc-3"><a href="#A-detail">A detail<\/a><\/li>/);
    assert.doesNotMatch(toc, /First-chapter/);
  });

  it("fills the navigation: the findings, the next chapter (marked when not run), every chapter", () => {
    const html = decorateChapter(PAGE, chapters, chapters[0], dir);
    assert.match(html, /<!--wb:nav--><nav class="wb-nav"[\s\S]*<a href="index.html">Findings<\/a>/);
    assert.match(html, /<span class="wb-next"><span class="wb-not-run">Second &lt;chapter&gt; \(not run\)<\/span> →/);
    assert.match(html, /<li aria-current="page">First chapter<\/li>/);
    assert.match(html, /<!--wb:toc--><details class="wb-toc-box" open>/);
  });

  it("filling a page twice gives the same page; a page without the places is left alone", () => {
    const once = decorateChapter(PAGE, chapters, chapters[0], dir);
    assert.equal(decorateChapter(once, chapters, chapters[0], dir), once);
    assert.equal(decorateChapter("<html></html>", chapters, chapters[0], dir), "<html></html>");
  });

  it("fills every page that was run, and only those", () => {
    fs.writeFileSync(path.join(dir, "01-a.html"), PAGE);
    assert.deepEqual(decorateChapters(chapters, dir), [path.join(dir, "01-a.html")]);
    assert.match(fs.readFileSync(path.join(dir, "01-a.html"), "utf8"), /href="index.html"/);
  });
});
