/** The labelled scatter plot, e.g. percent agreement against Cohen's κ per theme. */
import { byCodeUnit } from "../core";
import { type ChartText, chartSpec, type VegaLiteSpec } from "./spec";

/** One labelled point, e.g. { label: "sovereignty", x: 0.95, y: 0.12 } (agreement vs kappa). */
export interface ScatterPoint {
  label: string;
  x: number;
  y: number;
}

/**
 * A labelled scatter plot (e.g. percent agreement vs Cohen's κ per theme), with optional axis domains.
 *
 * @example
 * scatterChart([{ label: "dialogue", x: 0.95, y: 0.4 }],
 *   { xTitle: "agreement", yTitle: "κ", xDomain: [0, 1], yDomain: [-1, 1] })
 */
export function scatterChart(
  points: ScatterPoint[],
  opts: ChartText & { xDomain?: [number, number]; yDomain?: [number, number] } = {},
): VegaLiteSpec {
  const values = [...points]
    .sort((a, b) => byCodeUnit(a.label, b.label))
    .map((p) => ({ label: p.label, x: p.x, y: p.y }));
  const caption = opts.caption ?? `${values.length} points, each labelled.`;
  const x = {
    field: "x",
    type: "quantitative",
    title: opts.xTitle ?? "x",
    scale: opts.xDomain ? { domain: opts.xDomain } : { zero: false },
  };
  const y = {
    field: "y",
    type: "quantitative",
    title: opts.yTitle ?? "y",
    scale: opts.yDomain ? { domain: opts.yDomain } : { zero: false },
  };
  return chartSpec(opts.title ?? "Scatter plot", caption, {
    width: opts.width ?? 360,
    height: opts.height ?? 260,
    data: { values },
    encoding: { x, y },
    layer: [
      { mark: { type: "point", filled: true, size: 60, tooltip: true } },
      { mark: { type: "text", align: "left", dx: 6, fontSize: 10 }, encoding: { text: { field: "label" } } },
    ],
  });
}
