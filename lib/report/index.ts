/**
 * The report stage: the workbook's front page, `output/index.html`, linking every chapter's
 * HTML export. Chapter titles come from each notebook's first markdown heading.
 */
import * as fs from "fs";
import * as path from "path";
import { escapeHtml } from "../display";
import { writeFileAtomic } from "../core";

/** A chapter of the workbook: its notebook file and what the index shows of it. */
export interface Chapter {
  /** File stem, e.g. "01-load-texts". */
  name: string;
  /** First markdown heading of the notebook, without the leading #s. */
  title: string;
  /** Path of the notebook file. */
  notebook: string;
}

export { escapeHtml };

/**
 * The title of a notebook: its first markdown heading, or the file stem when it has none.
 *
 * @example notebookTitle({ cells: [{ cell_type: "markdown", source: ["# 1. Loading texts\n"] }] }, "01-load") // "1. Loading texts"
 */
export function notebookTitle(
  nb: { cells?: Array<{ cell_type: string; source: string | string[] }> },
  fallback: string,
): string {
  for (const cell of nb.cells ?? []) {
    if (cell.cell_type !== "markdown") continue;
    const text = Array.isArray(cell.source) ? cell.source.join("") : cell.source;
    const m = /^#{1,3}\s+(.+)$/m.exec(text);
    if (m) return m[1].trim();
  }
  return fallback;
}

/** The workbook's chapters: `notebooks/*.ipynb` in file-name order. */
export function listChapters(dir: string): Chapter[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".ipynb"))
    .sort()
    .map((f) => {
      const notebook = path.join(dir, f);
      const name = f.replace(/\.ipynb$/, "");
      let title = name;
      try {
        title = notebookTitle(JSON.parse(fs.readFileSync(notebook, "utf8")), name);
      } catch {
        /* an unreadable notebook is reported by the runner when it executes it */
      }
      return { name, title, notebook };
    });
}

/**
 * The HTML of the index page: one link a chapter whose export exists in `outDir`,
 * the others listed as not run. No timestamps: the same chapters give the same bytes.
 */
export function indexHtml(chapters: Chapter[], outDir: string, corpus: string): string {
  const items = chapters
    .map((c) => {
      const html = `${c.name}.html`;
      return fs.existsSync(path.join(outDir, html))
        ? `  <li><a href="${escapeHtml(html)}">${escapeHtml(c.title)}</a> <small>(<a href="notebooks/${escapeHtml(c.name)}.ipynb">notebook</a>)</small></li>`
        : `  <li>${escapeHtml(c.title)} <small>(not run)</small></li>`;
    })
    .join("\n");
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>China and Kosovo: a content-analysis workbook</title>
<style>body{font-family:sans-serif;max-width:48em;margin:2em auto;line-height:1.5}li{margin:.3em 0}</style>
</head>
<body>
<h1>China and Kosovo: a content-analysis workbook</h1>
<p>Chapters executed with the tslab kernel. Default corpus: <code>${escapeHtml(corpus)}</code>. Charts are also in <a href="charts/">charts/</a>.</p>
<ol>
${items}
</ol>
</body>
</html>
`;
}

/** Writes `index.html` into `outDir` (atomically) and returns its path. */
export function writeIndex(chapters: Chapter[], outDir: string, corpus: string): string {
  const file = path.join(outDir, "index.html");
  writeFileAtomic(file, indexHtml(chapters, outDir, corpus));
  return file;
}
