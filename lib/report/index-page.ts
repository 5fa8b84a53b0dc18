/** The workbook's front page, `output/index.html`: a link to each chapter's HTML export. */
import * as fs from "fs";
import * as path from "path";
import { writeFileAtomic } from "../core";
import { escapeHtml } from "../display";
import type { Chapter } from "./chapters";

/** One list item: a link to the chapter's export when it exists in `outDir`, else "(not run)". */
function chapterItem(c: Chapter, outDir: string): string {
  const html = `${c.name}.html`;
  if (!fs.existsSync(path.join(outDir, html))) return `  <li>${escapeHtml(c.title)} <small>(not run)</small></li>`;
  const notebook = `<a href="notebooks/${escapeHtml(c.name)}.ipynb">notebook</a>`;
  return `  <li><a href="${escapeHtml(html)}">${escapeHtml(c.title)}</a> <small>(${notebook})</small></li>`;
}

/**
 * The HTML of the index page: one link a chapter whose export exists in `outDir`,
 * the others listed as not run. No timestamps: the same chapters give the same bytes.
 *
 * @example indexHtml(listChapters("notebooks"), "output", "ungdc-kosovo")
 */
export function indexHtml(chapters: Chapter[], outDir: string, corpus: string): string {
  const items = chapters.map((c) => chapterItem(c, outDir)).join("\n");
  const charts = `Charts are also in <a href="charts/">charts/</a>.`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>China and Kosovo: a content-analysis workbook</title>
<style>body{font-family:sans-serif;max-width:48em;margin:2em auto;line-height:1.5}li{margin:.3em 0}</style>
</head>
<body>
<h1>China and Kosovo: a content-analysis workbook</h1>
<p>Chapters executed with the tslab kernel. Default corpus: <code>${escapeHtml(corpus)}</code>. ${charts}</p>
<ol>
${items}
</ol>
</body>
</html>
`;
}

/**
 * Writes `index.html` into `outDir` (atomically) and returns its path.
 *
 * @example writeIndex(listChapters("notebooks"), "output", "ungdc-kosovo") // "output/index.html"
 */
export function writeIndex(chapters: Chapter[], outDir: string, corpus: string): string {
  const file = path.join(outDir, "index.html");
  writeFileAtomic(file, indexHtml(chapters, outDir, corpus));
  return file;
}
