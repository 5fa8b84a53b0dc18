/**
 * Showing a table: one display with an HTML table that fits the screen (long text wrapped, hits marked, a
 * concordance aligned on its hits, long tables collapsed after `maxRows`) and an aligned plain-text fallback.
 */
import { isMarked, markedPieces, markedPlain } from "../tables";
import { display, type MimeBundle } from "./bundle";
import { type ColumnLayout, columnLayouts } from "./columns";
import { escapeHtml, escapeMarkdown } from "./escape";
import { showNote } from "./notes";
import { formatCell, tableData } from "./table-data";

/** Options of `showTable`. */
export interface TableOptions {
  title?: string;
  caption?: string;
  /** Rows shown (default 20); the rest are counted in a footer, or collapsed (see `rest`). */
  maxRows?: number;
  /** Decimals of non-integer numbers (default 3). */
  decimals?: number;
  /** Columns to show, in order (default: every key, in first-appearance order). */
  columns?: string[];
  /** Rows after `maxRows`: "count" them in the footer (default), or "collapse" them under a "show" toggle. */
  rest?: "count" | "collapse";
  /** A concordance: the columns "left", "hit" (or "match") and "right" aligned on the hit, each on one line. */
  kwic?: boolean;
  /** What to say instead of a table with no rows (e.g. "No evidence: no theme was found in this corpus."). */
  empty?: string;
}

/** Rows kept under the "show" toggle at most; the rest are counted. */
const COLLAPSE_MAX = 500;

/** A cell's content as HTML: escaped, marks as <mark>, a break opportunity after "|" and "·" in long text. */
function cellHtml(v: unknown, decimals: number, layout: ColumnLayout): string {
  const esc = (s: string) => {
    const e = escapeHtml(s);
    return layout.wrap ? e.replace(/([|·,])/g, "$1<wbr>") : e;
  };
  const inner = isMarked(v)
    ? markedPieces(v)
        .map((p) => (p.marked ? `<mark>${esc(p.text)}</mark>` : esc(p.text)))
        .join("")
    : esc(formatCell(v, decimals));
  const strong = layout.strong ? `<strong>${inner}</strong>` : inner;
  if (!layout.wrap) return strong;
  const style = `max-width:${layout.maxEm}em;min-width:10em;white-space:normal;overflow-wrap:anywhere`;
  return `<div style="${style}">${strong}</div>`;
}

/** The style of a cell: alignment always (JupyterLab right-aligns every cell), one line unless wrapped. */
function cellStyle(layout: ColumnLayout): string {
  return `text-align:${layout.align}${layout.wrap ? "" : ";white-space:nowrap"}`;
}

/** The style of a header cell: aligned as its column's cells and wrapped at its spaces, or written upwards. */
function headStyle(layout: ColumnLayout): string {
  if (!layout.vertical) return `text-align:${layout.align}`;
  return "writing-mode:vertical-rl;transform:rotate(180deg);text-align:left;vertical-align:bottom;white-space:nowrap";
}

/** The rows of a table body. */
function bodyHtml(
  rows: Record<string, unknown>[],
  columns: string[],
  layouts: Record<string, ColumnLayout>,
  d: number,
) {
  return rows.map(
    (r) =>
      "<tr>" +
      columns.map((c) => `<td style="${cellStyle(layouts[c])}">${cellHtml(r?.[c], d, layouts[c])}</td>`).join("") +
      "</tr>",
  );
}

/**
 * An HTML table that fits the screen: cells escaped, numbers right-aligned, long text wrapped (see
 * `columnLayouts`), marked text with <mark>; at most `maxRows` rows, the rest counted in a footer or, with
 * `rest: "collapse"`, in a second table under a "show" toggle.
 *
 * @example
 * tableHtml([{ theme: "a<b", n: 1.5 }])
 * // '<table …><thead>…<td style="text-align:left;white-space:nowrap">a&lt;b</td>
 * //  <td style="text-align:right;…">1.500</td>…'
 */
export function tableHtml(input: Record<string, unknown>[] | unknown, opts: TableOptions = {}): string {
  const { columns, rows } = tableData(input, opts.columns);
  const max = opts.maxRows ?? 20;
  const shown = rows.slice(0, max);
  const d = opts.decimals ?? 3;
  const layouts = columnLayouts(columns, rows, { decimals: d, kwic: opts.kwic });
  const head =
    "<thead><tr>" +
    columns.map((c) => `<th style="${headStyle(layouts[c])}">${escapeHtml(c)}</th>`).join("") +
    "</tr></thead>";
  const out: string[] = [];
  out.push('<table class="workbook-table" style="border-collapse:collapse">');
  if (opts.title)
    out.push(`<caption style="caption-side:top;text-align:left;font-weight:bold">${escapeHtml(opts.title)}</caption>`);
  out.push(head, "<tbody>", ...bodyHtml(shown, columns, layouts, d), "</tbody>");
  const more = rows.length - shown.length;
  const collapse = opts.rest === "collapse" && more > 0;
  const kept = collapse ? Math.min(more, COLLAPSE_MAX) : 0;
  const foot: string[] = [];
  if (more > 0 && !collapse) foot.push(`… ${more} more row${more === 1 ? "" : "s"} (${rows.length} in all)`);
  if (collapse && more > kept) foot.push(`the toggle below shows ${kept} more rows; ${more - kept} are left out`);
  if (opts.caption) foot.push(opts.caption);
  if (foot.length) {
    const cell = `<td colspan="${Math.max(1, columns.length)}" style="text-align:left;font-style:italic">`;
    out.push(`<tfoot><tr>${cell}${escapeHtml(foot.join(" — "))}</td></tr></tfoot>`);
  }
  out.push("</table>");
  if (collapse) {
    const rest = rows.slice(max, max + kept);
    out.push(
      `<details><summary>Show the other ${kept} row${kept === 1 ? "" : "s"} (${rows.length} in all)</summary>`,
      '<table class="workbook-table" style="border-collapse:collapse">',
      head,
      "<tbody>",
      ...bodyHtml(rest, columns, layouts, d),
      "</tbody></table></details>",
    );
  }
  return out.join("\n");
}

/** A cell as one line of plain text (marks in «…»). */
function cellPlain(v: unknown, decimals: number): string {
  return (isMarked(v) ? markedPlain(v) : formatCell(v, decimals)).replace(/\s+/g, " ");
}

/**
 * A plain-text table: columns padded to width, numbers right-aligned, same rows as `tableHtml` (one line per
 * row: a reader, and a test, finds a row's values on one line).
 *
 * @example tableText([{ theme: "dialogue", n: 2 }]) // "theme     n\ndialogue  2"
 */
export function tableText(input: Record<string, unknown>[] | unknown, opts: TableOptions = {}): string {
  const { columns, rows } = tableData(input, opts.columns);
  const max = opts.maxRows ?? 20;
  const shown = rows.slice(0, max);
  const d = opts.decimals ?? 3;
  const cells = shown.map((r) => columns.map((c) => cellPlain(r?.[c], d)));
  const numeric = columns.map(
    (c) =>
      shown.length > 0 && shown.every((r) => r?.[c] === null || r?.[c] === undefined || typeof r?.[c] === "number"),
  );
  const right = columns.map((c, i) => numeric[i] || (opts.kwic === true && c === "left"));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((row) => row[i].length)));
  const line = (vals: string[]) =>
    vals
      .map((v, i) => (right[i] ? v.padStart(widths[i]) : v.padEnd(widths[i])))
      .join("  ")
      .trimEnd(); // not /\s+$/: quadratic in the padding of a long cell
  const lines: string[] = [];
  if (opts.title) lines.push(opts.title);
  lines.push(line(columns));
  for (const row of cells) lines.push(line(row));
  const more = rows.length - shown.length;
  if (more > 0) lines.push(`… ${more} more row${more === 1 ? "" : "s"} (${rows.length} in all)`);
  if (opts.caption) lines.push(opts.caption);
  return lines.join("\n");
}

/**
 * The display bundle of a table: `text/html` and `text/plain` — or, for no rows with `empty` set, that sentence.
 *
 * @example tableBundle([{ n: 1 }])["text/plain"] // "n\n1"
 */
export function tableBundle(input: Record<string, unknown>[] | unknown, opts: TableOptions = {}): MimeBundle {
  if (opts.empty !== undefined && tableData(input, opts.columns).rows.length === 0) {
    const say = opts.title ? `${opts.title}: ${opts.empty}` : opts.empty;
    return { "text/markdown": `> ${escapeMarkdown(say)}`, "text/plain": say };
  }
  return { "text/html": tableHtml(input, opts), "text/plain": tableText(input, opts) };
}

/**
 * Shows a table (records or a danfojs DataFrame) as one display with an HTML table and a text fallback.
 * Outside a notebook it does nothing (use `tableText` to print one). Returns nothing, so a cell ending
 * with it prints nothing more. With `empty` and no rows it shows that note instead (so that a chapter
 * step needs no `if`: the lib returns no rows, the note says why).
 *
 * @example showTable([{ theme: "sovereignty", units: 66, share: 0.805 }], { title: "Paper, table 1", decimals: 2 })
 */
export function showTable(input: Record<string, unknown>[] | unknown, opts: TableOptions = {}): void {
  if (opts.empty !== undefined && Array.isArray(input) && input.length === 0) {
    showNote(opts.title ? `${opts.title}: ${opts.empty}` : opts.empty, { quiet: true });
    return;
  }
  display(tableBundle(input, opts));
}
