/**
 * What every report page shares: the head (the workbook's stylesheet, nothing from outside `output/`), the bar that
 * links the findings and the chapters (previous, next, all), and the scripts that embed the charts live.
 */
import * as fs from "fs";
import * as path from "path";
import { escapeHtml } from "../display";
import type { Chapter } from "./chapters";

/** The scripts a page with charts loads, in order, from `output/assets/` (written once by `writeAssets`). */
export const PAGE_SCRIPTS = ["vega.min.js", "vega-lite.min.js", "vega-embed.min.js", "workbook.js"];

/**
 * The start of a report page, up to `</head>`.
 *
 * @example pageHead("Findings on ungdc-kosovo").startsWith("<!DOCTYPE html>") // true
 */
export function pageHead(title: string): string {
  return [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    '<link rel="stylesheet" href="assets/workbook.css">',
    "</head>",
  ].join("\n");
}

/**
 * The end of a report page: the chart scripts (when the page has charts), `</body>` and `</html>`.
 *
 * @example pageFoot(false) // "</body>\n</html>\n"
 */
export function pageFoot(withCharts: boolean): string {
  const scripts = withCharts ? PAGE_SCRIPTS.map((s) => `<script src="assets/${s}"></script>`) : [];
  return [...scripts, "</body>", "</html>", ""].join("\n");
}

/**
 * A chapter's title up to its first colon, for the previous/next links: "04 · Reliability".
 *
 * @example shortTitle("04 · Reliability: would another coder see the same themes?") // "04 · Reliability"
 */
export function shortTitle(title: string): string {
  const i = title.indexOf(":");
  return i > 0 ? title.slice(0, i).trim() : title;
}

/** A link to a chapter's page when it was run in `outDir`, else its title marked as not run. */
function chapterLink(c: Chapter, outDir: string, label: string = c.title): string {
  if (!fs.existsSync(path.join(outDir, `${c.name}.html`))) {
    return `<span class="wb-not-run">${escapeHtml(label)} (not run)</span>`;
  }
  return `<a href="${escapeHtml(c.name)}.html">${escapeHtml(label)}</a>`;
}

/**
 * The previous and next chapters of `current` (null for the findings page) as links.
 *
 * @example prevNext(chapters, chapters[0], "output") // '<span class="wb-prev"></span> <span class="wb-next">next: …'
 */
export function prevNext(chapters: Chapter[], current: Chapter, outDir: string): string {
  const i = chapters.findIndex((c) => c.name === current.name);
  const prev = i > 0 ? chapters[i - 1] : null;
  const next = i >= 0 && i < chapters.length - 1 ? chapters[i + 1] : null;
  return [
    `<span class="wb-prev">${prev ? `← ${chapterLink(prev, outDir, shortTitle(prev.title))}` : ""}</span>`,
    `<span class="wb-next">${next ? `${chapterLink(next, outDir, shortTitle(next.title))} →` : ""}</span>`,
  ].join(" ");
}

/**
 * The bar at the top of every page: a link to the findings, previous/next chapter, and every chapter in a menu.
 *
 * @example topBar(listChapters("notebooks"), "output", null) // '<nav class="wb-nav" …'
 */
export function topBar(chapters: Chapter[], outDir: string, current: Chapter | null): string {
  const findings = current ? '<a href="index.html">Findings</a>' : '<span aria-current="page">Findings</span>';
  const items = chapters.map((c) =>
    c.name === current?.name
      ? `<li aria-current="page">${escapeHtml(c.title)}</li>`
      : `<li>${chapterLink(c, outDir)}</li>`,
  );
  return [
    '<nav class="wb-nav" aria-label="Workbook">',
    `<span class="wb-home">${findings}</span>`,
    current ? prevNext(chapters, current, outDir) : "",
    `<details class="wb-menu"><summary>Chapters</summary><ol>${items.join("")}</ol></details>`,
    "</nav>",
  ].join("\n");
}
