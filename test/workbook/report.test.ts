/**
 * The report a reader opens, in headless Chromium (playwright-core with Debian's chromium; no browser is downloaded):
 * the findings page and every chapter load from disk with no failed request and none leaving the file system, their
 * charts embedded live; the prevalence chart's tooltip names a unit and a click on a year lists its passages; the
 * stance timeline lists the passages of a brushed span; with scripts off (and on paper) the SVG is the chart; every
 * chapter has its contents, previous/next and a way back to the findings. Prints the page-load figures and saves
 * screenshots under output/screenshots/.
 */
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { fileURLToPath } from "url";
import { type Browser, chromium, type Locator, type Page } from "playwright-core";
import { listChapters } from "../../lib/report";
import { inkShare } from "../support/pixels";
import { ROOT } from "../support/run";
import { reportOutput } from "../support/workbook-output";

const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
const SHOTS = path.join(ROOT, "output", "screenshots");

/** What loading a page cost, and what went wrong. */
interface Loaded {
  page: Page;
  requests: string[];
  failed: string[];
  errors: string[];
  bytes: number;
  charts: { total: number; embedded: number; failed: number; firstChartMs: number | null; lastChartMs: number | null };
  loadMs: number;
}

/** Opens a report page and waits until its charts are embedded (or, scripts off, until it is loaded). */
async function open(browser: Browser, file: string, opts: { js?: boolean; width?: number } = {}): Promise<Loaded> {
  const js = opts.js ?? true;
  const ctx = await browser.newContext({ viewport: { width: opts.width ?? 1280, height: 900 }, javaScriptEnabled: js });
  const page = await ctx.newPage();
  const requests: string[] = [];
  const failed: string[] = [];
  const errors: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("requestfailed", (r) => failed.push(`${r.url()} (${r.failure()?.errorText})`));
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  await page.goto(`file://${file}`, { waitUntil: "load" });
  let charts: Loaded["charts"] = { total: 0, embedded: 0, failed: 0, firstChartMs: null, lastChartMs: null };
  if (js) {
    await page.waitForFunction("window.workbookCharts && window.workbookCharts.done", null, { timeout: 120_000 });
    charts = (await page.evaluate("window.workbookCharts")) as Loaded["charts"];
  }
  const loadMs = (await page.evaluate(
    "Math.round(performance.getEntriesByType('navigation')[0].loadEventEnd)",
  )) as number;
  const bytes = requests.reduce((sum, u) => {
    if (u.startsWith("data:")) return sum + u.length;
    const f = u.startsWith("file:") ? fileURLToPath(u.split("#")[0]) : "";
    return sum + (f && fs.existsSync(f) ? fs.statSync(f).size : 0);
  }, 0);
  return { page, requests, failed, errors, bytes, charts, loadMs };
}

/** The text lines of a chart's passage list (they start with a year or a date, then " · "). */
async function listLines(chart: Locator): Promise<string[]> {
  return chart
    .locator(".wb-live text")
    .evaluateAll((els) => els.map((e) => e.textContent ?? "").filter((t) => /^\d{4}[^·]* · /.test(t)));
}

describe("the report in a browser (headless Chromium)", function () {
  this.timeout(15 * 60_000);
  let out: string;
  let browser: Browser;

  before(async function () {
    out = reportOutput();
    fs.mkdirSync(SHOTS, { recursive: true });
    browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: FLAGS });
  });
  after(async function () {
    await browser?.close();
  });

  it("the findings page and every chapter load from disk: no failed request, none leaving the disk", async function () {
    const pages = ["index.html", ...listChapters(path.join(ROOT, "notebooks")).map((c) => `${c.name}.html`)];
    const figures: string[] = [];
    for (const name of pages) {
      const file = path.join(out, name);
      assert.ok(fs.existsSync(file), `${name} was not written`);
      const p = await open(browser, file);
      const outside = p.requests.filter((u) => !u.startsWith("file:") && !u.startsWith("data:"));
      assert.deepEqual(outside, [], `${name} requested outside the file system`);
      assert.deepEqual(p.failed, [], `${name}: failed requests`);
      assert.deepEqual(p.errors, [], `${name}: script errors`);
      assert.equal(p.charts.failed, 0, `${name}: a chart was not embedded`);
      assert.equal(p.charts.embedded, p.charts.total, `${name}: charts embedded`);
      const first = p.charts.firstChartMs === null ? "–" : `${p.charts.firstChartMs} ms`;
      const last = p.charts.lastChartMs === null ? "–" : `${p.charts.lastChartMs} ms`;
      const size = `${String(p.requests.length).padStart(3)} requests ${(p.bytes / 1e6).toFixed(2).padStart(6)} MB`;
      const times = `load ${String(p.loadMs).padStart(5)} ms  ${String(p.charts.total).padStart(2)} charts`;
      figures.push(`${name.padEnd(26)} ${size}  ${times}, first ${first}, all ${last}`);
      if (name === "index.html") {
        await p.page.screenshot({ path: path.join(SHOTS, "report-findings.png"), fullPage: true });
      }
      await p.page.context().close();
    }
    console.log(`      page-load figures (from disk, ${out}):\n${figures.map((f) => `        ${f}`).join("\n")}`);
  });

  it("hovering a point of the prevalence chart shows a tooltip naming a unit, with its sentence", async function () {
    const p = await open(browser, path.join(out, "index.html"));
    const chart = p.page.locator("#chart-06-prevalence-by-year .wb-chart");
    const points = chart.locator('.wb-live path[aria-roledescription="point"]');
    const labels = await points.evaluateAll((els) => els.map((e) => e.getAttribute("aria-label") ?? ""));
    const i = labels.findIndex((l) => /units with the theme: [^;]*[A-Z]{3}_\d+_\d{4}/.test(l));
    assert.ok(i >= 0, "no point of the prevalence chart has units behind it");
    const unit = /[A-Z]{3}_\d+_\d{4}/.exec(labels[i])![0];
    await points.nth(i).scrollIntoViewIfNeeded();
    await points.nth(i).hover();
    const tip = p.page.locator("#vg-tooltip-element");
    await tip.waitFor({ state: "visible" });
    const text = (await tip.textContent()) ?? "";
    assert.match(text, new RegExp(unit), `the tooltip does not name ${unit}:\n${text}`);
    assert.match(text, /units with the theme/);
    assert.match(text, /evidence/);
    const box = (await chart.boundingBox())!;
    const tipBox = (await tip.boundingBox())!;
    const x = Math.max(0, Math.min(box.x, tipBox.x) - 10);
    const y = Math.max(0, Math.min(box.y, tipBox.y) - 10);
    await p.page.screenshot({
      path: path.join(SHOTS, "report-tooltip.png"),
      clip: {
        x,
        y,
        width: Math.max(box.x + box.width, tipBox.x + tipBox.width) - x + 10,
        height: Math.max(box.y + box.height, tipBox.y + tipBox.height) - y + 10,
      },
    });
    await p.page.context().close();
  });

  it("clicking a year lists its passages, another year changes the list, and the legend filters it", async function () {
    const p = await open(browser, path.join(out, "index.html"));
    const chart = p.page.locator("#chart-06-prevalence-by-year .wb-chart");
    const points = chart.locator('.wb-live path[aria-roledescription="point"]');
    const labels = await points.evaluateAll((els) => els.map((e) => e.getAttribute("aria-label") ?? ""));
    // a point's description: "2010, dialogue: 50% of 4 units; units with the theme: …"
    const yearOf = (l: string) => /^(\d{4}), /.exec(l)?.[1] ?? "";
    const withUnits = labels.map((l, i) => ({ l, i })).filter((x) => /units with the theme: [^;]*[A-Z]{3}_/.test(x.l));
    const a = withUnits[0];
    const b = [...withUnits].reverse().find((x) => yearOf(x.l) !== yearOf(a.l))!; // far from a: no tooltip over it
    assert.ok(yearOf(a.l) !== "" && b, labels.slice(0, 3).join("\n"));
    assert.deepEqual(await listLines(chart), [], "the list is empty before a year is chosen");
    await points.nth(a.i).scrollIntoViewIfNeeded();
    await points.nth(a.i).click();
    await p.page.waitForTimeout(300);
    const first = await listLines(chart);
    assert.ok(first.length > 0, `no passages listed for ${yearOf(a.l)}`);
    assert.ok(
      first.every((t) => t.startsWith(`${yearOf(a.l)} · `)),
      first.join("\n"),
    );
    const svg = (await chart.locator(".wb-live svg").first().boundingBox())!;
    const last = (await chart
      .locator(".wb-live text", { hasText: first[first.length - 1] })
      .last()
      .boundingBox())!;
    assert.ok(last.y + last.height <= svg.y + svg.height, "the last listed passage is outside the chart");
    await points.nth(b.i).click();
    await p.page.waitForTimeout(300);
    const second = await listLines(chart);
    assert.ok(second.length > 0 && second.every((t) => t.startsWith(`${yearOf(b.l)} · `)), second.join("\n"));
    assert.notDeepEqual(second, first);
    const theme = /^\d{4}, (\w+):/.exec(b.l)![1];
    await chart.locator(".wb-live g.role-legend-label text", { hasText: new RegExp(`^${theme}$`) }).click();
    await p.page.waitForTimeout(300);
    const filtered = await listLines(chart);
    assert.ok(filtered.length > 0 && filtered.every((t) => t.includes(` — ${theme}`)), filtered.join("\n"));
    await p.page.context().close();
  });

  it("brushing a span of the stance timeline lists the passages of that span (chapter 06)", async function () {
    const p = await open(browser, path.join(out, "06-time-shifts.html"));
    const chart = p.page.locator(".wb-chart", { has: p.page.locator(".wb-live g.stance_points_marks") });
    const plot = chart.locator(".wb-live g.stance_points_marks");
    await plot.scrollIntoViewIfNeeded();
    assert.deepEqual(await listLines(chart), []);
    const box = (await plot.boundingBox())!;
    const y = box.y + box.height / 2;
    await p.page.mouse.move(box.x + box.width * 0.6, y);
    await p.page.mouse.down();
    await p.page.mouse.move(box.x + box.width * 0.75, y, { steps: 5 });
    await p.page.mouse.up();
    await p.page.waitForTimeout(300);
    const lines = await listLines(chart);
    assert.ok(lines.length > 0, "no passages listed for the brushed span");
    assert.ok(
      lines.every((t) => / — stance /.test(t)),
      lines.join("\n"),
    );
    await p.page.context().close();
  });

  it("with scripts off, every chart is its SVG fallback (ink check)", async function () {
    for (const name of ["index.html", "06-time-shifts.html"]) {
      const p = await open(browser, path.join(out, name), { js: false });
      const svg = p.page.locator(".wb-chart .wb-static svg").first();
      await svg.scrollIntoViewIfNeeded();
      assert.ok(await svg.isVisible(), `${name}: the fallback SVG is hidden`);
      const ink = inkShare(await svg.screenshot());
      assert.ok(ink > 0.01, `${name}: the fallback chart has ${(ink * 100).toFixed(2)}% ink: blank`);
      assert.equal(await p.page.locator(".wb-live svg").count(), 0);
      await p.page.context().close();
    }
  });

  it("on paper the charts are their SVG, without navigation or live charts", async function () {
    const p = await open(browser, path.join(out, "06-time-shifts.html"));
    await p.page.emulateMedia({ media: "print" });
    assert.ok(await p.page.locator(".wb-chart .wb-static svg").first().isVisible());
    assert.equal(await p.page.locator(".wb-chart .wb-live").first().isVisible(), false);
    assert.equal(await p.page.locator(".wb-bar").first().isVisible(), false);
    assert.equal(await p.page.locator(".wb-toc").first().isVisible(), false);
    const pdf = await p.page.pdf({ format: "A4" });
    assert.ok(pdf.length > 10_000);
    await p.page.context().close();
  });

  it("every chapter has its contents, previous/next and a link back to the findings", async function () {
    const chapters = listChapters(path.join(ROOT, "notebooks"));
    for (const [i, c] of chapters.entries()) {
      const p = await open(browser, path.join(out, `${c.name}.html`), { js: false });
      const nav = p.page.locator(".wb-bar-top .wb-nav");
      assert.equal(await nav.locator('a[href="index.html"]').count(), 1, `${c.name}: no link to the findings`);
      if (i > 0) assert.equal(await nav.locator(`a[href="${chapters[i - 1].name}.html"]`).count(), 2, c.name);
      if (i < chapters.length - 1) assert.equal(await nav.locator(`a[href="${chapters[i + 1].name}.html"]`).count(), 2);
      const toc = await p.page.locator(".wb-toc a").evaluateAll((els) => els.map((e) => e.getAttribute("href") ?? ""));
      assert.ok(toc.length >= 2, `${c.name}: contents has ${toc.length} entries`);
      for (const href of toc) {
        // nbconvert writes ids percent-encoded; a browser looks for the fragment as written, then decoded
        const ids = JSON.stringify([href.slice(1), decodeURIComponent(href.slice(1))]);
        const found = await p.page.evaluate(`${ids}.some((id) => document.getElementById(id) !== null)`);
        assert.ok(found, `${c.name}: contents entry ${href} leads nowhere`);
      }
      await p.page.context().close();
    }
  });

  it("a table longer than a screen scrolls in place", async function () {
    const p = await open(browser, path.join(out, "06-time-shifts.html"), { js: false });
    const sizes = await p.page.locator("table.workbook-table").evaluateAll((els) =>
      els.map((e) => ({
        rows: e.querySelectorAll("tbody tr").length,
        client: e.clientHeight,
        scroll: e.scrollHeight,
      })),
    );
    const longest = sizes.reduce((a, b) => (b.rows > a.rows ? b : a));
    assert.ok(longest.rows >= 30, `the longest table has ${longest.rows} rows`);
    assert.ok(longest.client < longest.scroll, "the long table is shown whole instead of scrolling");
    assert.ok(longest.client <= 900, `the long table is ${longest.client} px tall`);
    await p.page.context().close();
  });
});
