import { strict as assert } from "assert";
import { codingPageData, codingPageHtml, fillTemplate, htmlText, scriptJson } from "../../../lib/sheets";
import { unit } from "../fixtures";
import { CODEBOOK } from "../qdpx/fixtures";

describe("sheets/coding-page: the page's HTML", () => {
  it("scriptJson leaves nothing that could end the script element, and reads back as the same value", () => {
    const v = { a: "</script><script>alert(1)</script>", b: "x & y > z", c: "line\u2028sep" };
    const s = scriptJson(v);
    assert.doesNotMatch(s, /<|>|&|\u2028/);
    assert.deepEqual(JSON.parse(s), v);
  });

  it("htmlText escapes the five characters", () => {
    assert.equal(
      htmlText(`<b class="x">Tom & Jerry's</b>`),
      "&lt;b class=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/b&gt;",
    );
  });

  it("fillTemplate fills each slot once and refuses a missing or unfilled one", () => {
    assert.equal(fillTemplate("<p>{{a}}</p><i>{{b}}</i>", { a: "1", b: "{{a}}" }), "<p>1</p><i>{{a}}</i>");
    assert.equal(fillTemplate("{{a}}|{{b}}", { a: "{{b}}", b: "2" }), "{{b}}|2");
    assert.throws(() => fillTemplate("<p></p>", { a: "1" }), /slot \{\{a\}\} missing/);
    assert.throws(() => fillTemplate("{{a}}{{a}}", { a: "1" }), /missing or repeated/);
    assert.throws(() => fillTemplate("{{a}}{{b}}", { a: "1" }), /slot \{\{b\}\} not filled/);
  });

  it("one self-contained file: style and script inline, no src or href, a unit's markup kept as text", () => {
    const hostile = unit("ZZZ_1_2000", 'A text with </script><img src=x onerror="alert(1)"> in it. A coder named it.');
    const pageData = codingPageData({
      units: [hostile],
      codebook: CODEBOOK,
      coder: "<b>ana</b>",
      corpus: "t",
      sample: "s",
      sampleKey: "k",
    });
    const html = codingPageHtml(pageData);
    assert.match(html, /^<!doctype html>/);
    const json = /<script type="application\/json" id="coding-data">(.*?)<\/script>/s.exec(html)![1];
    const page = html.replace(json, "");
    assert.doesNotMatch(page, /\ssrc=|\shref=|<link|@import|\burl\(/i, "the page loads nothing");
    assert.equal(html.match(/<script/g)?.length, 2); // the data and the page's script
    assert.doesNotMatch(html, /<img/);
    assert.match(html, /<title>Coding page — &lt;b&gt;ana&lt;\/b&gt; — t \(blind\)<\/title>/);
    assert.equal(
      JSON.parse(json).units[0].sentences[0].text,
      'A text with </script><img src=x onerror="alert(1)"> in it.',
    );
  });
});
