/** Theme prevalence by year: one line per theme over shaded periods, units per year underneath. */
import { byCodeUnit, type Period } from "../core";
import { type ChartText, chartSpec, type VegaLiteSpec } from "./spec";
import { periodLayers, YEAR_AXIS } from "./time-axis";
import { distinct } from "./values";

/** Share of units expressing a theme in one year, e.g. { year: 2008, theme: "dialogue", share: 0.5, units: 4 }. */
export interface YearShare {
  year: number;
  theme: string;
  /** Share of that year's units in which the theme is present, 0–1. */
  share: number;
  /** Number of units that year (the same for every theme of the year). */
  units: number;
}

/**
 * Prevalence of each theme by year (lines, one per theme) over shaded periods, with the number of
 * units per year as a small bar chart underneath (same year axis), so thin years are visible.
 *
 * @example
 * prevalenceLines(
 *   [{ year: 2008, theme: "dialogue", share: 0.5, units: 2 }, { year: 2009, theme: "dialogue", share: 1, units: 1 }],
 *   [{ label: "2008–2011", from: 2008, to: 2011 }])
 */
export function prevalenceLines(points: YearShare[], periods: Period[], opts: ChartText = {}): VegaLiteSpec {
  const sorted = [...points].sort((a, b) => a.year - b.year || byCodeUnit(a.theme, b.theme));
  const themes = distinct(sorted.map((p) => p.theme)).sort(byCodeUnit);
  const values = sorted.map((p) => ({ year: p.year, theme: p.theme, share: p.share, units: p.units }));
  const perYear = new Map<number, number>();
  for (const p of sorted) perYear.set(p.year, p.units);
  const unitsValues = [...perYear.entries()].sort((a, b) => a[0] - b[0]).map(([year, units]) => ({ year, units }));
  const years = unitsValues.map((u) => u.year);
  const span = [...years, ...periods.map((p) => p.from), ...periods.map((p) => p.to)];
  const lo = (span.length ? Math.min(...span) : 2008) - 0.5;
  const hi = (span.length ? Math.max(...span) : 2024) + 0.5;
  const xScale = { domain: [lo, hi], nice: false, zero: false };
  const total = unitsValues.reduce((s, u) => s + u.units, 0);
  const caption =
    opts.caption ??
    `Share of units per year expressing each of ${themes.length} themes, ` +
      `${years.length ? `${years[0]}–${years[years.length - 1]}` : "no years"}; ` +
      `${total} units in all (bars below: units per year).`;
  const width = opts.width ?? 520;
  const x = { field: "year", type: "quantitative", scale: xScale, axis: YEAR_AXIS, title: opts.xTitle ?? "year" };
  return chartSpec(opts.title ?? "Theme prevalence by year", caption, {
    spacing: 6,
    vconcat: [
      {
        width,
        height: opts.height ?? 240,
        layer: [
          ...periodLayers(periods).map((l) => ({
            ...l,
            encoding: {
              ...(l.encoding as Record<string, unknown>),
              x: { ...(l.encoding as Record<string, Record<string, unknown>>).x, scale: xScale, axis: null },
            },
          })),
          {
            data: { values },
            mark: { type: "line", point: true, tooltip: true },
            encoding: {
              x: { ...x, axis: null, title: null },
              y: {
                field: "share",
                type: "quantitative",
                scale: { domain: [0, 1] },
                axis: { format: ".0%" },
                title: opts.yTitle ?? "share of units",
              },
              color: { field: "theme", type: "nominal", sort: themes, title: "theme" },
              tooltip: [
                { field: "year", type: "quantitative", format: "d" },
                { field: "theme", type: "nominal" },
                { field: "share", type: "quantitative", format: ".0%" },
                { field: "units", type: "quantitative", title: "units that year" },
              ],
            },
          },
        ],
        resolve: { scale: { color: "independent" } },
      },
      {
        width,
        height: 50,
        data: { values: unitsValues },
        mark: {
          type: "bar",
          color: "#888888",
          tooltip: true,
          size: Math.max(2, Math.floor((0.7 * width) / Math.max(1, hi - lo))),
        },
        encoding: {
          x: { ...x, scale: xScale },
          y: { field: "units", type: "quantitative", title: "units", axis: { tickCount: 2 } },
        },
      },
    ],
  });
}
