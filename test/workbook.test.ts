/**
 * The workbook's main job: executing the chapters with the tslab kernel through Jupyter.
 * These tests run the real runner (scripts/run-workbook.ts) on fixture notebooks and on every
 * chapter in notebooks/, so a broken chapter fails `npm test`.
 */
import { strict as assert } from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { chromium } from "playwright-core";
import { listChapters } from "../lib/report";
import { inkShare } from "./support/pixels";
import { ROOT, runScript } from "./support/run";

const FIXTURES = path.join(ROOT, "test", "fixtures", "notebooks");
const tmp = (name: string) => fs.mkdtempSync(path.join(os.tmpdir(), `workbook-${name}-`));

describe("workbook runner (scripts/run-workbook.ts)", function () {
  this.timeout(120_000);

  it("stops on a cell that throws, naming the notebook, the cell and the error text", function () {
    const out = tmp("throws");
    const r = runScript("run-workbook", ["--dir", path.join(FIXTURES, "throws"), "--out", out]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /01-throws failed at cell 3 \(id cell-2\)/);
    assert.match(r.stderr, /\| \/\/ this cell fails on purpose/);
    assert.match(r.stderr, /deliberate failure in fixture/);
    assert.match(r.stdout, /\[1\/1\] 01-throws\s+FAIL/);
    // the executed notebook is kept, with the error in place; no index is written for a failed run
    assert.ok(fs.existsSync(path.join(out, "notebooks", "01-throws.ipynb")));
    assert.ok(!fs.existsSync(path.join(out, "index.html")));
  });

  it("stops on a type error, naming the notebook, the cell and the compiler's message", function () {
    const out = tmp("type-error");
    const r = runScript("run-workbook", ["--dir", path.join(FIXTURES, "type-error"), "--out", out]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /01-type-error failed at cell 2 \(id cell-1\)/);
    assert.match(r.stderr, /\| const n: number = "not a number";/);
    assert.match(r.stderr, /Type 'string' is not assignable to type 'number'/);
  });

  it("runs a working notebook: executed copy, HTML export and index.html", function () {
    const out = tmp("ok");
    const r = runScript("run-workbook", ["--dir", path.join(FIXTURES, "ok"), "--out", out]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /\[1\/1\] 01-ok\s+ok/);
    const executed = JSON.parse(fs.readFileSync(path.join(out, "notebooks", "01-ok.ipynb"), "utf8"));
    const text = executed.cells[1].outputs.map((o: { text?: string[] }) => (o.text ?? []).join("")).join("");
    assert.equal(text.trim(), "a&lt;b");
    const index = fs.readFileSync(path.join(out, "index.html"), "utf8");
    assert.match(index, /<a href="01-ok.html">A chapter that works<\/a>/);
    assert.ok(fs.existsSync(path.join(out, "01-ok.html")));
  });

  it("refuses an unknown chapter or corpus with a usage message", function () {
    const a = runScript("run-workbook", ["--only", "99-nothing"]);
    assert.equal(a.status, 2);
    assert.match(a.stderr, /no chapter matches "99-nothing"/);
    const b = runScript("run-workbook", ["--corpus", "no-such-card"]);
    assert.equal(b.status, 2);
    assert.match(b.stderr, /unknown corpus "no-such-card"/);
  });
});

describe("the workbook's chapters (every notebook in notebooks/)", function () {
  this.timeout(15 * 60_000);
  const chapters = listChapters(path.join(ROOT, "notebooks"));
  const out = tmp("chapters");
  let run: ReturnType<typeof runScript>;

  before(function () {
    run = runScript("run-workbook", ["--out", out]);
  });

  it("all run without error", function () {
    assert.ok(chapters.length > 0, "no notebooks in notebooks/");
    assert.equal(run.status, 0, run.stdout + run.stderr);
  });

  for (const c of chapters) {
    it(`${c.name} executed and exported to HTML`, function () {
      assert.match(run.stdout, new RegExp(`\\] ${c.name}\\s+ok`), run.stdout + run.stderr);
      assert.ok(fs.existsSync(path.join(out, `${c.name}.html`)));
    });
  }

  it("the HTML export shows the first chart of 01-load-texts in headless Chromium (and the default template would not)", async function () {
    const html = path.join(out, "01-load-texts.html");
    assert.ok(fs.existsSync(html), "01-load-texts.html was not written");
    // The same notebook through Debian's default lab template: SVG is stripped, the chart blank.
    const stripped = path.join(out, "default-template");
    const conv = spawnSync(
      "/usr/bin/jupyter",
      [
        "nbconvert",
        "--to",
        "html",
        "--template",
        "lab",
        "--output-dir",
        stripped,
        path.join(out, "notebooks", "01-load-texts.ipynb"),
      ],
      { encoding: "utf8" },
    );
    assert.equal(conv.status, 0, conv.stderr);
    const browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    });
    try {
      const shot = async (file: string) => {
        const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
        await page.goto("file://" + file);
        const svg = page.locator(".jp-RenderedSVG svg").first();
        await svg.scrollIntoViewIfNeeded();
        const png = await svg.screenshot();
        await page.close();
        return png;
      };
      const ours = inkShare(await shot(html));
      const theirs = inkShare(await shot(path.join(stripped, "01-load-texts.html")));
      assert.ok(ours > 0.01, `chart in our export has ${(ours * 100).toFixed(2)}% ink: blank`);
      assert.ok(
        theirs < ours / 5,
        `default template kept ${(theirs * 100).toFixed(2)}% ink (ours ${(ours * 100).toFixed(2)}%): the check cannot tell blank from drawn`,
      );
    } finally {
      await browser.close();
    }
  });
});
