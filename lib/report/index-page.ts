/**
 * The workbook's front page, `output/index.html`: the findings on the corpus the chapters ran on, then the chapters.
 * `writeReport` writes it after every chapter has run, with the assets and the chapters' navigation.
 */
import * as path from "path";
import { writeFileAtomic } from "../core";
import { writeAssets } from "./assets";
import { decorateChapters } from "./chapter-page";
import type { Chapter } from "./chapters";
import { findingsHtml } from "./findings-page";
import { computeFindings, type Findings } from "./findings";

/** The chapters the findings come from: without all of them in the notebooks folder, the page lists chapters only. */
export const FINDINGS_CHAPTERS = ["05-counts", "06-time-shifts", "07-vocabulary", "08-compare-speakers"];

/**
 * The findings of `corpus` when every chapter they come from is among `chapters`, else null.
 *
 * @example findingsFor(listChapters("notebooks"), "ungdc-kosovo")?.findings.length // 4
 */
export function findingsFor(chapters: Chapter[], corpus: string): Findings | null {
  const names = chapters.map((c) => c.name);
  return FINDINGS_CHAPTERS.every((n) => names.includes(n)) ? computeFindings(corpus) : null;
}

/**
 * The HTML of the chapters-only front page: one link a chapter whose export exists in `outDir`, the others listed
 * as not run. No timestamps: the same chapters give the same bytes.
 *
 * @example indexHtml(listChapters("test/fixtures/notebooks/ok"), "output", "ungdc-kosovo")
 */
export function indexHtml(chapters: Chapter[], outDir: string, corpus: string): string {
  return findingsHtml(null, chapters, outDir, corpus).html;
}

/**
 * Writes the chapters-only `index.html` into `outDir` (atomically) and returns its path.
 *
 * @example writeIndex(listChapters("notebooks"), "output", "ungdc-kosovo") // "output/index.html"
 */
export function writeIndex(chapters: Chapter[], outDir: string, corpus: string): string {
  const file = path.join(outDir, "index.html");
  writeFileAtomic(file, indexHtml(chapters, outDir, corpus));
  return file;
}

/** What `writeReport` wrote, and the finding cells it could not find. */
export interface ReportWritten {
  index: string;
  /** Chapter pages whose navigation was filled. */
  chapters: string[];
  assets: string[];
  /** Findings computed (0 when the notebooks folder lacks their chapters). */
  findings: number;
  /** Cells the findings name by tag that no chapter has ("chapter: tag"): their links are missing. */
  unresolved: string[];
}

/**
 * Writes the report around the executed chapters: the assets (runtimes, page script, stylesheet), the navigation and
 * contents of every chapter page, and the findings page as `index.html`.
 *
 * @example writeReport(listChapters("notebooks"), "output", "ungdc-kosovo").index // "output/index.html"
 */
export function writeReport(chapters: Chapter[], outDir: string, corpus: string): ReportWritten {
  const assets = writeAssets(outDir);
  const pages = decorateChapters(chapters, outDir);
  const found = findingsFor(chapters, corpus);
  const page = findingsHtml(found, chapters, outDir, corpus);
  const index = path.join(outDir, "index.html");
  writeFileAtomic(index, page.html);
  return { index, chapters: pages, assets, findings: found?.findings.length ?? 0, unresolved: page.unresolved };
}
