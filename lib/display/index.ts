/**
 * Notebook output: charts, tables, notes.
 *
 * In a tslab kernel each helper sends ONE Jupyter display_data message carrying several MIME types
 * (e.g. the vega-lite spec, its SVG and a text fallback), through tslab's display-data writer
 * (`tslab/dist/jupyter` → `lastWriteDisplayData`; tslab's own `display.*` send one MIME type per call).
 * Outside a notebook (mocha, scripts) nothing is displayed and nothing crashes: charts are still saved.
 * The `show*` helpers return nothing, so a cell ending with one prints no stray value; the pure builders
 * (`chartBundle`, `prepareChart`, `tableBundle`, `tableHtml`, `tableText`) return what would be shown. A custom runner can capture the displays by setting
 * `require("tslab/dist/jupyter").lastWriteDisplayData = (msg, update) => …`.
 */
import { captionOf, saveChart, titleOf, type SavedChart, type VegaLiteSpec } from "../charts";

/** MIME type of a vega-lite v5 spec (JupyterLab 4 and VS Code render it). */
export const VEGALITE_MIME = "application/vnd.vegalite.v5+json";

/** A display's data: MIME type → content (a string, or JSON for JSON MIME types). */
export type MimeBundle = Record<string, unknown>;

/** The content of a Jupyter display_data message. */
export interface DisplayMessage {
  data: MimeBundle;
  metadata: Record<string, unknown>;
  transient: Record<string, unknown>;
}

type DisplayWriter = (msg: DisplayMessage, update: boolean) => void;

/**
 * The running tslab kernel's display-data writer, or null outside a notebook. Looks for tslab's
 * `dist/jupyter.js` among the modules already loaded (it never loads tslab itself), so plain node and
 * mocha pay nothing.
 *
 * @example if (displayWriter() === null) console.log("not in a notebook: charts are only saved");
 */
export function displayWriter(): DisplayWriter | null {
  const cache = typeof require !== "undefined" && require.cache ? require.cache : {};
  for (const key of Object.keys(cache)) {
    if (!/[\\/]tslab[\\/]dist[\\/]jupyter\.js$/.test(key)) continue;
    const exported = cache[key]?.exports as { lastWriteDisplayData?: DisplayWriter | null } | undefined;
    if (exported && typeof exported.lastWriteDisplayData === "function") return exported.lastWriteDisplayData;
  }
  return null;
}

/**
 * True when running inside a tslab kernel that can display rich output.
 *
 * @example inNotebook() // false under mocha and plain node
 */
export function inNotebook(): boolean {
  return displayWriter() !== null;
}

/**
 * Sends one display with every MIME type of `bundle`. Returns false (and does nothing) outside a notebook.
 *
 * @example display({ "text/html": "<b>3</b> units", "text/plain": "3 units" })
 */
export function display(bundle: MimeBundle): boolean {
  const write = displayWriter();
  if (!write) return false;
  write({ data: bundle, metadata: {}, transient: {} }, false);
  return true;
}

/**
 * Escapes text for HTML element content and attribute values.
 *
 * @example escapeHtml(`a<b & "c"`) // "a&lt;b &amp; &quot;c&quot;"
 */
export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

// ---------------------------------------------------------------------------------------------
// charts

/** A saved chart and its display bundle (what `showChart` shows). */
export interface PreparedChart {
  name: string;
  title: string;
  caption: string;
  /** The three-MIME bundle (vega-lite spec, SVG, text). */
  bundle: MimeBundle;
  files: SavedChart;
}

/**
 * The display bundle of a chart: the vega-lite spec (interactive in JupyterLab / VS Code), the rendered
 * SVG (for viewers without vega) and a text fallback (title and caption).
 *
 * @example chartBundle(spec, svg, "Themes — sovereignty leads") // { "application/vnd.vegalite.v5+json": spec, "image/svg+xml": svg, "text/plain": … }
 */
export function chartBundle(spec: VegaLiteSpec, svg: string, text: string): MimeBundle {
  return { [VEGALITE_MIME]: spec, "image/svg+xml": svg, "text/plain": text };
}

/**
 * Saves a chart (`output/charts/<name>.vl.json|.svg|.png`) and builds its display bundle, without showing it.
 * The caption defaults to the builder's (`spec.description`). `showChart` is this plus the display.
 *
 * @example const c = await prepareChart(hierarchyBars(counts), "03-hierarchy"); c.files.png // …/output/charts/03-hierarchy.png
 */
export async function prepareChart(spec: VegaLiteSpec, name: string, caption?: string): Promise<PreparedChart> {
  const saved = await saveChart(spec, name);
  const title = titleOf(spec);
  const cap = caption ?? captionOf(spec);
  const text = [title, cap].filter((s) => s !== "").join("\n") || name;
  const bundle = chartBundle(spec, saved.svgText, text);
  return { name, title, caption: cap, bundle, files: { vl: saved.vl, svg: saved.svg, png: saved.png } };
}

/**
 * Shows a chart in the notebook — ONE display carrying the vega-lite spec, the SVG and a text fallback —
 * followed by its caption as a Markdown line, and saves it as `output/charts/<name>.vl.json|.svg|.png`.
 * Outside a notebook it only saves. Returns nothing, so a notebook cell ending with it prints nothing
 * (use `prepareChart` or `saveChart` for the file paths).
 *
 * @example await showChart(hierarchyBars(counts), "03-hierarchy");
 */
export async function showChart(spec: VegaLiteSpec, name: string, caption?: string): Promise<void> {
  const c = await prepareChart(spec, name, caption);
  if (display(c.bundle) && c.caption !== "") {
    display({
      "text/markdown": `*Figure \`${name}\`: ${escapeMarkdown(c.caption)}*`,
      "text/plain": `Figure ${name}: ${c.caption}`,
    });
  }
}

function escapeMarkdown(s: string): string {
  return s.replace(/([\\`*_[\]<>])/g, "\\$1");
}

// ---------------------------------------------------------------------------------------------
// tables

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
}

/** A table ready to show: column names and rows of formatted cells. */
export interface TableData {
  columns: string[];
  rows: Record<string, unknown>[];
}

/** A danfojs DataFrame, as far as this module needs it (no danfojs import). */
interface FrameLike {
  columns: string[];
  values: unknown[][] | unknown[];
}

function isFrame(x: unknown): x is FrameLike {
  return (
    !!x &&
    typeof x === "object" &&
    !Array.isArray(x) &&
    Array.isArray((x as FrameLike).columns) &&
    Array.isArray((x as FrameLike).values)
  );
}

/**
 * Rows and columns from an array of records or a danfojs DataFrame (duck-typed on `columns` and `values`,
 * so danfojs is never loaded here). Columns: `opts.columns`, else every key in first-appearance order.
 *
 * @example tableData([{ theme: "dialogue", n: 2 }, { theme: "sovereignty", n: 3, note: "x" }]).columns // ["theme", "n", "note"]
 */
export function tableData(input: Record<string, unknown>[] | FrameLike | unknown, columns?: string[]): TableData {
  let rows: Record<string, unknown>[];
  let cols: string[];
  if (isFrame(input)) {
    cols = [...input.columns];
    const values = input.values as unknown[];
    // A Series-like frame with one column has flat values.
    rows = values.map((r) => {
      const cells = Array.isArray(r) ? r : [r];
      const o: Record<string, unknown> = {};
      cols.forEach((c, i) => (o[c] = cells[i]));
      return o;
    });
  } else if (Array.isArray(input)) {
    rows = input as Record<string, unknown>[];
    const seen = new Set<string>();
    cols = [];
    for (const r of rows) for (const k of Object.keys(r ?? {})) if (!seen.has(k)) seen.add(k), cols.push(k);
  } else {
    throw new TypeError("showTable expects an array of records or a danfojs DataFrame");
  }
  return { columns: columns ?? cols, rows };
}

/**
 * Formats one cell: integers as they are, other numbers with `decimals` fixed decimals, null/undefined as "",
 * dates as ISO, arrays and objects as JSON.
 *
 * @example formatCell(0.66666, 3) // "0.667"
 */
export function formatCell(v: unknown, decimals = 3): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") {
    if (Number.isNaN(v)) return "NaN";
    if (!Number.isFinite(v)) return v > 0 ? "∞" : "−∞";
    return Number.isInteger(v) ? String(v) : v.toFixed(decimals);
  }
  if (typeof v === "string") return v;
  if (typeof v === "boolean" || typeof v === "bigint") return String(v);
  if (v instanceof Date) return v.toISOString();
  return JSON.stringify(v);
}

/**
 * An HTML table (escaped, numbers right-aligned, at most `maxRows` rows plus a footer counting the rest).
 *
 * @example tableHtml([{ theme: "a<b", n: 1.5 }]) // '<table …><thead>…<td>a&lt;b</td><td style="text-align:right">1.500</td>…'
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
    out.push(
      `<tfoot><tr><td colspan="${Math.max(1, columns.length)}" style="text-align:left;font-style:italic">${escapeHtml(foot.join(" — "))}</td></tr></tfoot>`,
    );
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
 * with it prints nothing more.
 *
 * @example showTable([{ theme: "sovereignty", units: 66, share: 0.805 }], { title: "Paper, table 1", decimals: 2 })
 */
export function showTable(input: Record<string, unknown>[] | unknown, opts: TableOptions = {}): void {
  display(tableBundle(input, opts));
}

// ---------------------------------------------------------------------------------------------
// text

/**
 * Shows Markdown (with the same text as plain-text fallback). Does nothing outside a notebook.
 *
 * @example showMarkdown("**82** texts, **66** with the sovereignty theme")
 */
export function showMarkdown(md: string): void {
  display({ "text/markdown": md, "text/plain": md });
}

/**
 * Shows a note as a Markdown block quote, e.g. to say a corpus is empty and which command fills it.
 * Outside a notebook the note goes to stderr (so a script's user still sees it) unless `quiet`.
 *
 * @example showNote("The General Debate corpus is empty — run `npm run fetch` first.")
 */
export function showNote(text: string, opts: { quiet?: boolean } = {}): void {
  const md = text
    .split(/\r?\n/)
    .map((l) => `> ${l}`)
    .join("\n");
  const shown = display({ "text/markdown": `> **Note**\n>\n${md}`, "text/plain": `Note: ${text}` });
  if (!shown && !opts.quiet) process.stderr.write(`Note: ${text}\n`);
}
