/** Shares per period with confidence intervals: a point and an error bar per theme and period. */
import { byCodeUnit } from "../core";
import { type ChartText, chartSpec, legendFilter, type VegaLiteSpec } from "./spec";
import { distinct, pct } from "./values";

/** Share of units expressing a theme in a period, with a confidence interval (all 0–1). */
export interface PeriodShare {
  period: string;
  theme: string;
  share: number;
  low: number;
  high: number;
  /** Units in the period (shown in the tooltip). */
  n?: number;
}

/**
 * Share per period with confidence intervals: for each theme, one point per period with an error bar
 * from `low` to `high`. Periods keep their input order (chronological); themes are sorted by name.
 *
 * @example
 * periodComparison([{ period: "2008–2011", theme: "dialogue", share: 0.8, low: 0.6, high: 0.9, n: 20 }])
 */
export function periodComparison(rows: PeriodShare[], opts: ChartText & { level?: number } = {}): VegaLiteSpec {
  const periods = distinct(rows.map((r) => r.period));
  const themes = distinct(rows.map((r) => r.theme)).sort(byCodeUnit);
  const values = [...rows]
    .sort((a, b) => byCodeUnit(a.theme, b.theme) || periods.indexOf(a.period) - periods.indexOf(b.period))
    .map((r) => ({ period: r.period, theme: r.theme, share: r.share, low: r.low, high: r.high, n: r.n ?? null }));
  const level = opts.level ?? 0.95;
  const caption =
    opts.caption ??
    `Share of units with each theme in ${periods.length} periods (${periods.join(", ")}); ` +
      `bars are ${pct(level)} intervals — non-overlapping bars mark a clear shift.`;
  const color = { field: "period", type: "nominal", sort: periods, title: "period", legend: { orient: "bottom" } };
  const y = { field: "theme", type: "nominal", sort: themes, title: opts.yTitle ?? "theme" };
  const yOffset = { field: "period", type: "nominal", sort: periods };
  return chartSpec(opts.title ?? "Themes by period", caption, {
    width: opts.width ?? 420,
    height: opts.height ?? { step: 14, for: "offset" },
    data: { values },
    encoding: { y, yOffset, color, opacity: legendFilter("period").opacity },
    layer: [
      {
        mark: { type: "rule", strokeWidth: 2 },
        encoding: {
          x: {
            field: "low",
            type: "quantitative",
            scale: { domain: [0, 1] },
            axis: { format: ".0%" },
            title: opts.xTitle ?? "share of units",
          },
          x2: { field: "high" },
        },
      },
      {
        params: legendFilter("period").params,
        mark: { type: "point", filled: true, size: 50, tooltip: true },
        encoding: {
          x: { field: "share", type: "quantitative" },
          tooltip: [
            { field: "theme" },
            { field: "period" },
            { field: "share", type: "quantitative", format: ".0%" },
            { field: "low", type: "quantitative", format: ".0%" },
            { field: "high", type: "quantitative", format: ".0%" },
            { field: "n", title: "units" },
          ],
        },
      },
    ],
  });
}
