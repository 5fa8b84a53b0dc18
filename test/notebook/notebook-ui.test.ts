/**
 * Stepping through a chapter as a person does, in the classic Jupyter Notebook that `npm run notebook`
 * starts: the server on a free port of 127.0.0.1 with a token, a chapter opened in headless Chromium
 * (playwright-core, Debian's /usr/bin/chromium), Cell → Run All, a table and a chart on the page and no
 * error, the same outputs as `npm start`, a broken cell showing the real error, an edited cell showing
 * the changed result, a screenshot, and a stop that leaves no process behind and the chapter unchanged.
 */
import { strict as assert } from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { type Browser, chromium, type Page } from "playwright-core";
import {
  chooseFrontEnd,
  type NotebookServer,
  notebookUrl,
  sessionProcesses,
  startNotebookServer,
  type StopReport,
} from "../../lib/cli/notebook-server";
import {
  cellErrors,
  normalizeOutputs,
  outputText,
  PAGE_HELPERS,
  type PageCell,
  type PageOutput,
} from "../../lib/cli/notebook-page";
import { writeFileAtomic } from "../../lib/core";
import { inkShare } from "../support/pixels";
import { ROOT, runScript } from "../support/run";

const CHAPTER = "05-counts";
const CHAPTER_FILE = path.join(ROOT, "notebooks", `${CHAPTER}.ipynb`);
const SCREENSHOT = path.join(ROOT, "output", "screenshots", "notebook-ui.png");
/** The cell the test breaks and then edits: it counts the themes. */
const EDIT_ANCHOR = "countThemes(rows, themes)";

function htmlOf(cell: PageCell): string {
  return cell.outputs.map((o) => outputText(o.data?.["text/html"] ?? "")).join("\n");
}

describe("stepping through a chapter in the classic Notebook UI (npm run notebook)", function () {
  this.timeout(5 * 60_000);
  let server: NotebookServer | null = null;
  let browser: Browser | null = null;
  let page: Page;
  let stopReport: StopReport | null = null;
  let original: Buffer;
  let firstRun: PageCell[] = [];
  const dialogs: string[] = [];

  const cells = (): Promise<PageCell[]> => page.evaluate("window.__wb.cells()") as Promise<PageCell[]>;
  const serverLog = () => (server ? `\n--- server output ---\n${server.log().slice(-4000)}` : "");

  /** Types `text` over the cell's source in its editor, as a person does, and runs it with Shift+Enter. */
  async function editAndRun(index: number, text: string): Promise<PageCell> {
    const before = (await cells()).find((c) => c.index === index);
    const lastPrompt = Math.max(0, ...(await cells()).map((c) => (typeof c.prompt === "number" ? c.prompt : 0)));
    const editor = page.locator("#notebook-container .cell").nth(index).locator(".CodeMirror");
    await editor.click();
    await page.keyboard.press("Control+A");
    await page.keyboard.insertText(text);
    const typed = (await cells()).find((c) => c.index === index);
    assert.equal(typed?.source, text, `the editor holds something else than what was typed (was: ${before?.source})`);
    await page.keyboard.press("Shift+Enter");
    await page.waitForFunction(
      `(function () { var p = Jupyter.notebook.get_cell(${index}).input_prompt_number;
        return typeof p === "number" && p > ${lastPrompt}; })()`,
      null,
      { timeout: 60_000 },
    );
    const after = (await cells()).find((c) => c.index === index);
    assert.ok(after);
    return after;
  }

  before(async function () {
    const choice = chooseFrontEnd({ want: "notebook" });
    assert.ok(choice.ok, choice.ok ? "" : choice.message);
    const setup = spawnSync("bash", [path.join(ROOT, "scripts", "setup.sh")], { encoding: "utf8" });
    assert.equal(setup.status, 0, `scripts/setup.sh failed:\n${setup.stderr}`);
    original = fs.readFileSync(CHAPTER_FILE);
    server = await startNotebookServer({ root: ROOT, executable: choice.executable, frontEnd: "notebook" });
    browser = await chromium.launch({
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
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.addInitScript(PAGE_HELPERS);
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
  });

  after(async function () {
    if (browser) await browser.close();
    if (server && !stopReport) await server.stop();
  });

  it(`opens ${CHAPTER} on the kernel "TypeScript (workbook)" without asking`, async function () {
    assert.ok(server);
    assert.match(server.baseUrl, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    // Without the token the server lets no one in.
    const anonymous = await fetch(`${server.baseUrl}api/contents/notebooks`);
    assert.equal(anonymous.status, 403);
    await page.goto(notebookUrl(server, path.join("notebooks", `${CHAPTER}.ipynb`)));
    await page.waitForFunction("window.__wb && (window.__wb.ready() || window.__wb.modals().length > 0)", null, {
      timeout: 120_000,
    });
    const modals = (await page.evaluate("window.__wb.modals()")) as string[];
    if (modals.length) throw new Error(`the page shows: ${modals.join(" / ")}\n${server.log().slice(-3000)}`);
    // This test never saves: the committed chapter stays without outputs.
    await page.evaluate("Jupyter.notebook.set_autosave_interval(0)");
    assert.equal(await page.evaluate("Jupyter.notebook.kernel.name"), "workbook-tslab");
    assert.equal(
      (await page.locator("#kernel_indicator .kernel_indicator_name").textContent())?.trim(),
      "TypeScript (workbook)",
    );
    assert.deepEqual(await page.evaluate("window.__wb.modals()"), [], "a dialog asks something (kernel not found?)");
  });

  it("Cell → Run All runs every cell: tables and a chart appear, and no cell shows an error", async function () {
    await page.click("#celllink");
    await page.click("#run_all_cells a");
    await page.waitForFunction("!window.__wb.running()", null, { timeout: 4 * 60_000, polling: 250 });
    firstRun = await cells();
    assert.ok(firstRun.length >= 3, `${firstRun.length} code cells`);
    for (const c of firstRun) {
      assert.equal(cellErrors(c), "", `cell ${c.index + 1} shows an error:\n${c.source.slice(0, 200)}`);
      assert.equal(typeof c.prompt, "number", `cell ${c.index + 1} did not run (prompt ${c.prompt})${serverLog()}`);
    }
    assert.equal(await page.locator(".output_area .output_stderr, .output_area .output_error").count(), 0);
    assert.ok((await page.locator(".output_area .output_html table").count()) >= 1, "no table on the page");
    const charts = page.locator(".output_area .output_svg svg");
    assert.ok((await charts.count()) >= 1, "no chart on the page");
    await charts.first().scrollIntoViewIfNeeded();
    const ink = inkShare(await charts.first().screenshot());
    assert.ok(ink > 0.01, `the first chart has ${(ink * 100).toFixed(2)}% ink: blank`);
    assert.deepEqual(await page.evaluate("window.__wb.modals()"), []);
  });

  it("saves a screenshot of the chapter with its chart (output/screenshots/notebook-ui.png)", async function () {
    // The cell that draws the first chart, from its code down through the chart.
    await page.setViewportSize({ width: 1280, height: 1300 });
    await page.evaluate(`(function () {
      var svg = document.querySelector(".output_area .output_svg svg");
      var cells = Jupyter.notebook.get_cells();
      for (var i = 0; i < cells.length; i++) {
        if (cells[i].element[0].contains(svg)) Jupyter.notebook.scroll_to_cell(i, 0);
      }
    })()`);
    await page.waitForTimeout(200);
    const png = await page.screenshot();
    await page.setViewportSize({ width: 1280, height: 900 });
    assert.ok(inkShare(png) > 0.02, "the screenshot is nearly blank");
    writeFileAtomic(SCREENSHOT, png);
    assert.ok(fs.statSync(SCREENSHOT).size > 10_000);
  });

  it("run from the top, its outputs are those npm start writes for the chapter", function () {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "workbook-ui-"));
    try {
      const r = runScript("run-workbook", ["--only", CHAPTER, "--out", out, "--jobs", "1"]);
      assert.equal(r.status, 0, r.stdout + r.stderr);
      const executed = JSON.parse(fs.readFileSync(path.join(out, "notebooks", `${CHAPTER}.ipynb`), "utf8")) as {
        cells: Array<{ cell_type: string; outputs?: PageOutput[] }>;
      };
      const headless = executed.cells.filter((c) => c.cell_type === "code");
      assert.equal(headless.length, firstRun.length);
      headless.forEach((c, i) => {
        assert.deepEqual(
          normalizeOutputs(firstRun[i].outputs),
          normalizeOutputs(c.outputs ?? []),
          `code cell ${i + 1} differs`,
        );
      });
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });

  it("a cell the student breaks shows the real error: the compiler's message with its line", async function () {
    const target = firstRun.find((c) => c.source.includes(EDIT_ANCHOR));
    assert.ok(target, `no cell of ${CHAPTER} contains ${EDIT_ANCHOR}: update EDIT_ANCHOR in this test`);
    const broken = await editAndRun(target.index, target.source.replace(EDIT_ANCHOR, "countThemes(rowz, themes)"));
    assert.match(cellErrors(broken), /\d+:\d+ - Cannot find name 'rowz'/);
    assert.equal(await page.locator(".cell").nth(target.index).locator(".output_stderr").count(), 1);
  });

  it("an edited cell (a theme left out of the count), run again, shows the changed result", async function () {
    const target = firstRun.find((c) => c.source.includes(EDIT_ANCHOR));
    assert.ok(target);
    const firstTable = htmlOf(target);
    const top = firstTable.match(/<tbody>\s*<tr><td[^>]*>([a-z_]+)<\/td>/)?.[1];
    assert.ok(top, `no theme in the first row of the cell's table:\n${firstTable.slice(0, 600)}`);
    await page.waitForTimeout(300); // tslab turns requests away for 200 ms after an error
    const edited = await editAndRun(
      target.index,
      target.source.replace(EDIT_ANCHOR, `countThemes(rows, themes.filter((t) => t !== "${top}"))`),
    );
    assert.equal(cellErrors(edited), "", "the edited cell shows an error");
    const table = htmlOf(edited);
    assert.ok(firstTable.includes(`>${top}</td>`), "the theme was in the table before the edit");
    assert.ok(!table.includes(`>${top}</td>`), `the theme ${top} is still in the table after the edit`);
    const rows = (html: string) => (html.match(/<tr>/g) ?? []).length;
    assert.equal(rows(table), rows(firstTable) - 1, "the table should have lost exactly one row");
    const shown = page
      .locator(".cell")
      .nth(target.index)
      .locator(".output_html td", { hasText: new RegExp(`^${top}$`) });
    assert.equal(await shown.count(), 0, "the page still shows the old row");
  });

  it("stops the server with its kernels, leaving no process behind; the chapter file is unchanged", async function () {
    assert.ok(server);
    const running = sessionProcesses(server.session);
    assert.ok(
      running.some((p) => /jupyter-notebook/.test(p.command)),
      `the check cannot see the server: ${JSON.stringify(running)}`,
    );
    assert.ok(
      running.some((p) => /tslab kernel/.test(p.command)),
      `the check cannot see the kernel: ${JSON.stringify(running)}`,
    );
    await browser?.close();
    browser = null;
    stopReport = await server.stop();
    assert.equal(stopReport.killedServer, false, "the server did not stop on SIGTERM");
    assert.deepEqual(stopReport.leftovers, [], "processes were left behind (jupyter, kernel shell, tslab, node)");
    assert.deepEqual(sessionProcesses(server.session), []);
    assert.throws(() => process.kill(server?.pid ?? 0, 0), /ESRCH/);
    assert.deepEqual(dialogs, []);
    assert.ok(fs.readFileSync(CHAPTER_FILE).equals(original), `${CHAPTER_FILE} was changed (saved?)`);
  });
});
