/**
 * Theme prevalence by year: one line per theme over shaded periods, units per year underneath, and — when the
 * passages behind the points are given — tooltips naming the units and a list of the passages of the year a
 * reader clicks.
 */
import { byCodeUnit, type Period } from "../core";
import { type PassageRow, unitLabel } from "./from-coding";
import { passageListView } from "./passage-list";
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

/** Options of `prevalenceLines`. */
export interface PrevalenceOptions extends ChartText {
  /** The passages behind the points (`passageRows` in `lib/charts`): tooltips name them, a click lists them. */
  passages?: PassageRow[];
}

/** Names of the year and legend selections of `prevalenceLines` (readable in a page's script or a test). */
export const PREVALENCE_PARAMS = { year: "pick_year", theme: "pick_theme" } as const;

/** A point's description, as a vega expression: "2010, dialogue: 50% of 4 units; units with the theme: …". */
const POINT_DESCRIPTION =
  "datum.year + ', ' + datum.theme + ': ' + format(datum.share, '.0%') + ' of ' + datum.units + ' units'" +
  " + (datum.who ? '; units with the theme: ' + datum.who : '')";

/** Most units a point's tooltip names. */
const TOOLTIP_UNITS = 4;

/** Name of the dataset of passages in a `prevalenceLines` spec (read by the points' tooltips and by the list). */
const PASSAGES = "prevalence_passages";

/** Who has a theme in a year, for the point's tooltip: at most a few units, then how many more. */
function whoHas(passages: PassageRow[], year: number, theme: string): string {
  const mine = passages.filter((p) => p.year === year && p.theme === theme);
  const names = mine.slice(0, TOOLTIP_UNITS).map(unitLabel);
  if (mine.length > TOOLTIP_UNITS) names.push(`and ${mine.length - TOOLTIP_UNITS} more`);
  return names.join("; ") || "none";
}

/** A passage in the spec's data: the fields its list line and tooltips show, and nothing else (specs travel). */
function listRow(p: PassageRow): Record<string, unknown> {
  return {
    key: `${p.year}|${p.theme}`,
    year: p.year,
    id: p.id,
    countryName: p.countryName,
    speaker: p.speaker,
    who: unitLabel(p),
    theme: p.theme === "" ? "(no theme of the chart)" : p.theme,
    none: p.theme === "" ? 1 : 0,
    evidence: p.evidence,
  };
}

/** The list line, as a vega expression: "2010 · Serbia · Boris Tadić · SRB_65_2010 — sovereignty: “…”". */
const LIST_LINE =
  "datum.year + ' · ' + datum.who + ' — ' + datum.theme + (datum.evidence ? ': “' + datum.evidence + '”' : '')";

/**
 * Prevalence of each theme by year (lines, one per theme) over shaded periods, with the number of
 * units per year as a small bar chart underneath (same year axis), so thin years are visible. The legend
 * filters the themes. With `opts.passages`, each point's tooltip names the units behind it and quotes a
 * sentence, and clicking a point or a year's bar lists that year's passages under the chart.
 *
 * @example
 * prevalenceLines(
 *   [{ year: 2008, theme: "dialogue", share: 0.5, units: 2 }, { year: 2009, theme: "dialogue", share: 1, units: 1 }],
 *   [{ label: "2008–2011", from: 2008, to: 2011 }])
 */
export function prevalenceLines(points: YearShare[], periods: Period[], opts: PrevalenceOptions = {}): VegaLiteSpec {
  const sorted = [...points].sort((a, b) => a.year - b.year || byCodeUnit(a.theme, b.theme));
  const themes = distinct(sorted.map((p) => p.theme)).sort(byCodeUnit);
  const passages = opts.passages;
  const values = sorted.map((p) => ({
    year: p.year,
    theme: p.theme,
    share: p.share,
    units: p.units,
    ...(passages ? { who: whoHas(passages, p.year, p.theme) } : {}),
  }));
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
  const { year: pickYear, theme: pickTheme } = PREVALENCE_PARAMS;
  const y = {
    field: "share",
    type: "quantitative",
    scale: { domain: [0, 1] },
    axis: { format: ".0%" },
    title: opts.yTitle ?? "share of units",
  };
  const color = { field: "theme", type: "nominal", sort: themes, title: "theme" };
  const faded = { condition: { param: pickTheme, value: 1 }, value: 0.15 };
  const tooltip = [
    { field: "year", type: "quantitative", format: "d" },
    { field: "theme", type: "nominal" },
    { field: "share", type: "quantitative", format: ".0%" },
    { field: "units", type: "quantitative", title: "units that year" },
    ...(passages
      ? [
          { field: "who", type: "nominal", title: "units with the theme" },
          { field: "example", type: "nominal", title: "evidence" },
        ]
      : []),
  ];
  // Only clicks on a point or a bar choose a year: a click on the legend (which filters themes) keeps it.
  const onMarks = ["prevalence_points_marks", "prevalence_units_marks"].map((m) => `event.item.mark.name === '${m}'`);
  const clickYear = {
    type: "point",
    fields: ["year"],
    on: `click[event.item && (${onMarks.join(" || ")})]`,
    clear: "dblclick",
  };
  const lines = {
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
        mark: { type: "line" },
        encoding: { x: { ...x, axis: null, title: null }, y, color: { ...color, legend: null }, opacity: faded },
      },
      {
        name: "prevalence_points",
        data: { values },
        transform: [
          // the first sentence behind the point, from the passages (written once in the spec)
          ...(passages
            ? [
                { calculate: "datum.year + '|' + datum.theme", as: "key" },
                {
                  lookup: "key",
                  from: { data: { name: PASSAGES }, key: "key", fields: ["evidence"] },
                  as: ["example"],
                },
              ]
            : []),
          // what a screen reader says of a point (and what the SVG keeps): the tooltip without the sentence
          { calculate: POINT_DESCRIPTION, as: "description" },
        ],
        mark: { type: "point", filled: true, size: 45, tooltip: true, cursor: "pointer" },
        encoding: {
          x: { ...x, axis: null, title: null },
          y,
          color,
          opacity: faded,
          tooltip,
          description: { field: "description" },
        },
      },
    ],
    resolve: { scale: { color: "independent" } },
  };
  const bars = {
    name: "prevalence_units",
    width,
    height: 50,
    data: { values: unitsValues },
    mark: {
      type: "bar",
      color: "#888888",
      tooltip: true,
      cursor: passages ? "pointer" : "default",
      size: Math.max(2, Math.floor((0.7 * width) / Math.max(1, hi - lo))),
    },
    encoding: {
      x: { ...x, scale: xScale },
      y: { field: "units", type: "quantitative", title: "units", axis: { tickCount: 2 } },
      ...(passages ? { opacity: { condition: { param: pickYear, value: 1, empty: true }, value: 0.35 } } : {}),
    },
  };
  const list = passages
    ? [
        passageListView({
          dataset: PASSAGES,
          line: LIST_LINE,
          filters: [{ filter: { param: pickYear, empty: false } }, { filter: { param: pickTheme } }],
          sortBy: ["none", "countryName", "id", "theme"],
          title: "Click a point or a year's bar to list that year's passages (double-click to clear).",
          width,
          tooltip: [
            { field: "id", title: "unit" },
            { field: "countryName", title: "country" },
            { field: "speaker" },
            { field: "year", type: "quantitative", format: "d" },
            { field: "theme" },
            { field: "evidence" },
          ],
        }),
      ]
    : [];
  return chartSpec(opts.title ?? "Theme prevalence by year", caption, {
    ...(passages ? { datasets: { [PASSAGES]: passages.map(listRow) } } : {}),
    params: [
      { name: pickTheme, select: { type: "point", fields: ["theme"] }, bind: "legend", views: ["prevalence_points"] },
      ...(passages ? [{ name: pickYear, select: clickYear, views: ["prevalence_points", "prevalence_units"] }] : []),
    ],
    spacing: 6,
    vconcat: [lines, bars, ...list],
  });
}
