/**
 * Every chapter in notebooks/ executed by the real runner (scripts/run-workbook.ts) with the tslab
 * kernel, so a broken chapter fails `npm test`; the first chart of 01-load-texts seen in Chromium; and,
 * when the full General Debate archive is there, every chapter run again on the embedded subset
 * (data/ungdc-subset) with the same charts, CSVs and displayed outputs (scripts/compare-outputs.ts).
 */
import { strict as assert } from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { chromium } from "playwright-core";
import { listChapters } from "../../lib/report";
import { compareRuns } from "../../scripts/compare-outputs";
import { needFullArchive } from "../support/full-archive";
import { inkShare } from "../support/pixels";
import { ROOT, runScript } from "../support/run";
import { workbookOutput } from "../support/workbook-output";

const tmp = (name: string) => fs.mkdtempSync(path.join(os.tmpdir(), `workbook-${name}-`));

describe("the workbook's chapters (every notebook in notebooks/)", function () {
  this.timeout(15 * 60_000);
  const chapters = listChapters(path.join(ROOT, "notebooks"));
  let out: string;
  let run: ReturnType<typeof workbookOutput>["run"];

  before(function () {
    ({ out, run } = workbookOutput());
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

  it("09-add-texts shows no temporary path (it showed its random scratch folder, different on every run)", function () {
    const nb = JSON.parse(fs.readFileSync(path.join(out, "notebooks", "09-add-texts.ipynb"), "utf8"));
    const shownText = JSON.stringify(nb.cells.flatMap((c: { outputs?: unknown[] }) => c.outputs ?? []));
    assert.ok(!shownText.includes(os.tmpdir()), "an output names a folder under the system's temporary folder");
    assert.match(shownText, /scratch copy of \*\*china-kosovo\*\* in a temporary folder/);
  });

  const shown = "the HTML export shows the first chart of 01-load-texts in headless Chromium, scripts off";
  it(`${shown} (and the default template would not)`, async function () {
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
      // With scripts off the chart is its static SVG, the fallback (the live chart is tested in report.test.ts).
      const shot = async (file: string) => {
        const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, javaScriptEnabled: false });
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
        `default template kept ${(theirs * 100).toFixed(2)}% ink (ours ${(ours * 100).toFixed(2)}%): ` +
          "the check cannot tell blank from drawn",
      );
    } finally {
      await browser.close();
    }
  });

  describe("on the embedded subset", () => {
    it("every chapter shows the same figures on the subset as on the full archive", function () {
      needFullArchive(this, "comparing the chapters on the subset with the full archive");
      assert.equal(run.status, 0, "the chapters did not run on the full archive");
      const onSubset = tmp("chapters-subset");
      const r = runScript("run-workbook", ["--out", onSubset], {
        env: { UNGDC_DIR: tmp("no-archive"), WORKBOOK_CACHE: tmp("cache-subset") },
      });
      assert.equal(r.status, 0, r.stdout + r.stderr);
      const shown = JSON.parse(fs.readFileSync(path.join(onSubset, "notebooks", "01-load-texts.ipynb"), "utf8"));
      assert.match(JSON.stringify(shown), /General Debate texts read from the embedded subset/);
      const { compared, diffs } = compareRuns(out, onSubset);
      assert.ok(compared > 100, `only ${compared} outputs compared`);
      assert.deepEqual(diffs, []);
    });
  });
});
