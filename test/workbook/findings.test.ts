/**
 * The findings page against the chapters: every number on `index.html` is shown by the chapter cell it names (the
 * test reads the executed notebook), every finding links to that cell's anchor in the chapter's page, and the page
 * says which corpus it ran on and how it differs from the paper's.
 */
import { strict as assert } from "assert";
import * as cheerio from "cheerio";
import * as fs from "fs";
import * as path from "path";
import {
  cellOutputText,
  FINDINGS_CHAPTERS,
  listChapters,
  readNotebook,
  showsClaim,
  writeReport,
} from "../../lib/report";
import { ROOT } from "../support/run";
import { reportOutput } from "../support/workbook-output";

describe("the findings page, against the chapters' outputs", function () {
  this.timeout(15 * 60_000);
  let out: string;
  let $: cheerio.CheerioAPI;

  before(function () {
    out = reportOutput();
    $ = cheerio.load(fs.readFileSync(path.join(out, "index.html"), "utf8"));
  });

  it("names the corpus it ran on and how it differs from the paper's", function () {
    assert.match($("h1").first().text(), /What the workbook found on ungdc-kosovo/);
    const corpus = $(".wb-corpus").text();
    assert.match(corpus, /ungdc-kosovo/);
    assert.match(corpus, /Different corpora: the paper's 82 Chinese official texts vs ungdc-kosovo/);
  });

  it("has a finding from each of chapters 05–08, each with its chart", function () {
    const keys = $(".wb-finding")
      .map((_, el) => $(el).attr("id"))
      .get();
    assert.deepEqual(keys, ["finding-hierarchy", "finding-changes", "finding-silences", "finding-china"]);
    for (const chapter of FINDINGS_CHAPTERS) assert.ok($(`.wb-num[data-chapter="${chapter}"]`).length > 0, chapter);
    assert.equal($(".wb-finding .wb-chart .wb-spec").length, 4);
  });

  it("every number is shown by the chapter cell it names", function () {
    const nums = $(".wb-num").toArray();
    assert.ok(nums.length >= 40, `only ${nums.length} numbers on the page`);
    const cache = new Map<string, ReturnType<typeof readNotebook>>();
    const wrong: string[] = [];
    for (const el of nums) {
      const chapter = $(el).attr("data-chapter") ?? "";
      const cell = $(el).attr("data-cell") ?? "";
      const rowAttr = $(el).attr("data-row");
      const row = rowAttr ? (JSON.parse(rowAttr) as string[]) : undefined;
      const text = $(el).text();
      if (!cache.has(chapter)) cache.set(chapter, readNotebook(path.join(out, "notebooks", `${chapter}.ipynb`)));
      const found = cache.get(chapter)!.cells.find((c) => c.id === cell);
      if (!found) wrong.push(`${chapter} has no cell "${cell}" (for "${text}")`);
      else if (!showsClaim(cellOutputText(found), text, row)) {
        wrong.push(`${chapter} cell ${cell} does not show "${text}"${row ? ` on the row ${row.join(" | ")}` : ""}`);
      }
    }
    assert.deepEqual(wrong, []);
  });

  it("each finding links to the cells that computed it, and those anchors exist in the chapter pages", function () {
    const links = $(".wb-source a").toArray();
    assert.ok(links.length >= 4);
    for (const a of links) {
      const href = $(a).attr("href") ?? "";
      const m = /^(\d\d-[\w-]+\.html)#(cell-[\w-]+)$/.exec(href);
      assert.ok(m, `link ${href} does not name a chapter cell`);
      const page = fs.readFileSync(path.join(out, m[1]), "utf8");
      assert.ok(page.includes(`id="${m[2]}"`), `${m[1]} has no anchor ${m[2]}`);
    }
  });

  it("writing the report again gives the same bytes (no timestamps, navigation filled once)", function () {
    const files = ["index.html", "05-counts.html", "06-time-shifts.html", "assets/workbook.js"];
    const before = files.map((f) => fs.readFileSync(path.join(out, f)));
    writeReport(listChapters(path.join(ROOT, "notebooks")), out, "ungdc-kosovo");
    for (const [i, f] of files.entries())
      assert.ok(fs.readFileSync(path.join(out, f)).equals(before[i]), `${f} changed`);
  });
});
