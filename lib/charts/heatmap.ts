/** A unit × theme grid of presence or mentions. */
import { type ChartText, chartSpec, type VegaLiteSpec } from "./spec";
import { distinct } from "./values";

/** One cell of a unit × theme grid, e.g. { unit: "CHN_63_2008", theme: "sovereignty", value: 2 }. */
export interface HeatCell {
  unit: string;
  theme: string;
  /** Presence (0/1) or mentions (count). */
  value: number;
}

/**
 * A unit × theme heatmap of presence (0/1) or mentions. Units keep their input order (e.g. by date);
 * themes keep their first-appearance order. Cells are labelled with their value.
 *
 * @example
 * heatmap([{ unit: "A_2008", theme: "dialogue", value: 1 }, { unit: "A_2008", theme: "sovereignty", value: 0 }],
 *   { measure: "presence" })
 */
export function heatmap(
  cells: HeatCell[],
  opts: ChartText & { measure?: "presence" | "mentions"; valueTitle?: string } = {},
): VegaLiteSpec {
  const measure = opts.measure ?? "mentions";
  const units = distinct(cells.map((c) => c.unit));
  const themes = distinct(cells.map((c) => c.theme));
  const values = cells.map((c) => ({ unit: c.unit, theme: c.theme, value: c.value }));
  const nonzero = cells.filter((c) => c.value > 0).length;
  const maxValue = cells.reduce((m, c) => Math.max(m, c.value), 0);
  const caption =
    opts.caption ??
    `${units.length} units × ${themes.length} themes; ${nonzero} of ${cells.length} cells are non-zero ` +
      `(darker = ${measure === "presence" ? "present" : "more mentions"}).`;
  const color =
    measure === "presence"
      ? {
          field: "value",
          type: "ordinal",
          title: opts.valueTitle ?? "present",
          scale: { domain: [0, 1], range: ["#f2f2f2", "#4c78a8"] },
        }
      : {
          field: "value",
          type: "quantitative",
          title: opts.valueTitle ?? "mentions",
          scale: { scheme: "blues", domainMin: 0 },
        };
  return chartSpec(opts.title ?? `Themes by unit (${measure})`, caption, {
    width: opts.width ?? Math.max(120, 28 * themes.length),
    height: opts.height ?? Math.max(60, Math.min(14 * units.length, 1200)),
    data: { values },
    encoding: {
      x: { field: "theme", type: "nominal", sort: themes, title: opts.xTitle ?? "theme", axis: { labelAngle: -40 } },
      y: { field: "unit", type: "nominal", sort: units, title: opts.yTitle ?? "unit" },
    },
    layer: [
      { mark: { type: "rect", tooltip: true }, encoding: { color } },
      {
        mark: { type: "text", fontSize: 9 },
        encoding: {
          text: { field: "value", type: "quantitative" },
          color: {
            condition: [
              {
                test: `datum.value > ${measure === "presence" ? 0.5 : Number((0.6 * maxValue).toFixed(4))}`,
                value: "white",
              },
              { test: "datum.value > 0", value: "black" },
            ],
            value: "#999999",
          },
        },
      },
    ],
  });
}
