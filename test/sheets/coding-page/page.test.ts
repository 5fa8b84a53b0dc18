/**
 * The coding page in a real browser (headless Chromium through playwright-core, Debian's chromium; no browser is
 * downloaded): a page opened from disk, three units coded with clicks and keys, the codes still there after a
 * reload, the export downloaded and equal — byte for byte — to the sheet of what was clicked, read back with the
 * one sheet reader (`loadSheet`), and two coders' exports compared with the reliability functions. A half-coded
 * unit is refused and named. A page of the real corpus exports a sheet that `loadSheet`, the coding folder and the
 * REFI-QDA export read, and refuse alike when it names another codebook version. Saves screenshots under
 * output/screenshots/ and prints the size and unit-switch time of a page of 100 real units (no timed assertion).
 */
import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { type Browser, chromium, type Page } from "playwright-core";
import { codebookVersion } from "../../../lib/codebook/version";
import { coefficientValue, cohenKappa, formatCoefficient, reliabilityTable } from "../../../lib/reliability";
import { loadCodebook, themeKeys } from "../../../lib/codebook";
import {
  buildCodingPage,
  buildQdpxExport,
  bySentence,
  codedSetName,
  codingPageData,
  codingPageHtml,
  fillSheet,
  loadCodingFolder,
  loadSheet,
  sentenceSheetCsv,
} from "../../../lib/sheets";
import { ROOT } from "../../support/run";
import { unit } from "../fixtures";
import { CODEBOOK, KEYS, UNITS } from "../qdpx/fixtures";

const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
const SHOTS = path.join(ROOT, "output", "screenshots");
const CARD = "ungdc-kosovo-1989-2007";
/** The three fixture units (3, 2 and 4 sentences) and a fourth, left for the half-coded check. */
const PAGE_UNITS = [...UNITS, unit("DDD_66_2011", "One more sentence. And another. A third one.", 2011)];
const VERSION = codebookVersion(CODEBOOK);

/** What a coder clicked: unit id → per sentence the themes ([] = no theme, null = not coded). */
type Clicked = Record<string, Array<string[] | null>>;

/** Writes a coding page of the fixture units for a coder; returns its file. */
function fixturePage(dir: string, coder: string): string {
  const data = codingPageData({
    units: PAGE_UNITS,
    codebook: CODEBOOK,
    coder,
    corpus: "test",
    sample: "4 units",
    sampleKey: "t",
  });
  const file = path.join(dir, `${coder}.html`);
  fs.writeFileSync(file, codingPageHtml(data));
  return file;
}

/** Opens a page from disk in a fresh context; collects script errors and downloads. */
async function open(browser: Browser, file: string) {
  const ctx = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  const page = await ctx.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(`file://${file}`, { waitUntil: "load" });
  await page.waitForFunction("window.codingPage && window.codingPage.ready");
  return { page, errors, requests };
}

/**
 * In the page: press "n" (next unit); the milliseconds until the new unit is drawn and laid out, and until the
 * browser starts the next frame (which paints it).
 */
const SWITCH = `(async () => {
  const t0 = performance.now();
  document.dispatchEvent(new KeyboardEvent("keydown", { key: "n", bubbles: true }));
  void document.body.offsetHeight;
  const t1 = performance.now();
  await new Promise((r) => requestAnimationFrame(r));
  return [t1 - t0, performance.now() - t0];
})()`;

const chip = (page: Page, sentence: number, theme: string) =>
  page.locator(`#s-${sentence} .chip[data-theme="${theme}"]`);

/** The pressed themes of each sentence of the unit on screen ([] = no theme, null = not coded). */
async function onScreen(page: Page): Promise<Array<string[] | null>> {
  return page.locator("#sentences > li").evaluateAll((lis) =>
    lis.map((li) => {
      const pressed = [...li.querySelectorAll('.chip[aria-pressed="true"]')].map((b) => b.getAttribute("data-theme"));
      return pressed.length === 0 ? null : pressed[0] === "" ? [] : (pressed as string[]);
    }),
  );
}

/** Every unit's pressed themes, going through the units with the unit list. */
async function allOnScreen(page: Page): Promise<Clicked> {
  const out: Clicked = {};
  for (let i = 0; i < PAGE_UNITS.length; i++) {
    await page.click(`#nav-${i} button`);
    out[PAGE_UNITS[i].id] = await onScreen(page);
  }
  return out;
}

/** The sheet a coder's clicks make: the blank sentence-level sheet filled with them, the note on row 1 of its unit. */
function expectedSheet(coder: string, clicked: Clicked, notes: Record<string, string>): string {
  const blank = sentenceSheetCsv(PAGE_UNITS, KEYS, { coder, codebook: VERSION });
  return fillSheet(blank, (row, set) => {
    const st = clicked[row.id]?.[Number(row.sentence) - 1] ?? null;
    for (const k of KEYS) set(k, st === null ? "" : st.includes(k) ? "1" : "0");
    if (row.sentence === "1" && notes[row.id]) set("note", notes[row.id]);
  });
}

/** Clicks Export and returns the downloaded file's name and text. */
async function exportSheet(page: Page): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export")]);
  const file = await download.path();
  return { name: download.suggestedFilename(), text: fs.readFileSync(file as string, "utf8") };
}

describe("sheets/coding-page: the page in a browser (headless Chromium)", function () {
  this.timeout(10 * 60_000);
  let browser: Browser;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "coding-page-"));
  const sheets: Record<string, string> = {};

  before(async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: FLAGS });
  });
  after(async () => {
    await browser?.close();
  });

  it("codes three units by clicks and keys; after a reload the codes are there; the export is the clicks", async () => {
    const { page, errors, requests } = await open(browser, fixturePage(dir, "student-a"));
    assert.equal(await page.textContent("#progress-text"), "0 of 4 units coded");
    // unit 1, AAA (3 sentences), by clicks: sovereignty; dialogue; no theme
    await chip(page, 0, "sovereignty").click();
    await chip(page, 1, "dialogue").click();
    await chip(page, 2, "").click();
    // unit 2, BBB (2 sentences), by keys: n (next unit), 2 (dialogue), j (next sentence), 1 1 (sovereignty on
    // and off again), 3 (heritage)
    for (const k of ["n", "2", "j", "1", "1", "3"]) await page.keyboard.press(k);
    // unit 3, CCC (4 sentences): Enter twice moves to sentence 3, a click marks sovereignty there, a marks the
    // rest "no theme", then ↓ and 2 put dialogue on sentence 4; m opens the note
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Enter");
    await chip(page, 2, "sovereignty").click();
    for (const k of ["a", "ArrowDown", "2", "m"]) await page.keyboard.press(k);
    await page.keyboard.type("s3: part of Serbia, said of the province");
    await page.keyboard.press("Escape");
    assert.equal(await page.textContent("#progress-text"), "3 of 4 units coded");
    assert.equal(await page.textContent("#sentence-progress"), "9 of 12 sentences");

    const clicked: Clicked = {
      AAA_63_2008: [["sovereignty"], ["dialogue"], []],
      BBB_64_2009: [["dialogue"], ["heritage"]],
      CCC_65_2010: [[], [], ["sovereignty"], ["dialogue"]],
      DDD_66_2011: [null, null, null],
    };
    const notes = { CCC_65_2010: "s3: part of Serbia, said of the province" };
    await page.reload({ waitUntil: "load" });
    await page.waitForFunction("window.codingPage && window.codingPage.ready");
    assert.equal(
      await page.textContent("#unit-title"),
      "CCC_65_2010 · unit 3 of 4",
      "the page reopens where the coder was",
    );
    assert.equal(await page.inputValue("#note"), notes.CCC_65_2010);
    assert.deepEqual(await allOnScreen(page), clicked);
    assert.equal(await page.textContent("#progress-text"), "3 of 4 units coded");

    const out = await exportSheet(page);
    assert.equal(out.name, "student-a.csv");
    assert.equal(
      out.text,
      expectedSheet("student-a", clicked, notes),
      "the export is the sheet of the clicks, byte for byte",
    );
    sheets.a = path.join(dir, "student-a.csv");
    fs.writeFileSync(sheets.a, out.text);
    // read back with the sheet reader
    const read = loadSheet(sheets.a, { themeKeys: KEYS, codebookVersion: VERSION });
    assert.equal(read.level, "sentence");
    assert.equal(read.coder, "student-a");
    for (const [id, rows] of Object.entries(clicked))
      assert.deepEqual(
        read.sentences[id].map((r) =>
          KEYS.every((k) => r.codes[k] === null) ? null : KEYS.filter((k) => r.codes[k] === 1),
        ),
        rows,
        id,
      );
    assert.match(
      (await page.textContent("#message")) ?? "",
      /Exported student-a\.csv: 3 coded units; 1 not coded yet is in it with blank cells/,
    );
    await page.screenshot({ path: path.join(SHOTS, "coding-page-fixture.png") });
    assert.deepEqual(errors, []);
    assert.deepEqual(
      requests.filter((u) => !u.startsWith("file:") && !u.startsWith("blob:")),
      [],
      "nothing from the network",
    );
    await page.context().close();
  });

  it("a second coder's export, and the agreement of the two with the reliability functions", async () => {
    const { page, errors } = await open(browser, fixturePage(dir, "student-b"));
    // the same as student-a but AAA sentence 2 "no theme" (student-a: dialogue)
    for (const k of ["1", "j", "x", "j", "0", "n", "2", "j", "3", "n", "0", "j", "0", "j", "1", "j", "2"])
      await page.keyboard.press(k);
    const out = await exportSheet(page);
    assert.equal(out.name, "student-b.csv");
    sheets.b = path.join(dir, "student-b.csv");
    fs.writeFileSync(sheets.b, out.text);
    assert.deepEqual(errors, []);
    await page.context().close();

    const [a, b] = [sheets.a, sheets.b].map((f) => loadSheet(f, { themeKeys: KEYS, codebookVersion: VERSION }));
    const rows = reliabilityTable([bySentence(a), bySentence(b)], KEYS);
    const row = (t: string) => rows.find((r) => r.theme === t)!;
    // 9 sentences coded by both (DDD's 3 are blank in both sheets: left out)
    assert.deepEqual(
      rows.map((r) => r.units),
      [9, 9, 9, 9],
    );
    // sovereignty and heritage: the same 2 and 1 sentences → agreement 1, κ 1
    const v = (t: string, c: "agreement" | "cohenKappa") => coefficientValue(row(t)[c]) as number;
    assert.equal(v("sovereignty", "agreement"), 1);
    assert.equal(v("sovereignty", "cohenKappa"), 1);
    assert.equal(v("heritage", "cohenKappa"), 1);
    // dialogue: a marks 3 of 9, b 2 of 9, they differ on one sentence. Agreement 8/9; chance
    // (3/9)(2/9) + (6/9)(7/9) = 48/81; κ = (72/81 − 48/81) / (1 − 48/81) = 24/33 = 0.727
    assert.ok(Math.abs(v("dialogue", "agreement") - 8 / 9) < 1e-12);
    assert.ok(Math.abs(v("dialogue", "cohenKappa") - 24 / 33) < 1e-12);
    const [da, db] = [a, b].map((s) => Object.values(bySentence(s)).map((c) => c.dialogue));
    assert.equal(cohenKappa(da, db), row("dialogue").cohenKappa);
    console.log(
      `      agreement of the two exports over ${row("dialogue").units} sentences: ` +
        rows.map((r) => `${r.theme} κ ${formatCoefficient(r.cohenKappa)}`).join(", "),
    );
  });

  it("refuses to export a half-coded unit and says which unit and which sentences", async () => {
    const { page, errors } = await open(browser, fixturePage(dir, "student-c"));
    let downloads = 0;
    page.on("download", () => downloads++);
    await page.click("#nav-3 button");
    await chip(page, 0, "dialogue").click(); // DDD: sentence 1 of 3
    await page.click("#nav-0 button");
    await page.click("#export");
    const msg = (await page.textContent("#message")) ?? "";
    assert.match(msg, /Not exported: 1 unit is half-coded/);
    assert.match(msg, /DDD_66_2011: sentences 2, 3 not coded/);
    assert.equal(await page.textContent("#unit-title"), "DDD_66_2011 · unit 4 of 4", "it takes the coder there");
    await page.waitForTimeout(500);
    assert.equal(downloads, 0);
    await page.screenshot({ path: path.join(SHOTS, "coding-page-half-coded.png") });
    // once the unit is done, the export goes through
    for (const k of ["j", "x", "j", "x"]) await page.keyboard.press(k);
    const out = await exportSheet(page);
    assert.match(out.text, /\nDDD_66_2011,3,student-c,[^\n]*,0,0,0,\n/);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it("a backup restores the work in another browser, only into the same page", async () => {
    const file = fixturePage(dir, "student-d");
    const first = await open(browser, file);
    for (const k of ["1", "j", "x", "j", "2"]) await first.page.keyboard.press(k);
    const [download] = await Promise.all([first.page.waitForEvent("download"), first.page.click("#backup")]);
    assert.equal(download.suggestedFilename(), "student-d-backup.json");
    const backup = path.join(dir, "student-d-backup.json");
    await download.saveAs(backup);
    await first.page.context().close();
    const fresh = await open(browser, file); // a new context: nothing kept in this browser
    assert.equal(await fresh.page.textContent("#progress-text"), "0 of 4 units coded");
    await fresh.page.setInputFiles("#restore", backup);
    await fresh.page.waitForFunction(`document.getElementById("message").textContent.startsWith("Restored")`);
    assert.equal(await fresh.page.textContent("#progress-text"), "1 of 4 units coded");
    assert.deepEqual((await allOnScreen(fresh.page)).AAA_63_2008, [["sovereignty"], [], ["dialogue"]]);
    await fresh.page.context().close();
    const other = await open(browser, fixturePage(dir, "student-e"));
    await other.page.setInputFiles("#restore", backup);
    await other.page.waitForFunction(`!document.getElementById("message").hidden`);
    assert.match(
      (await other.page.textContent("#message")) ?? "",
      /Not restored from student-d-backup\.json: it is the backup of another page \(coder student-d/,
    );
    assert.equal(await other.page.textContent("#progress-text"), "0 of 4 units coded");
    assert.deepEqual([...first.errors, ...fresh.errors, ...other.errors], []);
    await other.page.context().close();
  });

  it("a page built again with a unit whose sentences changed: its old codes are dropped, and named", async () => {
    const file = path.join(dir, "rebuilt.html");
    const build = (units: typeof PAGE_UNITS) =>
      codingPageHtml(
        codingPageData({ units, codebook: CODEBOOK, coder: "f", corpus: "test", sample: "s", sampleKey: "r" }),
      );
    fs.writeFileSync(file, build(PAGE_UNITS));
    const { page, errors } = await open(browser, file);
    for (const k of ["x", "j", "x", "j", "x", "n", "x", "j", "x"]) await page.keyboard.press(k); // AAA and BBB coded
    assert.equal(await page.textContent("#progress-text"), "2 of 4 units coded");
    fs.writeFileSync(file, build([unit("AAA_63_2008", "Now it is one sentence only.", 2008), ...PAGE_UNITS.slice(1)]));
    await page.reload({ waitUntil: "load" });
    await page.waitForFunction("window.codingPage && window.codingPage.ready");
    assert.match(
      (await page.textContent("#message")) ?? "",
      /The sentences of AAA_63_2008 changed since you coded them/,
    );
    assert.equal(await page.textContent("#progress-text"), "1 of 4 units coded");
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it("a unit's text that looks like markup is shown as text", async () => {
    const hostile = unit("ZZZ_1_2000", 'Look: <img src=x onerror="window.pwned=1"> and </script><b>bold</b>. End.');
    const data = codingPageData({
      units: [hostile],
      codebook: CODEBOOK,
      coder: "c",
      corpus: "t",
      sample: "s",
      sampleKey: "h",
    });
    const file = path.join(dir, "hostile.html");
    fs.writeFileSync(file, codingPageHtml(data));
    const { page, errors } = await open(browser, file);
    assert.equal(await page.locator("#sentences img, #sentences b").count(), 0);
    assert.match(
      (await page.textContent("#s-0 .text")) ?? "",
      /<img src=x onerror="window.pwned=1"> and <\/script><b>bold<\/b>\./,
    );
    assert.equal(await page.evaluate("window.pwned"), undefined);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it("the real corpus: a blind page and an instructor's page with the evidence (screenshots)", async () => {
    const list = path.join(ROOT, "data", "coding", CARD, "sample.csv");
    for (const evidence of [false, true]) {
      const built = buildCodingPage({
        corpus: CARD,
        coder: "student-a",
        units: { kind: "list", file: list, half: "tune" },
        evidence,
      });
      const file = path.join(dir, `real-${evidence}.html`);
      fs.writeFileSync(file, built.html);
      const { page, errors } = await open(browser, file);
      await page.click("#nav-1 button");
      for (const k of ["j", "j"]) await page.keyboard.press(k); // sentence 3 is the current one; nothing coded
      const marks = await page.locator("#sentences mark").count();
      const machine = await page.locator(".chip.machine").count();
      if (evidence) assert.ok(marks > 0 && machine > 0, "the instructor's page marks the dictionary coder's words");
      else assert.equal(marks + machine, 0, "a blind page shows no evidence");
      const out = await exportSheet(page);
      assert.equal(out.name, evidence ? "student-a-with-evidence.csv" : "student-a.csv");
      await page.screenshot({ path: path.join(SHOTS, evidence ? "coding-page-evidence.png" : "coding-page.png") });
      if (!evidence) await realExportIsRead(page, built.data.units[1].id);
      assert.deepEqual(errors, []);
      await page.context().close();
    }
  });

  /**
   * On the blind page of the real corpus: sentence 3 of the unit on screen gets the first theme and the rest of
   * the unit "no theme"; the export is read by the one sheet reader (the other units blank: missing, never 0), by a
   * coding folder (a second download of it beside it is refused as a copy) and by the REFI-QDA export; the same
   * sheet with another codebook version in its `codebook` column is refused by the reader and the export alike.
   */
  async function realExportIsRead(page: Page, id: string): Promise<void> {
    const codebook = loadCodebook();
    const keys = themeKeys(codebook);
    const version = codebookVersion(codebook);
    for (const k of ["1", "a"]) await page.keyboard.press(k);
    const out = await exportSheet(page);
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "class-"));
    const file = path.join(folder, out.name);
    fs.writeFileSync(file, out.text);
    const read = loadSheet(file, { themeKeys: keys, codebookVersion: version });
    assert.deepEqual([read.level, read.coder, read.codebook, read.ids.length], ["sentence", "student-a", version, 25]);
    const coded = read.sentences[id];
    assert.deepEqual(
      coded.map((r) => keys.filter((k) => r.codes[k] === 1)),
      coded.map((r) => (r.sentence === 3 ? [keys[0]] : [])),
    );
    assert.equal(read.codes[id][keys[0]], 1);
    const other = read.ids.find((x) => x !== id) as string;
    assert.equal(read.codes[other][keys[0]], null, "a unit not coded is missing, not 0");
    assert.equal(read.blanks.blank, read.blanks.cells - coded.length * keys.length);
    assert.equal(loadCodingFolder(folder, keys, { codebookVersion: version }).sheets[0].coder, "student-a");
    fs.writeFileSync(path.join(folder, "student-a (1).csv"), out.text);
    assert.throws(() => loadCodingFolder(folder, keys), /are copies of one sheet/);
    const units = { kind: "list" as const, file: path.join(ROOT, "data", "coding", CARD, "sample.csv"), half: "tune" };
    const built = buildQdpxExport({ corpus: CARD, units, sheets: [file], noDictionary: true });
    const source = built.project.sources.find((s) => s.name === id)!;
    assert.deepEqual(
      built.project.sets.find((s) => s.name === codedSetName("student-a"))?.sources,
      [source.guid],
      "the one unit coded completely",
    );
    assert.deepEqual(
      source.selections.map((s) => s.name),
      ["sentence 3"],
    );
    const stale = path.join(folder, "stale.csv");
    fs.writeFileSync(stale, out.text.replaceAll(`,${version},`, ",000000000000,"));
    const refused = new RegExp(
      `coded against codebook version 000000000000, but the codebook's definitions are now version ${version}`,
    );
    assert.throws(() => loadSheet(stale, { themeKeys: keys, codebookVersion: version }), refused);
    assert.throws(() => buildQdpxExport({ corpus: CARD, units, sheets: [stale], noDictionary: true }), refused);
  }

  it("a page of 100 real units: its size, load time and unit-switch time (printed, not asserted)", async () => {
    const built = buildCodingPage({
      corpus: CARD,
      coder: "timing",
      units: { kind: "sample", fraction: 0.3, seed: "1" },
    });
    assert.equal(built.data.units.length, 100);
    const file = path.join(dir, "hundred.html");
    fs.writeFileSync(file, built.html);
    const { page, errors } = await open(browser, file);
    const loadMs = (await page.evaluate(
      "Math.round(performance.getEntriesByType('navigation')[0].loadEventEnd)",
    )) as number;
    const laid: number[] = [];
    const framed: number[] = [];
    for (let i = 0; i < 40; i++) {
      const [a, b] = (await page.evaluate(SWITCH)) as [number, number];
      laid.push(a);
      framed.push(b);
    }
    const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[xs.length / 2].toFixed(1);
    const max = (xs: number[]) => Math.max(...xs).toFixed(1);
    assert.match((await page.textContent("#unit-title")) ?? "", / · unit 41 of 100$/, "40 switches from unit 1");
    assert.deepEqual(errors, []);
    console.log(
      `      100 units, ${built.sentences} sentences: page ${(fs.statSync(file).size / 1024).toFixed(0)} KB, ` +
        `load ${loadMs} ms; 40 unit switches: drawn and laid out in median ${median(laid)} ms (max ${max(laid)}), ` +
        `next frame after median ${median(framed)} ms (max ${max(framed)})`,
    );
    await page.context().close();
  });
});
