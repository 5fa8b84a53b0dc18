/**
 * Stance over time: a point per unit, the yearly mean as a line, dated events as labelled rules; when the points
 * name their units, tooltips say who spoke and quote a sentence, and brushing a span of years lists its passages.
 */
import { byCodeUnit, type Period } from "../core";
import type { ChartEvent } from "./events";
import { unitLabel } from "./from-coding";
import { passageListView } from "./passage-list";
import { type ChartText, chartSpec, type VegaLiteSpec } from "./spec";
import { decimalYear, periodLayers, periodRects, YEAR_AXIS } from "./time-axis";
import { fmt } from "./values";

/** The stance of one unit, e.g. { id: "CHN_2010-07-22", date: "2010-07-22", year: 2010, stance: 0.33 }. */
export interface StancePoint {
  id: string;
  /** ISO date when known; null places the unit at mid-year. */
  date: string | null;
  year: number;
  /** Stance in [-1, 1] (see the coding guide: pro-Serbia positive, pro-Kosovo negative). */
  stance: number;
  /** Country name: given, tooltips name the unit and a brushed span lists the passages. */
  countryName?: string;
  speaker?: string;
  /** A sentence that made a stance theme count ("" or absent when none did). */
  evidence?: string;
}

/** Name of the dataset of units in a `stanceTimeline` spec with named units (read by the points and by the list). */
const STANCE_UNITS = "stance_units";

/** Name of the span selection of `stanceTimeline` (readable in a page's script or a test). */
export const STANCE_SPAN = "pick_span";

/** A named unit's description, as a vega expression: "China · … · CHN_54_1999, 1999 (no date): stance 0.33". */
const NAMED_DESCRIPTION = "datum.who + ', ' + datum.date + ': stance ' + format(datum.stance, '.2f')";

/** The list line of a unit, as a vega expression: "1999-09-22 · China · … — stance 0.33: “…”". */
const STANCE_LINE =
  "datum.date + ' · ' + datum.who + ' — stance ' + format(datum.stance, '.2f')" +
  " + (datum.evidence ? ': “' + datum.evidence + '”' : '')";

/**
 * Mean stance per year (sorted by year, 4 decimals), the line of `stanceTimeline`.
 *
 * @example
 * yearlyMeans([{ id: "a", date: null, year: 2009, stance: 0 }, { id: "b", date: null, year: 2009, stance: 1 }])
 * // [{ year: 2009, mean: 0.5, n: 2 }]
 */
export function yearlyMeans(points: StancePoint[]): Array<{ year: number; mean: number; n: number }> {
  const acc = new Map<number, { sum: number; n: number }>();
  for (const p of points) {
    const a = acc.get(p.year) ?? { sum: 0, n: 0 };
    a.sum += p.stance;
    a.n += 1;
    acc.set(p.year, a);
  }
  return [...acc.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([year, a]) => ({ year, mean: Number((a.sum / a.n).toFixed(4)), n: a.n }));
}

/**
 * Stance over time: one point per unit, the yearly mean as a line, and dated events as labelled
 * vertical rules (read them with `loadEvents()`). Optional shaded periods. When the points name their units
 * (`countryName`, as `stancePoints` gives them), each point's tooltip says who spoke and quotes a sentence, and
 * dragging across the plot lists the passages of that span under it.
 *
 * @example
 * stanceTimeline([{ id: "a", date: "2009-03-01", year: 2009, stance: 0.33 }], loadEvents())
 */
export function stanceTimeline(
  points: StancePoint[],
  events: ChartEvent[],
  opts: ChartText & { periods?: Period[] } = {},
): VegaLiteSpec {
  const named = points.some((p) => p.countryName !== undefined);
  const values = [...points]
    .map((p) => ({
      id: p.id,
      date: p.date ?? `${p.year} (no date)`,
      t: p.date ? decimalYear(p.date) : p.year + 0.5,
      year: p.year,
      stance: p.stance,
      ...(named
        ? {
            who: unitLabel({ id: p.id, countryName: p.countryName ?? "", speaker: p.speaker ?? "" }),
            evidence: p.evidence ?? "",
          }
        : {}),
    }))
    .sort((a, b) => a.t - b.t || byCodeUnit(a.id, b.id));
  const means = yearlyMeans(points).map((m) => ({ t: m.year + 0.5, year: m.year, mean: m.mean, n: m.n }));
  const ts0 = [
    ...values.map((v) => v.t),
    ...events.map((e) => decimalYear(e.date)),
    ...(opts.periods ?? []).flatMap((p) => [p.from, p.to + 1]),
  ];
  const lo = ts0.length ? Math.floor(Math.min(...ts0)) : 2008;
  const hi = ts0.length ? Math.ceil(Math.max(...ts0)) : 2025;
  // Event labels stagger over three rows near the top; labels in the last quarter of the axis run leftwards.
  const ev = [...events]
    .sort((a, b) => byCodeUnit(a.date, b.date) || byCodeUnit(a.label, b.label))
    .map((e, i) => {
      const t = decimalYear(e.date);
      return {
        date: e.date,
        label: e.label,
        kind: e.kind,
        t,
        labelY: Number((0.97 - 0.11 * (i % 3)).toFixed(2)),
        side: t > lo + 0.75 * (hi - lo) ? "right" : "left",
      };
    });
  const xScale = { domain: [lo, hi], nice: false, zero: false };
  const first = means[0];
  const last = means[means.length - 1];
  const caption =
    opts.caption ??
    (first && last
      ? `Mean stance ${fmt(first.mean, 2)} in ${first.year} and ${fmt(last.mean, 2)} in ${last.year} ` +
        `(${values.length} units; above 0 = pro-Serbia); dashed rules mark ${ev.length} events.`
      : "No units to show.");
  const yTitle = opts.yTitle ?? "stance (+1 pro-Serbia)";
  const yScale = { domain: [-1, 1] };
  const x = { field: "t", type: "quantitative", scale: xScale, axis: YEAR_AXIS, title: opts.xTitle ?? "year" };
  const periods = opts.periods ?? [];
  const periodLayer = periods.length
    ? periodLayers(periods, "bottom").map((l) => ({
        ...l,
        // On this axis a year Y spans [Y, Y+1): shift the period rectangles by half a year.
        data: {
          values: periodRects(periods).map((r) => ({
            ...r,
            start: (r.start as number) + 0.5,
            end: (r.end as number) + 0.5,
          })),
        },
        encoding: {
          ...(l.encoding as Record<string, unknown>),
          x: { field: "start", type: "quantitative", scale: xScale },
        },
      }))
    : [];
  const eventText = (side: "left" | "right") => ({
    data: { values: ev.filter((e) => e.side === side) },
    mark: {
      type: "text",
      align: side,
      baseline: "middle",
      dx: side === "left" ? 3 : -3,
      fontSize: 9,
      color: "#444444",
    },
    encoding: {
      x: { field: "t", type: "quantitative", scale: xScale },
      y: { field: "labelY", type: "quantitative", scale: yScale, title: yTitle },
      text: { field: "label" },
    },
  });
  const width = opts.width ?? 560;
  const unitTooltip = named
    ? [
        { field: "who", title: "unit" },
        { field: "date" },
        { field: "stance", type: "quantitative", format: ".2f" },
        { field: "evidence" },
      ]
    : [{ field: "id" }, { field: "date" }, { field: "stance", type: "quantitative", format: ".2f" }];
  const plot = {
    width,
    height: opts.height ?? 260,
    layer: [
      ...periodLayer,
      {
        data: { values: ev },
        mark: { type: "rule", color: "#888888", strokeDash: [4, 3] },
        encoding: { x: { field: "t", type: "quantitative", scale: xScale } },
      },
      eventText("left"),
      eventText("right"),
      {
        name: "stance_points",
        data: named ? { name: STANCE_UNITS } : { values },
        // what a screen reader says of a point (and what the SVG keeps): who, when and the stance, not the sentence
        transform: [{ calculate: named ? NAMED_DESCRIPTION : "datum.id + ', ' + datum.date", as: "description" }],
        mark: { type: "circle", size: 30, opacity: 0.5, color: "#4c78a8", tooltip: true },
        encoding: {
          description: { field: "description" },
          x,
          y: {
            field: "stance",
            type: "quantitative",
            scale: yScale,
            title: yTitle,
            axis: { titleLimit: (opts.height ?? 260) + 20 },
          },
          tooltip: unitTooltip,
        },
      },
      {
        data: { values: means },
        mark: { type: "line", color: "#e45756", strokeWidth: 2, point: { color: "#e45756" }, tooltip: true },
        encoding: {
          x: { field: "t", type: "quantitative", scale: xScale },
          y: { field: "mean", type: "quantitative", scale: yScale, title: yTitle },
          tooltip: [
            { field: "year", format: "d" },
            { field: "mean", format: ".2f" },
            { field: "n", title: "units" },
          ],
        },
      },
    ],
    resolve: { scale: { color: "independent" } },
  };
  if (!named) return chartSpec(opts.title ?? "Stance over time", caption, plot);
  const list = passageListView({
    dataset: STANCE_UNITS,
    line: STANCE_LINE,
    filters: [{ filter: { param: STANCE_SPAN, empty: false } }],
    sortBy: ["t", "id"],
    title: "Drag across the plot to list the passages of a span of years (click outside the span to clear).",
    width,
    tooltip: unitTooltip,
  });
  return chartSpec(opts.title ?? "Stance over time", caption, {
    datasets: { [STANCE_UNITS]: values },
    params: [{ name: STANCE_SPAN, select: { type: "interval", encodings: ["x"] }, views: ["stance_points"] }],
    spacing: 6,
    vconcat: [plot, list],
  });
}
