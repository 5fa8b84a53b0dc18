/**
 * A notebook's cells as the report needs them: found by tag (the findings name the cells that show their numbers by
 * a `finding-…` tag in the cell's metadata, which survives edits of the cell's code), with the id the HTML export
 * anchors (`#cell-<id>`) and the heading of the section the cell is in.
 */
import * as fs from "fs";
import { InputError } from "../core";

/** A cell of a notebook, as read from its JSON. */
export interface NotebookCell {
  id?: string;
  cell_type: string;
  source: string | string[];
  metadata?: { tags?: string[] };
  outputs?: Array<Record<string, unknown>>;
}

/** A notebook, as read from its JSON. */
export interface Notebook {
  cells: NotebookCell[];
}

/** Where a tagged cell is: its id (the page anchor is `cell-<id>`) and the section heading above it. */
export interface CellPlace {
  id: string;
  /** The nearest markdown heading at or before the cell, without its #s ("" when there is none). */
  section: string;
}

/**
 * Reads a notebook's JSON.
 *
 * @example readNotebook("notebooks/05-counts.ipynb").cells.length // 12
 * @throws {InputError} when the file is missing or is not a notebook
 */
export function readNotebook(file: string): Notebook {
  let nb: Notebook;
  try {
    nb = JSON.parse(fs.readFileSync(file, "utf8")) as Notebook;
  } catch (e) {
    throw new InputError({ file, message: `cannot read the notebook: ${(e as Error).message}`, fix: "run npm start" });
  }
  if (!nb || !Array.isArray(nb.cells)) {
    throw new InputError({ file, message: "not a notebook (no cells)", fix: "check the file is an .ipynb notebook" });
  }
  return nb;
}

/** A cell's source as one string. */
export function sourceOf(cell: NotebookCell): string {
  return Array.isArray(cell.source) ? cell.source.join("") : cell.source;
}

/**
 * The id and section of the cell tagged `tag`, or null when no cell (or a cell without an id) has the tag.
 *
 * @example cellByTag(readNotebook("notebooks/05-counts.ipynb"), "finding-hierarchy")
 * // { id: "e9f03156", section: "1. Presence and mentions per theme" }
 */
export function cellByTag(nb: Notebook, tag: string): CellPlace | null {
  let section = "";
  for (const cell of nb.cells) {
    if (cell.cell_type === "markdown") {
      const m = /^#{1,3}\s+(.+)$/m.exec(sourceOf(cell));
      if (m) section = m[1].trim();
    }
    if (cell.metadata?.tags?.includes(tag)) return cell.id ? { id: cell.id, section } : null;
  }
  return null;
}

/**
 * The text a cell shows: the plain-text form of each display and result, and its printed streams, in order.
 *
 * @example cellOutputText(cell) // "Themes in ungdc-kosovo, most frequent first (99 units)\ntheme  units …"
 */
export function cellOutputText(cell: NotebookCell): string {
  const parts: string[] = [];
  for (const out of cell.outputs ?? []) {
    const data = out.data as Record<string, unknown> | undefined;
    const text = data?.["text/plain"] ?? out.text;
    if (text !== undefined) parts.push(Array.isArray(text) ? text.join("") : String(text));
  }
  return parts.join("\n");
}

/** Output text as a reader sees it: Markdown emphasis and code marks dropped, runs of spaces and tabs folded. */
function readable(text: string): string {
  return text
    .replace(/\*\*|`/g, "")
    .replace(/(^|[\s(])\*([^*\n]+)\*/g, "$1$2")
    .replace(/[ \t]+/g, " ");
}

/**
 * Whether a cell's output shows `text`: anywhere in it, or — with `row` — on one line that also holds every text of
 * `row` (a table's row). Markdown emphasis is ignored and spaces are folded, as a reader would read it.
 *
 * @example showsClaim("theme  share\ndialogue  49.5%", "49.5%", ["dialogue"]) // true
 * @example showsClaim("theme  share\ndialogue  49.5%", "49.6%", ["dialogue"]) // false
 */
export function showsClaim(output: string, text: string, row?: string[]): boolean {
  const want = readable(text).trim();
  const shown = readable(output);
  if (!row || row.length === 0) return shown.includes(want);
  const cells = row.map((r) => readable(r).trim());
  return shown.split("\n").some((line) => line.includes(want) && cells.every((c) => line.includes(c)));
}
