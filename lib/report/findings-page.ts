/**
 * The findings page, `output/index.html`: what the workbook found on the corpus it ran on — results first, each with
 * its numbers (linked to the chapter cell that shows them), its chart and its caveat — then the chapters, the method.
 */
import * as fs from "fs";
import * as path from "path";
import { escapeHtml } from "../display";
import { type CellPlace, cellByTag, readNotebook } from "./cells";
import type { Chapter } from "./chapters";
import { savedChartHtml } from "./chart-html";
import type { CellRef, Claim, Finding, Findings, Sentence } from "./findings";
import { pageFoot, pageHead, topBar } from "./page";

/** The page's HTML, and the claims whose cell tag was found in no chapter (each "chapter: tag"). */
export interface FindingsPage {
  html: string;
  unresolved: string[];
}

/** Finds cells by tag in the chapters' notebooks, reading each notebook once. */
function cellFinder(chapters: Chapter[]): (ref: CellRef) => CellPlace | null {
  const cache = new Map<string, ReturnType<typeof readNotebook> | null>();
  return (ref) => {
    const ch = chapters.find((c) => c.name === ref.chapter);
    if (!ch) return null;
    if (!cache.has(ch.name)) cache.set(ch.name, fs.existsSync(ch.notebook) ? readNotebook(ch.notebook) : null);
    const nb = cache.get(ch.name);
    return nb ? cellByTag(nb, ref.tag) : null;
  };
}

/**
 * Renders findings as a page. Every number is a `<strong class="wb-num">` carrying the chapter and cell id it comes
 * from (and the row of a table), so a reader can follow it and a test can check it against the chapter's output.
 *
 * Without findings (`null`: the chapters that compute them are not in the notebooks folder) the page lists the
 * chapters alone.
 *
 * @example findingsHtml(computeFindings("ungdc-kosovo"), listChapters("notebooks"), "output", "ungdc-kosovo").html
 */
export function findingsHtml(
  found: Findings | null,
  chapters: Chapter[],
  outDir: string,
  corpus: string,
): FindingsPage {
  const find = cellFinder(chapters);
  const unresolved = new Set<string>();
  const place = (ref: CellRef) => {
    const p = find(ref);
    if (!p) unresolved.add(`${ref.chapter}: ${ref.tag}`);
    return p;
  };
  const claim = (c: Claim) => {
    const p = place(c.cell);
    const row = c.row ? ` data-row="${escapeHtml(JSON.stringify(c.row))}"` : "";
    const at = `data-chapter="${escapeHtml(c.cell.chapter)}" data-cell="${escapeHtml(p?.id ?? "")}"${row}`;
    return `<strong class="wb-num" ${at}>${escapeHtml(c.text)}</strong>`;
  };
  const text = (s: Sentence) => s.map((p) => (typeof p === "string" ? escapeHtml(p) : claim(p))).join("");
  /** "05 · Counts: § 1. Presence…; § 3. The paper…": a chapter once, then a link to each of its cells. */
  const links = (refs: CellRef[]) => {
    const names = refs.map((r) => r.chapter).filter((n, i, all) => all.indexOf(n) === i);
    return names.map((name) => {
      const ch = chapters.find((c) => c.name === name);
      const run = fs.existsSync(path.join(outDir, `${name}.html`));
      const cells = refs
        .filter((r) => r.chapter === name)
        .map((r) => {
          const p = place(r);
          if (!p) return `(a cell tagged ${escapeHtml(r.tag)}: not found)`;
          const label = p.section ? `§ ${escapeHtml(p.section)}` : `cell ${escapeHtml(p.id)}`;
          return run ? `<a href="${escapeHtml(name)}.html#cell-${escapeHtml(p.id)}">${label}</a>` : label;
        });
      return `${escapeHtml(ch?.title ?? name)}${run ? "" : " (not run here)"}: ${cells.join(", ")}`;
    });
  };
  const finding = (f: Finding) => {
    const cells = [f.cell, ...sourcesOf(f)].filter(
      (r, i, all) => all.findIndex((x) => x.chapter === r.chapter && x.tag === r.tag) === i,
    );
    const chart =
      f.chart === ""
        ? ""
        : (savedChartHtml(outDir, f.chart) ?? `<p class="wb-missing">Chart ${escapeHtml(f.chart)} not drawn here.</p>`);
    return [
      `<section class="wb-finding" id="finding-${escapeHtml(f.key)}">`,
      `<h2>${escapeHtml(f.title)}</h2>`,
      ...f.sentences.map((s) => `<p>${text(s)}</p>`),
      f.caveat ? `<p class="wb-caveat"><span>Caveat.</span> ${text(f.caveat)}</p>` : "",
      `<p class="wb-source">Computed in ${links(cells).join("; ")}.</p>`,
      chart,
      "</section>",
    ].join("\n");
  };
  const body = found
    ? [
        `<h1>What the workbook found on <code>${escapeHtml(found.corpus.card)}</code></h1>`,
        `<section class="wb-corpus">${found.corpus.sentences.map((s) => `<p>${text(s)}</p>`).join("\n")}</section>`,
        `<nav class="wb-finding-list" aria-label="Findings"><ol>${found.findings
          .map((f) => `<li><a href="#finding-${escapeHtml(f.key)}">${escapeHtml(f.title)}</a></li>`)
          .join("")}</ol></nav>`,
        ...found.findings.map(finding),
      ]
    : [
        "<h1>China and Kosovo: a content-analysis workbook</h1>",
        `<p>Chapters executed with the tslab kernel on the corpus <code>${escapeHtml(corpus)}</code>.</p>`,
      ];
  const html = [
    pageHead(found ? `Findings on ${found.corpus.card}` : "China and Kosovo: a content-analysis workbook"),
    '<body class="wb-findings">',
    topBar(chapters, outDir, null),
    '<main class="wb-main">',
    ...body,
    chapterList(chapters, outDir),
    "</main>",
    pageFoot(body.some((b) => b.includes("wb-spec"))),
  ].join("\n");
  return { html, unresolved: [...unresolved].sort() };
}

/** The cells a finding's claims come from, in reading order. */
function sourcesOf(f: Finding): CellRef[] {
  return [...f.sentences.flat(), ...(f.caveat ?? [])]
    .filter((p): p is Claim => typeof p !== "string")
    .map((c) => c.cell);
}

/** The chapters, the method: a link to each chapter run in `outDir`, the others marked as not run. */
export function chapterList(chapters: Chapter[], outDir: string): string {
  const item = (c: Chapter) => {
    const html = `${c.name}.html`;
    if (!fs.existsSync(path.join(outDir, html))) return `  <li>${escapeHtml(c.title)} <small>(not run)</small></li>`;
    const notebook = `<a href="notebooks/${escapeHtml(c.name)}.ipynb">notebook</a>`;
    return `  <li><a href="${escapeHtml(html)}">${escapeHtml(c.title)}</a> <small>(${notebook})</small></li>`;
  };
  return [
    '<section class="wb-chapters" id="chapters">',
    "<h2>The chapters: how these numbers were made</h2>",
    "<p>Each chapter is a notebook executed with the tslab kernel; every chart is also in " +
      '<a href="charts/">charts/</a> as SVG, PNG and vega-lite spec.</p>',
    "<ol>",
    ...chapters.map(item),
    "</ol>",
    "</section>",
  ].join("\n");
}
