/**
 * A chapter's page after every chapter has run: the navigation bar (findings, previous/next, all chapters) and the
 * table of contents filled into the places the nbconvert template leaves (`<!--wb:nav-->…<!--/wb:nav-->`). Filling
 * the same page twice gives the same bytes.
 */
import * as fs from "fs";
import * as path from "path";
import { writeFileAtomic } from "../core";
import { escapeHtml } from "../display";
import type { Chapter } from "./chapters";
import { prevNext, topBar } from "./page";

/** A heading of a chapter page: its level (1–3), anchor and text. */
export interface Heading {
  level: number;
  id: string;
  text: string;
}

/** HTML to plain text: tags dropped, the few entities nbconvert writes decoded. */
function plain(html: string): string {
  return html
    .replace(/<a class="anchor-link"[\s\S]*?<\/a>/g, "")
    .replace(/<[^>]+>/g, "")
    .replace(/&#182;|&para;/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .trim();
}

/**
 * The headings (levels 1–3, with an id) of an exported chapter, in page order.
 *
 * @example headings('<h2 id="1.-Counts">1. Counts<a class="anchor-link" href="#1.-Counts">&#182;</a></h2>')
 * // [{ level: 2, id: "1.-Counts", text: "1. Counts" }]
 */
export function headings(html: string): Heading[] {
  const out: Heading[] = [];
  for (const m of html.matchAll(/<h([1-3]) id="([^"]+)"[^>]*>([\s\S]*?)<\/h\1>/g)) {
    out.push({ level: Number(m[1]), id: m[2], text: plain(m[3]) });
  }
  return out;
}

/**
 * The table of contents of a chapter page: a list of links to its headings (levels 2–3 under the title).
 *
 * @example tocHtml([{ level: 2, id: "a", text: "1. A" }]) // '<details class="wb-toc-box" open>…<a href="#a">1. A</a>…'
 */
export function tocHtml(list: Heading[]): string {
  const items = list
    .filter((h) => h.level > 1)
    .map((h) => `<li class="wb-toc-${h.level}"><a href="#${escapeHtml(h.id)}">${escapeHtml(h.text)}</a></li>`);
  return `<details class="wb-toc-box" open><summary>Contents</summary><ol>${items.join("")}</ol></details>`;
}

/** Replaces what stands between `<!--wb:NAME-->` and `<!--/wb:NAME-->` (the markers kept). */
function fill(html: string, name: string, content: string): string {
  const open = `<!--wb:${name}-->`;
  const close = `<!--/wb:${name}-->`;
  const a = html.indexOf(open);
  const b = html.indexOf(close, a);
  if (a < 0 || b < 0) return html;
  return html.slice(0, a + open.length) + content + html.slice(b);
}

/**
 * A chapter page with its navigation and table of contents filled in; a page without the template's places is
 * returned as it is.
 *
 * @example decorateChapter(html, listChapters("notebooks"), chapter, "output")
 */
export function decorateChapter(html: string, chapters: Chapter[], chapter: Chapter, outDir: string): string {
  let out = fill(html, "nav", topBar(chapters, outDir, chapter));
  out = fill(out, "toc", tocHtml(headings(html)));
  out = fill(out, "nav-foot", `<nav class="wb-nav" aria-label="Chapters">${prevNext(chapters, chapter, outDir)}</nav>`);
  return out;
}

/**
 * Fills the navigation of every chapter page in `outDir` (those not run are skipped); returns the pages written.
 *
 * @example decorateChapters(listChapters("notebooks"), "output") // ["output/00-start-here.html", …]
 */
export function decorateChapters(chapters: Chapter[], outDir: string): string[] {
  const written: string[] = [];
  for (const c of chapters) {
    const file = path.join(outDir, `${c.name}.html`);
    if (!fs.existsSync(file)) continue;
    const before = fs.readFileSync(file, "utf8");
    const after = decorateChapter(before, chapters, c, outDir);
    if (after !== before) writeFileAtomic(file, after);
    written.push(file);
  }
  return written;
}
