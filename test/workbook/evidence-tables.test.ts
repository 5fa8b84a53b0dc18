/**
 * The evidence tables of chapters 02, 03 and 04 as a reader sees them at 1,280 px (headless Chromium, the chapter
 * pages `npm start` writes): each table named below is there, and neither it nor the page scrolls sideways — long
 * text wraps, a concordance is clipped around its hit. Issue 20 measured them at 2,418 px ("Patterns per theme"),
 * 2,125 px ("Which pattern fired"), 1,854 × 7,488 px ("Themes found in one sentence only") and 1,808 × 12,606 px
 * (chapter 04's "Misses and false alarms"). Screenshots of each go to output/screenshots/evidence-*.png.
 */
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { type Browser, chromium } from "playwright-core";
import { ROOT } from "../support/run";
import { reportOutput } from "../support/workbook-output";

const WIDTH = 1280;
const SHOTS = path.join(ROOT, "output", "screenshots");

/** The evidence tables of each chapter, by the start of their title. */
const TABLES: Record<string, string[]> = {
  "02-codebook": ["The dictionary on the six sentences", "Patterns per theme", "Which pattern found its words"],
  "03-code-texts": ["Presence by unit", "Up to three evidence lines per theme", "Themes found in one sentence only"],
  "04-reliability": ["Misses and false alarms"],
};

/** A table's title (its caption, or the text just before it) and how wide it is against its box. */
interface Measured {
  title: string;
  right: number;
  scrollWidth: number;
  clientWidth: number;
  index: number;
}

describe(`the evidence tables of chapters 02, 03 and 04 at ${WIDTH} px`, function () {
  this.timeout(10 * 60_000);
  let browser: Browser;

  before(async function () {
    browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
    fs.mkdirSync(SHOTS, { recursive: true });
  });
  after(async () => browser?.close());

  for (const [chapter, titles] of Object.entries(TABLES)) {
    it(`${chapter}: ${titles.join(", ")} — no horizontal overflow`, async function () {
      const file = path.join(reportOutput(), `${chapter}.html`);
      const ctx = await browser.newContext({ viewport: { width: WIDTH, height: 900 }, javaScriptEnabled: false });
      const page = await ctx.newPage();
      await page.goto(`file://${file}`, { waitUntil: "load" });
      const pageWidth = (await page.evaluate("document.documentElement.scrollWidth")) as number;
      const tables = (await page.evaluate(`[...document.querySelectorAll("table")].map((t, index) => ({
        title: (t.querySelector("caption")?.textContent ?? t.previousElementSibling?.textContent ?? "").trim(),
        right: Math.round(t.getBoundingClientRect().right),
        scrollWidth: t.scrollWidth,
        clientWidth: t.clientWidth,
        index,
      }))`)) as Measured[];
      for (const title of titles) {
        const t = tables.find((x) => x.title.startsWith(title));
        assert.ok(t, `${chapter}: no table titled "${title}…" (titles: ${tables.map((x) => x.title).join(" | ")})`);
        await page
          .locator("table")
          .nth(t.index)
          .screenshot({
            path: path.join(SHOTS, `evidence-${chapter}-${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}.png`),
          });
        assert.ok(t.right <= WIDTH, `${chapter}, "${title}": ends at ${t.right} px, past ${WIDTH}`);
        assert.ok(
          t.scrollWidth <= t.clientWidth,
          `${chapter}, "${title}": ${t.scrollWidth} px of content in ${t.clientWidth} px (scrolls sideways)`,
        );
      }
      assert.ok(pageWidth <= WIDTH, `${chapter}: the page is ${pageWidth} px wide at a ${WIDTH} px window`);
      await ctx.close();
    });
  }
});
