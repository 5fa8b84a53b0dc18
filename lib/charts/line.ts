/** The generic line chart: one line per series, e.g. counts per year per corpus. */
import { byCodeUnit } from "../core";
import { type ChartText, chartSpec, legendFilter, type VegaLiteSpec } from "./spec";
import { YEAR_AXIS } from "./time-axis";
import { distinct, fmt } from "./values";

/** One point of a line, e.g. { x: 2008, y: 3, series: "China" }. */
export interface LinePoint {
  x: number;
  y: number;
  series?: string;
}

/**
 * A generic line chart (e.g. counts per year per corpus). Series sorted by name; set `xYear` for year axes.
 *
 * @example lineChart([{ x: 2008, y: 3 }, { x: 2009, y: 5 }], { title: "Speeches per year", xYear: true })
 */
export function lineChart(
  points: LinePoint[],
  opts: ChartText & { xYear?: boolean; format?: string } = {},
): VegaLiteSpec {
  const series = distinct(points.map((p) => p.series ?? "")).sort(byCodeUnit);
  const values = [...points]
    .sort((a, b) => byCodeUnit(a.series ?? "", b.series ?? "") || a.x - b.x)
    .map((p) => ({ series: p.series ?? "", x: p.x, y: p.y }));
  const xs = values.map((v) => v.x);
  const caption =
    opts.caption ??
    `${series.length > 1 ? `${series.length} series` : "One series"} over ` +
      `${xs.length ? `${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))}` : "no points"}.`;
  const encoding: Record<string, unknown> = {
    x: {
      field: "x",
      type: "quantitative",
      scale: { zero: false },
      title: opts.xTitle ?? "x",
      axis: opts.xYear ? YEAR_AXIS : {},
    },
    y: {
      field: "y",
      type: "quantitative",
      title: opts.yTitle ?? "y",
      axis: opts.format ? { format: opts.format } : {},
    },
    tooltip: [{ field: "series" }, { field: "x" }, { field: "y" }],
  };
  const legend = series.length > 1 ? legendFilter("series") : null;
  if (legend) {
    encoding.color = { field: "series", type: "nominal", sort: series, title: null, legend: { orient: "bottom" } };
    encoding.opacity = legend.opacity;
  }
  return chartSpec(opts.title ?? "Line chart", caption, {
    width: opts.width ?? 480,
    height: opts.height ?? 220,
    data: { values },
    ...(legend ? { params: legend.params } : {}),
    mark: { type: "line", point: true, tooltip: true },
    encoding,
  });
}
