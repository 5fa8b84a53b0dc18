/**
 * A list of passages inside a chart: a vega-lite view of text lines, one per passage that a selection lets
 * through (a year clicked, a span brushed, a legend entry chosen), so a reader sees the words behind a point.
 * The list is part of the spec, so it works wherever the spec runs: the HTML report and JupyterLab alike. Its
 * height is fixed (vega does not lay a concatenated chart out again when a view's content grows), so the lines keep
 * their place whatever is selected.
 */

/** Most lines a passage list shows; the rest are counted in a last line. */
export const LIST_LINES = 12;

/** Height of one line of a passage list, in pixels. */
const LINE_STEP = 15;

/** Options of `passageListView`. */
export interface PassageListOptions {
  /**
   * The name of the spec's dataset (top-level `datasets`) holding the list's rows: the fields the line, the filters,
   * the sort and the tooltip read. A named dataset is written once however many views read it.
   */
  dataset: string;
  /** A vega expression over `datum` giving the text of a line. */
  line: string;
  /** vega-lite filter transforms, applied in order (e.g. `{ filter: { param: "pick", empty: false } }`). */
  filters: Array<Record<string, unknown>>;
  /** Fields the lines are sorted by, ascending. */
  sortBy: string[];
  /** Title above the list: say how to select. */
  title: string;
  width: number;
  /** Tooltip fields of a line (e.g. the whole evidence sentence). */
  tooltip: Array<Record<string, unknown>>;
  /** Most lines shown (default `LIST_LINES`). */
  max?: number;
}

/**
 * A vega-lite view listing the rows that pass `filters`, sorted, at most `max` lines plus "… and N more", in a
 * fixed height (empty when nothing is selected). Place it in a `vconcat` under the chart whose selection it reads.
 *
 * @example
 * passageListView({
 *   dataset: "passages", line: "datum.year + ' · ' + datum.who",
 *   filters: [{ filter: { param: "pick", empty: false } }], sortBy: ["year"],
 *   title: "Click a year to list its passages", width: 520, tooltip: [{ field: "line" }],
 * })
 */
export function passageListView(opts: PassageListOptions): Record<string, unknown> {
  const max = opts.max ?? LIST_LINES;
  const numbered = [
    ...opts.filters,
    { calculate: opts.line, as: "line" },
    { window: [{ op: "row_number", as: "row" }], sort: opts.sortBy.map((field) => ({ field, order: "ascending" })) },
    { joinaggregate: [{ op: "count", as: "listed" }] },
  ];
  // line n at n steps from the top, whatever the number of lines
  const y = {
    field: "row",
    type: "quantitative",
    scale: { domain: [max + 1.5, 0.5], nice: false, zero: false },
    axis: null,
  };
  const text = { type: "text", align: "left", baseline: "middle", fontSize: 11, limit: opts.width };
  return {
    name: "passages",
    width: opts.width,
    height: (max + 1) * LINE_STEP,
    title: { text: opts.title, fontSize: 11, fontWeight: "normal", color: "#444444", anchor: "start" },
    data: { name: opts.dataset },
    transform: numbered,
    layer: [
      {
        transform: [{ filter: `datum.row <= ${max}` }],
        mark: { ...text, color: "#222222" },
        encoding: { y, x: { value: 0 }, text: { field: "line" }, tooltip: opts.tooltip },
      },
      {
        transform: [
          { filter: `datum.row == ${max + 1}` },
          { calculate: `'… and ' + (datum.listed - ${max}) + ' more'`, as: "more" },
        ],
        mark: { ...text, color: "#666666", fontStyle: "italic" },
        encoding: { y, x: { value: 0 }, text: { field: "more" } },
      },
    ],
  };
}
