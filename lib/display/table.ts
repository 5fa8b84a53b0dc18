/** Showing a table: one display with an HTML table and an aligned plain-text fallback. */
import { display, type MimeBundle } from "./bundle";
import { escapeHtml } from "./escape";
import { showNote } from "./notes";
import { formatCell, tableData } from "./table-data";

/** Options of `showTable`. */
export interface TableOptions {
  title?: string;
  caption?: string;
  /** Rows shown (default 20); the rest are counted in a footer. */
  maxRows?: number;
  /** Decimals of non-integer numbers (default 3). */
  decimals?: number;
  /** Columns to show, in order (default: every key, in first-appearance order). */
  columns?: string[];
  /** `showTable` only: shown as a note instead of the table when there are no rows (say why, and what fills it). */
  empty?: string;
}

/**
 * An HTML table (escaped, numbers right-aligned, at most `maxRows` rows plus a footer counting the rest).
 *
 * @example
 * tableHtml([{ theme: "a<b", n: 1.5 }])
 * // '<table …><thead>…<td>a&lt;b</td><td style="text-align:right">1.500</td>…'
 */
export function tableHtml(input: Record<string, unknown>[] | unknown, opts: TableOptions = {}): string {
  const { columns, rows } = tableData(input, opts.columns);
  const max = opts.maxRows ?? 20;
  const shown = rows.slice(0, max);
  const d = opts.decimals ?? 3;
  const out: string[] = [];
  out.push('<table class="workbook-table" style="border-collapse:collapse">');
  if (opts.title)
    out.push(`<caption style="caption-side:top;text-align:left;font-weight:bold">${escapeHtml(opts.title)}</caption>`);
  out.push(
    "<thead><tr>" + columns.map((c) => `<th style="text-align:left">${escapeHtml(c)}</th>`).join("") + "</tr></thead>",
  );
  out.push("<tbody>");
  for (const r of shown) {
    const cells = columns.map((c) => {
      const v = r?.[c];
      // explicit both ways: JupyterLab's stylesheet right-aligns every cell, which makes prose hard to read
      const align = typeof v === "number" ? ' style="text-align:right"' : ' style="text-align:left"';
      return `<td${align}>${escapeHtml(formatCell(v, d))}</td>`;
    });
    out.push("<tr>" + cells.join("") + "</tr>");
  }
  out.push("</tbody>");
  const more = rows.length - shown.length;
  const foot: string[] = [];
  if (more > 0) foot.push(`… ${more} more row${more === 1 ? "" : "s"} (${rows.length} in all)`);
  if (opts.caption) foot.push(opts.caption);
  if (foot.length) {
    const cell = `<td colspan="${Math.max(1, columns.length)}" style="text-align:left;font-style:italic">`;
    out.push(`<tfoot><tr>${cell}${escapeHtml(foot.join(" — "))}</td></tr></tfoot>`);
  }
  out.push("</table>");
  return out.join("\n");
}

/**
 * A plain-text table: columns padded to width, numbers right-aligned, same rows as `tableHtml`.
 *
 * @example tableText([{ theme: "dialogue", n: 2 }]) // "theme     n\ndialogue  2"
 */
export function tableText(input: Record<string, unknown>[] | unknown, opts: TableOptions = {}): string {
  const { columns, rows } = tableData(input, opts.columns);
  const max = opts.maxRows ?? 20;
  const shown = rows.slice(0, max);
  const d = opts.decimals ?? 3;
  const cells = shown.map((r) => columns.map((c) => formatCell(r?.[c], d).replace(/\s+/g, " ")));
  const numeric = columns.map(
    (c) =>
      shown.length > 0 && shown.every((r) => r?.[c] === null || r?.[c] === undefined || typeof r?.[c] === "number"),
  );
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((row) => row[i].length)));
  const line = (vals: string[]) =>
    vals
      .map((v, i) => (numeric[i] ? v.padStart(widths[i]) : v.padEnd(widths[i])))
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
 * The display bundle of a table: `text/html` and `text/plain`.
 *
 * @example tableBundle([{ n: 1 }])["text/plain"] // "n\n1"
 */
export function tableBundle(input: Record<string, unknown>[] | unknown, opts: TableOptions = {}): MimeBundle {
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
