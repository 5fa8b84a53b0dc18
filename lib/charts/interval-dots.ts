/** Estimates with intervals on one axis, one row per label, with reference lines (e.g. α per theme). */
import { type ChartText, chartSpec, type VegaLiteSpec } from "./spec";

/** One estimate with its interval, e.g. { label: "eu_antagonism", value: 0.649, lower: -0.026, upper: 1 }. */
export interface IntervalDot {
  label: string;
  value: number;
  lower: number;
  upper: number;
}

/** A vertical reference line with its label, e.g. { value: 0.8, label: "0.800 reliable" }. */
export interface ReferenceLine {
  value: number;
  label: string;
}

/**
 * A dot per label at its value with a bar from `lower` to `upper`, labels in the given order, and dashed vertical
 * reference lines (Krippendorff's 0.667 and 0.800 on a chart of α).
 *
 * @example
 * intervalDots([{ label: "dialogue", value: 0.9, lower: 0.7, upper: 1 }],
 *   { rules: [{ value: 0.667, label: "0.667" }, { value: 0.8, label: "0.800" }], xDomain: [-0.2, 1] })
 */
export function intervalDots(
  points: IntervalDot[],
  opts: ChartText & { rules?: ReferenceLine[]; xDomain?: [number, number] } = {},
): VegaLiteSpec {
  const labels = points.map((p) => p.label);
  const values = points.map((p) => ({ label: p.label, value: p.value, lower: p.lower, upper: p.upper }));
  const rules = (opts.rules ?? []).map((r) => ({ value: r.value, label: r.label }));
  const x = {
    field: "value",
    type: "quantitative",
    title: opts.xTitle ?? "value",
    scale: opts.xDomain ? { domain: opts.xDomain } : { zero: false },
  };
  const y = { field: "label", type: "nominal", sort: labels, title: opts.yTitle ?? null };
  const caption =
    opts.caption ??
    `${points.length} estimates with their intervals${rules.length ? "; dashed lines mark references" : ""}.`;
  return chartSpec(opts.title ?? "Estimates with intervals", caption, {
    width: opts.width ?? 380,
    height: opts.height ?? { step: 18 },
    layer: [
      {
        data: { values },
        mark: { type: "rule", strokeWidth: 2 },
        encoding: { y, x: { ...x, field: "lower" }, x2: { field: "upper" } },
      },
      {
        data: { values },
        mark: { type: "point", filled: true, size: 50, tooltip: true },
        encoding: { y, x },
      },
      {
        data: { values: rules },
        mark: { type: "rule", strokeDash: [4, 3], color: "#888" },
        encoding: { x: { field: "value", type: "quantitative" } },
      },
      {
        data: { values: rules },
        mark: { type: "text", align: "center", dy: -4, baseline: "bottom", fontSize: 10, color: "#555" },
        encoding: { x: { field: "value", type: "quantitative" }, y: { value: 0 }, text: { field: "label" } },
      },
    ],
  });
}
