/**
 * What every chart is: a vega-lite v5 spec with a title and a one-line caption (its `description`),
 * the workbook's font and palette, and titles wrapped to fit. Builders call `chartSpec`.
 */

/** The vega-lite v5 JSON schema URL every spec carries. */
export const VEGA_LITE_SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json";

/** A vega-lite spec as plain JSON. Builders fill `title` and `description` (the caption). */
export interface VegaLiteSpec {
  $schema?: string;
  title?: string | { text: string | string[]; subtitle?: string | string[] };
  description?: string;
  [key: string]: unknown;
}

/** Text options every builder accepts. A missing caption is written from the data. */
export interface ChartText {
  title?: string;
  /** One line saying what the reader should see. */
  caption?: string;
  xTitle?: string;
  yTitle?: string;
  /** Plot width in pixels (per facet for `smallMultiples`). */
  width?: number;
  height?: number;
}

/** The font every chart uses (DejaVu is the font installed with the workbook). */
export const CHART_FONT = "DejaVu Sans";

/** Categorical palette (Tableau 10), fixed so colours do not depend on vega's defaults. */
const PALETTE = [
  "#4c78a8",
  "#f58518",
  "#54a24b",
  "#e45756",
  "#72b7b2",
  "#b279a2",
  "#ff9da6",
  "#9d755d",
  "#bab0ac",
  "#eeca3b",
];

function config(): Record<string, unknown> {
  return {
    font: CHART_FONT,
    view: { stroke: null },
    axis: { labelFontSize: 11, titleFontSize: 12, labelLimit: 280 },
    legend: { labelFontSize: 11, titleFontSize: 12, labelLimit: 280 },
    header: { labelFontSize: 11, labelLimit: 280 },
    title: { fontSize: 14, subtitleFontSize: 11, anchor: "start" },
    range: { category: PALETTE },
  };
}

/** Maximum characters per line of a chart's title and subtitle (longer ones are wrapped at spaces). */
export const TITLE_LINE_CHARS = 90;

/**
 * Splits text into lines of at most `width` characters at spaces (a longer word keeps its own line).
 *
 * @example wrapLines("one two three", 7) // ["one two", "three"]
 */
export function wrapLines(text: string, width: number = TITLE_LINE_CHARS): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    if (line === "") line = word;
    else if (line.length + 1 + word.length <= width) line += " " + word;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== "" || lines.length === 0) lines.push(line);
  return lines;
}

/** A single line as a string, several as an array (vega-lite draws each array item on its own line). */
function lineOrLines(text: string): string | string[] {
  const lines = wrapLines(text);
  return lines.length === 1 ? lines[0] : lines;
}

/**
 * A chart's spec: the builder's body (mark/encoding/layer…) framed with schema, title, caption,
 * background and config. The caption is both the subtitle (wrapped) and the `description` (whole).
 *
 * @example chartSpec("Units per year", "2 bars.", { mark: "bar", data: { values: [] } }).description // "2 bars."
 */
export function chartSpec(title: string, caption: string, body: Record<string, unknown>): VegaLiteSpec {
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: lineOrLines(title), subtitle: lineOrLines(caption) },
    description: caption,
    background: "white",
    padding: 8,
    ...body,
    config: config(),
  };
}

/**
 * The caption of a spec made by a builder (its `description`), or "" when it has none.
 *
 * @example captionOf(barChart([{ label: "a", value: 2 }, { label: "b", value: 5 }])) // "2 bars; the largest is b (5)."
 */
export function captionOf(spec: VegaLiteSpec): string {
  return typeof spec.description === "string" ? spec.description : "";
}

/**
 * The title text of a spec (wrapped lines joined with spaces), or "" when it has none.
 *
 * @example titleOf(barChart([], { title: "Units per year" })) // "Units per year"
 */
export function titleOf(spec: VegaLiteSpec): string {
  const t = spec.title;
  if (typeof t === "string") return t;
  if (t && typeof t === "object") return Array.isArray(t.text) ? t.text.join(" ") : t.text;
  return "";
}

/** Name of the selection bound to a chart's colour legend (clicking an entry fades the others). */
export const LEGEND_PARAM = "pick_legend";

/**
 * A legend that filters: a point selection on `field` bound to the colour legend (click an entry to keep it,
 * shift-click to add one, double-click to clear), and the opacity that fades what is not selected.
 *
 * @example legendFilter("theme").params[0].bind // "legend"
 */
export function legendFilter(field: string): {
  params: Array<Record<string, unknown>>;
  opacity: Record<string, unknown>;
} {
  return {
    params: [{ name: LEGEND_PARAM, select: { type: "point", fields: [field] }, bind: "legend" }],
    opacity: { condition: { param: LEGEND_PARAM, value: 1 }, value: 0.2 },
  };
}
