/** Small multiples: one panel per group (actor, country group) on shared axes. */
import { byCodeUnit } from "../core";
import { type ChartText, chartSpec, legendFilter, type VegaLiteSpec } from "./spec";
import { YEAR_AXIS } from "./time-axis";
import { distinct } from "./values";

/** One point of a series in a panel, e.g. { group: "CHN", x: 2008, y: 0.5, series: "dialogue" }. */
export interface PanelPoint {
  /** The panel (facet): an actor, a group of countries. */
  group: string;
  x: number;
  y: number;
  /** The line within a panel (colour); "" or missing for a single line. */
  series?: string;
}

/**
 * Small multiples: one panel per group (actor, country group), sharing axes, lines per series.
 * Panels are sorted by group name.
 *
 * @example
 * smallMultiples([{ group: "CHN", x: 2008, y: 1 }, { group: "RUS", x: 2008, y: 2 }], { columns: 2, xYear: true })
 */
export function smallMultiples(
  points: PanelPoint[],
  opts: ChartText & { columns?: number; xYear?: boolean; mark?: "line" | "bar" } = {},
): VegaLiteSpec {
  const groups = distinct(points.map((p) => p.group)).sort(byCodeUnit);
  const series = distinct(points.map((p) => p.series ?? "")).sort(byCodeUnit);
  const values = [...points]
    .sort((a, b) => byCodeUnit(a.group, b.group) || byCodeUnit(a.series ?? "", b.series ?? "") || a.x - b.x)
    .map((p) => ({ group: p.group, series: p.series ?? "", x: p.x, y: p.y }));
  const named =
    groups.length <= 6 ? groups.join(", ") : `${groups.slice(0, 5).join(", ")}, … ${groups[groups.length - 1]}`;
  const caption = opts.caption ?? `${groups.length} panels (${named}) on shared axes: compare the shape of each panel.`;
  const markType = opts.mark ?? "line";
  const encoding: Record<string, unknown> = {
    x: {
      field: "x",
      type: "quantitative",
      title: opts.xTitle ?? "x",
      scale: { zero: false },
      axis: opts.xYear ? { ...YEAR_AXIS, tickCount: 4 } : {},
    },
    y: { field: "y", type: "quantitative", title: opts.yTitle ?? "y" },
    tooltip: [{ field: "group" }, { field: "series" }, { field: "x" }, { field: "y" }],
  };
  const legend = series.length > 1 ? legendFilter("series") : null;
  if (legend) {
    encoding.color = { field: "series", type: "nominal", sort: series, title: "series" };
    encoding.opacity = legend.opacity;
  }
  return chartSpec(opts.title ?? "Small multiples", caption, {
    data: { values },
    columns: opts.columns ?? Math.min(groups.length, 4),
    facet: { field: "group", type: "nominal", sort: groups, title: null },
    spec: {
      width: opts.width ?? 160,
      height: opts.height ?? 100,
      ...(legend ? { params: legend.params } : {}),
      mark: markType === "line" ? { type: "line", point: true } : { type: "bar" },
      encoding,
    },
  });
}
