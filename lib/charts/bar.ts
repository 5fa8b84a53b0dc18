/** The generic bar chart: counts per label, diverging bars (keyness both ways), grouped bars. */
import { byCodeUnit } from "../core";
import { type ChartText, chartSpec, legendFilter, type VegaLiteSpec } from "./spec";
import { distinct, fmt } from "./values";

/** One bar, e.g. { label: "2008", value: 12 } or { label: "sovereignty", value: 0.8, group: "paper" }. */
export interface BarDatum {
  label: string;
  value: number;
  /** Side-by-side bars per label (coloured by group), e.g. "paper" vs "corpus". */
  group?: string;
}

/** Options of `barChart`. */
export interface BarOptions extends ChartText {
  /** Horizontal bars (labels on the y axis); default false (vertical). */
  horizontal?: boolean;
  /** Order of the labels: by value (largest first), by label (alphabetical / chronological), or as given. */
  sort?: "value" | "label" | "input";
  /** Colour bars by sign (keyness both ways): positive and negative labels. */
  diverging?: { positive: string; negative: string };
  /** d3 number format of the value axis, e.g. ".0%". */
  format?: string;
}

/**
 * A generic bar chart: counts per year, top countries, keyness both ways (`diverging`), or grouped
 * bars (paper vs corpus, via `group`). Deterministic order (`sort`).
 *
 * @example
 * barChart([{ label: "2008", value: 12 }, { label: "2009", value: 7 }],
 *   { title: "Kosovo passages per year", sort: "label" })
 * barChart([{ label: "dialogue", value: 4.2 }, { label: "sovereignty", value: -3.1 }],
 *   { horizontal: true, diverging: { positive: "more in China", negative: "more elsewhere" } })
 */
export function barChart(rows: BarDatum[], opts: BarOptions = {}): VegaLiteSpec {
  const sortMode = opts.sort ?? "value";
  const groups = distinct(rows.map((r) => r.group ?? "")).filter((g) => g !== "");
  // The sort key: the value of a bar, or with groups the value in the first group.
  const totals = new Map<string, number>();
  for (const r of rows)
    if (!groups.length || (r.group ?? "") === groups[0]) totals.set(r.label, (totals.get(r.label) ?? 0) + r.value);
  let labels = distinct(rows.map((r) => r.label));
  if (sortMode === "label") labels = [...labels].sort(byCodeUnit);
  if (sortMode === "value")
    labels = [...labels].sort((a, b) => (totals.get(b) ?? 0) - (totals.get(a) ?? 0) || byCodeUnit(a, b));
  const values = rows.map((r) => {
    const v: Record<string, unknown> = { label: r.label, value: r.value };
    if (groups.length) v.group = r.group ?? "";
    if (opts.diverging) v.side = r.value >= 0 ? opts.diverging.positive : opts.diverging.negative;
    return v;
  });
  const cat = opts.horizontal ? "y" : "x";
  const num = opts.horizontal ? "x" : "y";
  const encoding: Record<string, unknown> = {
    [cat]: {
      field: "label",
      type: "nominal",
      sort: labels,
      title: (opts.horizontal ? opts.yTitle : opts.xTitle) ?? null,
      axis: opts.horizontal ? {} : { labelAngle: labels.length > 8 ? -45 : 0 },
    },
    [num]: {
      field: "value",
      type: "quantitative",
      title: (opts.horizontal ? opts.xTitle : opts.yTitle) ?? "value",
      axis: opts.format ? { format: opts.format } : {},
    },
  };
  if (groups.length) {
    encoding[`${cat}Offset`] = { field: "group", type: "nominal", sort: groups };
    encoding.color = { field: "group", type: "nominal", sort: groups, title: null, legend: { orient: "bottom" } };
  } else if (opts.diverging) {
    encoding.color = {
      field: "side",
      type: "nominal",
      sort: [opts.diverging.positive, opts.diverging.negative],
      scale: { domain: [opts.diverging.positive, opts.diverging.negative], range: ["#4c78a8", "#e45756"] },
      title: null,
      legend: { orient: "bottom" },
    };
  }
  const num0 = (v: number) => fmt(v, Number.isInteger(v) ? 0 : 2);
  const byValue = [...labels].sort((x, y) => (totals.get(y) ?? 0) - (totals.get(x) ?? 0) || byCodeUnit(x, y));
  const top = byValue[0];
  let auto: string;
  if (top === undefined) auto = "No bars to show.";
  else if (groups.length)
    auto =
      `${labels.length} labels, bars side by side for ${groups.join(" vs ")}` +
      `${sortMode === "value" ? ` (sorted by ${groups[0]})` : ""}.`;
  else if (opts.diverging) {
    const pos = labels.filter((l) => (totals.get(l) ?? 0) >= 0).length;
    const low = byValue[byValue.length - 1];
    const weaker = labels.length - pos;
    auto =
      `${pos} bar${pos === 1 ? "" : "s"} toward ${opts.diverging.positive} ` +
      `(strongest: ${top}, ${num0(totals.get(top) ?? 0)}), ${weaker} toward ${opts.diverging.negative}` +
      `${weaker ? ` (strongest: ${low}, ${num0(totals.get(low) ?? 0)})` : ""}.`;
  } else
    auto =
      labels.length === 1
        ? `One bar: ${top} (${num0(totals.get(top) ?? 0)}).`
        : `${labels.length} bars; the largest is ${top} (${num0(totals.get(top) ?? 0)}).`;
  const caption = opts.caption ?? auto;
  // Band sizes: with groups, a step per bar (offset); without, a step per label.
  const step = groups.length ? { step: opts.horizontal ? 12 : 14, for: "offset" } : { step: opts.horizontal ? 16 : 22 };
  const size = opts.horizontal
    ? { width: opts.width ?? 360, height: opts.height ?? step }
    : { width: opts.width ?? step, height: opts.height ?? 220 };
  const legend = groups.length ? legendFilter("group") : null;
  if (legend) encoding.opacity = legend.opacity;
  return chartSpec(opts.title ?? "Bar chart", caption, {
    ...size,
    data: { values },
    ...(legend ? { params: legend.params } : {}),
    mark: { type: "bar", tooltip: true },
    encoding,
  });
}
