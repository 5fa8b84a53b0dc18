/** The workbook's chapters: the notebooks in file-name order, each titled by its first heading. */
import * as fs from "fs";
import * as path from "path";
import { ArgumentError, byCodeUnit } from "../core";

/** A chapter of the workbook: its notebook file and what the index shows of it. */
export interface Chapter {
  /** File stem, e.g. "01-load-texts". */
  name: string;
  /** First markdown heading of the notebook, without the leading #s. */
  title: string;
  /** Path of the notebook file. */
  notebook: string;
}

/**
 * The title of a notebook: its first markdown heading, or the file stem when it has none.
 *
 * @example
 * notebookTitle({ cells: [{ cell_type: "markdown", source: ["# 1. Loading texts\n"] }] }, "01-load")
 * // "1. Loading texts"
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

/**
 * The workbook's chapters: `*.ipynb` in `dir`, in file-name order.
 *
 * @example listChapters("notebooks").map((c) => c.name) // ["00-start-here", "01-load-texts", …]
 */
export function listChapters(dir: string): Chapter[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".ipynb"))
    .sort(byCodeUnit)
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
 * The chapters whose name contains one of `only` (a number such as "04", or part of a name; items
 * may be comma-separated); every chapter when `only` is empty.
 *
 * @example selectChapters(listChapters("notebooks"), ["01", "05"]).map((c) => c.name) // ["01-load-texts", "05-counts"]
 * @throws {ArgumentError} naming every item that matches no chapter, and the chapters there are
 */
export function selectChapters(all: Chapter[], only: string[]): Chapter[] {
  if (only.length === 0) return all;
  const wanted = only
    .flatMap((o) => o.split(","))
    .map((o) => o.trim())
    .filter(Boolean);
  const unmatched = wanted.filter((w) => !all.some((c) => c.name.includes(w)));
  if (unmatched.length) {
    const quoted = unmatched.map((u) => `"${u}"`).join(", ");
    throw new ArgumentError(
      "--only",
      "a chapter's number or part of its name",
      unmatched.join(", "),
      `no chapter matches ${quoted}; chapters: ${all.map((c) => c.name).join(", ")}`,
    );
  }
  return all.filter((c) => wanted.some((w) => c.name.includes(w)));
}
