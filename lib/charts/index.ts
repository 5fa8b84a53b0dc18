/**
 * Charts: vega-lite 5 spec builders (plain data in → spec out), headless rendering to SVG and PNG,
 * and saving a chart under `output/charts/`.
 *
 * Every builder returns a vega-lite spec whose `title` is the chart's title and whose `description`
 * is its one-line caption — what the reader should see. `captionOf(spec)` reads it back.
 * Inputs are plain arrays of records; the field names are documented on each record type.
 * The same data always gives the same spec (fixed key order, sorted categories), and
 * `saveChart` writes byte-identical files for the same spec.
 *
 * vega and vega-lite (v5, CommonJS) are loaded lazily on the first render.
 */
import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";
import { parse as parseCsv } from "csv-parse/sync";
import type { Period } from "../core";
import { InputError, ValidationError, type Problem } from "../core";
import { outputPath, projectRoot, writeFileAtomic } from "../core";

/** The vega-lite v5 JSON schema URL every spec carries. */
export const VEGA_LITE_SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json";

/** A vega-lite spec as plain JSON. Builders fill `title` and `description` (the caption). */
export interface VegaLiteSpec {
  $schema?: string;
  title?: string | { text: string | string[]; subtitle?: string | string[] };
  description?: string;
  [key: string]: unknown;
}

/** Text options every builder accepts. A missing caption is written from the data. */
export interface ChartText {
  title?: string;
  /** One line saying what the reader should see. */
  caption?: string;
  xTitle?: string;
  yTitle?: string;
  /** Plot width in pixels (per facet for `smallMultiples`). */
  width?: number;
  height?: number;
}

/** The font every chart uses (DejaVu is the font installed with the workbook). */
export const CHART_FONT = "DejaVu Sans";

/** Categorical palette (Tableau 10), fixed so colours do not depend on vega's defaults. */
const PALETTE = [
  "#4c78a8",
  "#f58518",
  "#54a24b",
  "#e45756",
  "#72b7b2",
  "#b279a2",
  "#ff9da6",
  "#9d755d",
  "#bab0ac",
  "#eeca3b",
];

function config(): Record<string, unknown> {
  return {
    font: CHART_FONT,
    view: { stroke: null },
    axis: { labelFontSize: 11, titleFontSize: 12, labelLimit: 280 },
    legend: { labelFontSize: 11, titleFontSize: 12, labelLimit: 280 },
    header: { labelFontSize: 11, labelLimit: 280 },
    title: { fontSize: 14, subtitleFontSize: 11, anchor: "start" },
    range: { category: PALETTE },
  };
}

/** Maximum characters per line of a chart's title and subtitle (longer ones are wrapped at spaces). */
export const TITLE_LINE_CHARS = 90;

/**
 * Splits text into lines of at most `width` characters at spaces (a longer word keeps its own line).
 *
 * @example wrapLines("one two three", 7) // ["one two", "three"]
 */
export function wrapLines(text: string, width: number = TITLE_LINE_CHARS): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    if (line === "") line = word;
    else if (line.length + 1 + word.length <= width) line += " " + word;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== "" || lines.length === 0) lines.push(line);
  return lines;
}

/** A single line as a string, several as an array (vega-lite draws each array item on its own line). */
function lineOrLines(text: string): string | string[] {
  const lines = wrapLines(text);
  return lines.length === 1 ? lines[0] : lines;
}

/** Wraps a body (mark/encoding/layer…) with schema, title, caption, background and config. */
function wrap(title: string, caption: string, body: Record<string, unknown>): VegaLiteSpec {
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: lineOrLines(title), subtitle: lineOrLines(caption) },
    description: caption,
    background: "white",
    padding: 8,
    ...body,
    config: config(),
  };
}

/**
 * The caption of a spec made by a builder (its `description`), or "" when it has none.
 *
 * @example captionOf(barChart([{ label: "a", value: 2 }, { label: "b", value: 5 }])) // "2 bars; the largest is b (5)."
 */
export function captionOf(spec: VegaLiteSpec): string {
  return typeof spec.description === "string" ? spec.description : "";
}

/**
 * The title text of a spec (wrapped lines joined with spaces), or "" when it has none.
 *
 * @example titleOf(barChart([], { title: "Units per year" })) // "Units per year"
 */
export function titleOf(spec: VegaLiteSpec): string {
  const t = spec.title;
  if (typeof t === "string") return t;
  if (t && typeof t === "object") return Array.isArray(t.text) ? t.text.join(" ") : t.text;
  return "";
}

/** Fixed-decimal formatting used in captions. */
function fmt(x: number, digits = 0): string {
  return x.toFixed(digits);
}

function pct(x: number): string {
  return `${(100 * x).toFixed(0)}%`;
}

/** Distinct values in first-appearance order. */
function distinct<T>(xs: T[]): T[] {
  const seen = new Set<T>();
  const out: T[] = [];
  for (const x of xs) if (!seen.has(x)) seen.add(x), out.push(x);
  return out;
}

function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** "YYYY-MM-DD" → year as a decimal (2008-07-02 → ≈2008.5), so every timeline shares one numeric axis. */
export function decimalYear(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m)
    throw new InputError({
      file: "(date)",
      message: `"${date}" is not a date of the form YYYY-MM-DD`,
      fix: "write dates as ISO YYYY-MM-DD",
    });
  const y = Number(m[1]);
  const start = Date.UTC(y, 0, 1);
  const end = Date.UTC(y + 1, 0, 1);
  const t = Date.UTC(y, Number(m[2]) - 1, Number(m[3]));
  return Number((y + (t - start) / (end - start)).toFixed(4));
}

const YEAR_AXIS = { format: "d", labelAngle: 0, tickMinStep: 1 };

// ---------------------------------------------------------------------------------------------
// hierarchyBars

/** Presence and mentions of one theme, e.g. { theme: "sovereignty", presence: 66, mentions: 132 }. */
export interface ThemeCount {
  /** Theme key from the codebook. */
  theme: string;
  /** Label shown on the axis (defaults to the key). */
  label?: string;
  /** Units in which the theme is present. */
  presence: number;
  /** Sentences expressing the theme. */
  mentions: number;
}

/** Measure names used in the legend of `hierarchyBars`. */
export const PRESENCE_LABEL = "presence (units)";
export const MENTIONS_LABEL = "mentions (sentences)";

/**
 * The hierarchy of themes: per theme, presence (units) and mentions (sentences) as grouped horizontal bars,
 * themes sorted by presence (then mentions, then name). One bar per theme and measure.
 *
 * @example
 * hierarchyBars([{ theme: "sovereignty", presence: 3, mentions: 5 }, { theme: "dialogue", presence: 2, mentions: 2 }],
 *   { title: "Themes in the invented corpus" })
 */
export function hierarchyBars(counts: ThemeCount[], opts: ChartText & { units?: number } = {}): VegaLiteSpec {
  const sorted = [...counts].sort(
    (a, b) => b.presence - a.presence || b.mentions - a.mentions || byString(a.theme, b.theme),
  );
  const labels = sorted.map((c) => c.label ?? c.theme);
  const values: Record<string, unknown>[] = [];
  for (const c of sorted) {
    values.push({ theme: c.label ?? c.theme, measure: PRESENCE_LABEL, value: c.presence });
    values.push({ theme: c.label ?? c.theme, measure: MENTIONS_LABEL, value: c.mentions });
  }
  const top = sorted[0];
  const of = opts.units !== undefined ? ` of ${opts.units} units` : "";
  const caption =
    opts.caption ??
    (top
      ? `${top.label ?? top.theme} leads: present in ${top.presence}${of}, ${top.mentions} mentions; ${sorted.length} themes, most to least present.`
      : "No themes to show.");
  return wrap(opts.title ?? "Themes: presence and mentions", caption, {
    width: opts.width ?? 420,
    data: { values },
    mark: { type: "bar", tooltip: true },
    encoding: {
      y: { field: "theme", type: "nominal", sort: labels, title: opts.yTitle ?? "theme" },
      yOffset: { field: "measure", type: "nominal", sort: [PRESENCE_LABEL, MENTIONS_LABEL] },
      x: { field: "value", type: "quantitative", title: opts.xTitle ?? "count" },
      color: {
        field: "measure",
        type: "nominal",
        sort: [PRESENCE_LABEL, MENTIONS_LABEL],
        title: "measure",
        legend: { orient: "bottom" },
      },
    },
  });
}

// ---------------------------------------------------------------------------------------------
// heatmap

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
    `${units.length} units × ${themes.length} themes; ${nonzero} of ${cells.length} cells are non-zero (darker = ${measure === "presence" ? "present" : "more mentions"}).`;
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
  return wrap(opts.title ?? `Themes by unit (${measure})`, caption, {
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

// ---------------------------------------------------------------------------------------------
// prevalenceLines

/** Share of units expressing a theme in one year, e.g. { year: 2008, theme: "dialogue", share: 0.5, units: 4 }. */
export interface YearShare {
  year: number;
  theme: string;
  /** Share of that year's units in which the theme is present, 0–1. */
  share: number;
  /** Number of units that year (the same for every theme of the year). */
  units: number;
}

function periodRects(periods: Period[]): Record<string, unknown>[] {
  return periods.map((p, i) => ({ label: p.label, start: p.from - 0.5, end: p.to + 0.5, shade: i % 2 }));
}

function periodLayers(periods: Period[], labelAt: "top" | "bottom" = "top"): Record<string, unknown>[] {
  const values = periodRects(periods);
  return [
    {
      data: { values },
      mark: { type: "rect", opacity: 0.35 },
      encoding: {
        x: { field: "start", type: "quantitative" },
        x2: { field: "end" },
        color: {
          field: "shade",
          type: "nominal",
          scale: { domain: [0, 1], range: ["#e8e8e8", "#d0d0d0"] },
          legend: null,
        },
      },
    },
    {
      data: { values },
      mark: {
        type: "text",
        align: "left",
        baseline: labelAt,
        dx: 3,
        dy: labelAt === "top" ? 3 : -3,
        fontSize: 10,
        color: "#555555",
      },
      encoding: {
        x: { field: "start", type: "quantitative" },
        y: labelAt === "top" ? { value: 0 } : { value: { expr: "height" } },
        text: { field: "label" },
      },
    },
  ];
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
  const sorted = [...points].sort((a, b) => a.year - b.year || byString(a.theme, b.theme));
  const themes = distinct(sorted.map((p) => p.theme)).sort(byString);
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
    `Share of units per year expressing each of ${themes.length} themes, ${years.length ? `${years[0]}–${years[years.length - 1]}` : "no years"}; ${total} units in all (bars below: units per year).`;
  const width = opts.width ?? 520;
  const x = { field: "year", type: "quantitative", scale: xScale, axis: YEAR_AXIS, title: opts.xTitle ?? "year" };
  return wrap(opts.title ?? "Theme prevalence by year", caption, {
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

// ---------------------------------------------------------------------------------------------
// events and stanceTimeline

/** A dated event to annotate on a timeline (one row of `data/events.csv`). */
export interface ChartEvent {
  /** ISO date YYYY-MM-DD. */
  date: string;
  label: string;
  /** A short category, e.g. "declaration", "ruling", "agreement", "incident", "regulation". */
  kind: string;
}

/**
 * The default events file, `data/events.csv` (columns date,label,kind).
 *
 * @example eventsPath() // "/work/main/data/events.csv"
 */
export function eventsPath(): string {
  return path.join(projectRoot(), "data", "events.csv");
}

/**
 * Reads the events to annotate on timelines from a CSV with columns date,label,kind.
 * Every bad row is reported together (file and line) in one ValidationError.
 *
 * @example loadEvents() // → [{ date: "2008-02-17", label: "Kosovo declares independence", kind: "declaration" }, …]
 */
export function loadEvents(file: string = eventsPath()): ChartEvent[] {
  if (!fs.existsSync(file)) {
    throw new InputError({
      file,
      message: "the events file does not exist",
      fix: "create it with the header date,label,kind (see data/events.csv)",
    });
  }
  const text = fs.readFileSync(file, "utf8");
  let records: Array<{ record: Record<string, string>; info: { lines: number } }>;
  try {
    records = parseCsv(text, { columns: true, info: true, skip_empty_lines: true, trim: true, bom: true });
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    throw new InputError({
      file,
      line,
      message: `not valid CSV: ${(e as Error).message}`,
      fix: "quote fields that contain commas",
    });
  }
  const header = text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/, 1)[0]
    .split(",")
    .map((h) => h.trim());
  const problems: Problem[] = [];
  for (const col of ["date", "label", "kind"]) {
    if (!header.includes(col))
      problems.push({ file, line: 1, message: `missing column "${col}"`, fix: "the header must be date,label,kind" });
  }
  if (problems.length) throw new ValidationError(`Events ${file}`, problems);
  const events: ChartEvent[] = [];
  for (const { record, info } of records) {
    const line = info.lines;
    const date = record.date ?? "";
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
    const valid =
      m &&
      (() => {
        const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
        return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
      })();
    if (!valid)
      problems.push({
        file,
        line,
        column: "date",
        message: `"${date}" is not a calendar date`,
        fix: "write the date as YYYY-MM-DD",
      });
    if (!record.label)
      problems.push({
        file,
        line,
        column: "label",
        message: "empty label",
        fix: 'write a short label, e.g. "Brussels agreement"',
      });
    if (!record.kind)
      problems.push({ file, line, column: "kind", message: "empty kind", fix: "write a category, e.g. agreement" });
    events.push({ date, label: record.label ?? "", kind: record.kind ?? "" });
  }
  if (problems.length) throw new ValidationError(`Events ${file}`, problems);
  return events.sort((a, b) => byString(a.date, b.date) || byString(a.label, b.label));
}

/** The stance of one unit, e.g. { id: "CHN_2010-07-22", date: "2010-07-22", year: 2010, stance: 0.33 }. */
export interface StancePoint {
  id: string;
  /** ISO date when known; null places the unit at mid-year. */
  date: string | null;
  year: number;
  /** Stance in [-1, 1] (see the coding guide: pro-Serbia positive, pro-Kosovo negative). */
  stance: number;
}

/**
 * Mean stance per year (sorted by year, 4 decimals), the line of `stanceTimeline`.
 *
 * @example yearlyMeans([{ id: "a", date: null, year: 2009, stance: 0 }, { id: "b", date: null, year: 2009, stance: 1 }]) // [{ year: 2009, mean: 0.5, n: 2 }]
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
 * vertical rules (read them with `loadEvents()`). Optional shaded periods.
 *
 * @example
 * stanceTimeline([{ id: "a", date: "2009-03-01", year: 2009, stance: 0.33 }], loadEvents())
 */
export function stanceTimeline(
  points: StancePoint[],
  events: ChartEvent[],
  opts: ChartText & { periods?: Period[] } = {},
): VegaLiteSpec {
  const values = [...points]
    .map((p) => ({
      id: p.id,
      date: p.date ?? `${p.year} (no date)`,
      t: p.date ? decimalYear(p.date) : p.year + 0.5,
      year: p.year,
      stance: p.stance,
    }))
    .sort((a, b) => a.t - b.t || byString(a.id, b.id));
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
    .sort((a, b) => byString(a.date, b.date) || byString(a.label, b.label))
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
      ? `Mean stance ${fmt(first.mean, 2)} in ${first.year} and ${fmt(last.mean, 2)} in ${last.year} (${values.length} units; above 0 = pro-Serbia); dashed rules mark ${ev.length} events.`
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
  return wrap(opts.title ?? "Stance over time", caption, {
    width: opts.width ?? 560,
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
        data: { values },
        mark: { type: "circle", size: 30, opacity: 0.5, color: "#4c78a8", tooltip: true },
        encoding: {
          x,
          y: {
            field: "stance",
            type: "quantitative",
            scale: yScale,
            title: yTitle,
            axis: { titleLimit: (opts.height ?? 260) + 20 },
          },
          tooltip: [{ field: "id" }, { field: "date" }, { field: "stance", type: "quantitative", format: ".2f" }],
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
  });
}

// ---------------------------------------------------------------------------------------------
// periodComparison

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
  const themes = distinct(rows.map((r) => r.theme)).sort(byString);
  const values = [...rows]
    .sort((a, b) => byString(a.theme, b.theme) || periods.indexOf(a.period) - periods.indexOf(b.period))
    .map((r) => ({ period: r.period, theme: r.theme, share: r.share, low: r.low, high: r.high, n: r.n ?? null }));
  const level = opts.level ?? 0.95;
  const caption =
    opts.caption ??
    `Share of units with each theme in ${periods.length} periods (${periods.join(", ")}); bars are ${pct(level)} intervals — non-overlapping bars mark a clear shift.`;
  const color = { field: "period", type: "nominal", sort: periods, title: "period", legend: { orient: "bottom" } };
  const y = { field: "theme", type: "nominal", sort: themes, title: opts.yTitle ?? "theme" };
  const yOffset = { field: "period", type: "nominal", sort: periods };
  return wrap(opts.title ?? "Themes by period", caption, {
    width: opts.width ?? 420,
    height: opts.height ?? { step: 14, for: "offset" },
    data: { values },
    encoding: { y, yOffset, color },
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

// ---------------------------------------------------------------------------------------------
// smallMultiples

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
  const groups = distinct(points.map((p) => p.group)).sort(byString);
  const series = distinct(points.map((p) => p.series ?? "")).sort(byString);
  const values = [...points]
    .sort((a, b) => byString(a.group, b.group) || byString(a.series ?? "", b.series ?? "") || a.x - b.x)
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
  if (series.length > 1) encoding.color = { field: "series", type: "nominal", sort: series, title: "series" };
  return wrap(opts.title ?? "Small multiples", caption, {
    data: { values },
    columns: opts.columns ?? Math.min(groups.length, 4),
    facet: { field: "group", type: "nominal", sort: groups, title: null },
    spec: {
      width: opts.width ?? 160,
      height: opts.height ?? 100,
      mark: markType === "line" ? { type: "line", point: true } : { type: "bar" },
      encoding,
    },
  });
}

// ---------------------------------------------------------------------------------------------
// generic: barChart, lineChart, scatterChart

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
 * barChart([{ label: "2008", value: 12 }, { label: "2009", value: 7 }], { title: "Kosovo passages per year", sort: "label" })
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
  if (sortMode === "label") labels = [...labels].sort(byString);
  if (sortMode === "value")
    labels = [...labels].sort((a, b) => (totals.get(b) ?? 0) - (totals.get(a) ?? 0) || byString(a, b));
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
  const byValue = [...labels].sort((x, y) => (totals.get(y) ?? 0) - (totals.get(x) ?? 0) || byString(x, y));
  const top = byValue[0];
  let auto: string;
  if (top === undefined) auto = "No bars to show.";
  else if (groups.length)
    auto = `${labels.length} labels, bars side by side for ${groups.join(" vs ")}${sortMode === "value" ? ` (sorted by ${groups[0]})` : ""}.`;
  else if (opts.diverging) {
    const pos = labels.filter((l) => (totals.get(l) ?? 0) >= 0).length;
    const low = byValue[byValue.length - 1];
    auto = `${pos} bar${pos === 1 ? "" : "s"} toward ${opts.diverging.positive} (strongest: ${top}, ${num0(totals.get(top) ?? 0)}), ${labels.length - pos} toward ${opts.diverging.negative}${labels.length - pos ? ` (strongest: ${low}, ${num0(totals.get(low) ?? 0)})` : ""}.`;
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
  return wrap(opts.title ?? "Bar chart", caption, {
    ...size,
    data: { values },
    mark: { type: "bar", tooltip: true },
    encoding,
  });
}

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
  const series = distinct(points.map((p) => p.series ?? "")).sort(byString);
  const values = [...points]
    .sort((a, b) => byString(a.series ?? "", b.series ?? "") || a.x - b.x)
    .map((p) => ({ series: p.series ?? "", x: p.x, y: p.y }));
  const xs = values.map((v) => v.x);
  const caption =
    opts.caption ??
    `${series.length > 1 ? `${series.length} series` : "One series"} over ${xs.length ? `${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))}` : "no points"}.`;
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
  if (series.length > 1)
    encoding.color = { field: "series", type: "nominal", sort: series, title: null, legend: { orient: "bottom" } };
  return wrap(opts.title ?? "Line chart", caption, {
    width: opts.width ?? 480,
    height: opts.height ?? 220,
    data: { values },
    mark: { type: "line", point: true, tooltip: true },
    encoding,
  });
}

/** One labelled point, e.g. { label: "sovereignty", x: 0.95, y: 0.12 } (agreement vs kappa). */
export interface ScatterPoint {
  label: string;
  x: number;
  y: number;
}

/**
 * A labelled scatter plot (e.g. percent agreement vs Cohen's κ per theme), with optional axis domains.
 *
 * @example scatterChart([{ label: "dialogue", x: 0.95, y: 0.4 }], { xTitle: "agreement", yTitle: "κ", xDomain: [0, 1], yDomain: [-1, 1] })
 */
export function scatterChart(
  points: ScatterPoint[],
  opts: ChartText & { xDomain?: [number, number]; yDomain?: [number, number] } = {},
): VegaLiteSpec {
  const values = [...points]
    .sort((a, b) => byString(a.label, b.label))
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
  return wrap(opts.title ?? "Scatter plot", caption, {
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

// ---------------------------------------------------------------------------------------------
// rendering and saving

/** The few vega / vega-lite entry points used here (typed loosely to keep notebook compiles light). */
interface VegaModules {
  vega: {
    parse(spec: unknown): unknown;
    resetSVGDefIds(): void;
    View: new (runtime: unknown, opts: { renderer: string }) => { toSVG(): Promise<string>; finalize(): void };
  };
  vl: { compile(spec: unknown): { spec: unknown } };
}
let modules: VegaModules | null = null;

/** Loads vega and vega-lite once (≈130 ms), on the first render. */
function vegaModules(): VegaModules {
  if (!modules) {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    modules = { vega: require("vega"), vl: require("vega-lite") };
  }
  return modules!;
}

/**
 * JSON with object keys sorted at every level, 2-space indent, trailing newline: the same spec always
 * gives the same bytes, however its objects were built.
 *
 * @example stableJson({ b: 1, a: [2, { d: 3, c: 4 }] }) // '{\n  "a": [\n    2,\n …'
 */
export function stableJson(value: unknown): string {
  const sortKeys = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sortKeys);
    if (v && typeof v === "object") {
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(v as Record<string, unknown>).sort()) {
        const x = (v as Record<string, unknown>)[k];
        if (x !== undefined) out[k] = sortKeys(x);
      }
      return out;
    }
    return v;
  };
  return JSON.stringify(sortKeys(value), null, 2) + "\n";
}

/**
 * Renders a vega-lite spec to an SVG string, headless (vega-lite → vega → View with renderer "none").
 *
 * @example const svg = await renderSvg(barChart([{ label: "a", value: 1 }]));
 */
export async function renderSvg(spec: VegaLiteSpec): Promise<string> {
  const { vega, vl } = vegaModules();
  let vgSpec;
  try {
    vgSpec = vl.compile(spec).spec;
  } catch (e) {
    throw new InputError({
      file: "(vega-lite spec)",
      message: `vega-lite cannot compile the spec: ${(e as Error).message}`,
      fix: "check the spec against https://vega.github.io/vega-lite/docs/",
    });
  }
  const view = new vega.View(vega.parse(vgSpec), { renderer: "none" });
  try {
    // vega numbers gradients and clip paths with process-wide counters: reset them, then prefix the ids
    // with a hash of the spec, so the same spec gives the same SVG and two charts on one page never clash.
    vega.resetSVGDefIds();
    const svg = await view.toSVG();
    const prefix = "c" + createHash("sha1").update(stableJson(spec)).digest("hex").slice(0, 8);
    return svg.replace(/(id="|url\(#)((?:p_)?gradient_\d+|clip\d+)/g, `$1${prefix}-$2`);
  } finally {
    view.finalize();
  }
}

const FONT_DIRS = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/local/share/fonts"];

/** Options of resvg: DejaVu fonts when present (fast, reproducible), else the system fonts. */
function resvgOptions(scale: number): Record<string, unknown> {
  const dirs = FONT_DIRS.filter((d) => fs.existsSync(d));
  return {
    fitTo: { mode: "zoom", value: scale },
    background: "white",
    font: {
      loadSystemFonts: dirs.length === 0,
      fontDirs: dirs,
      defaultFontFamily: CHART_FONT,
      sansSerifFamily: CHART_FONT,
      serifFamily: "DejaVu Serif",
      monospaceFamily: "DejaVu Sans Mono",
    },
  };
}

/**
 * Rasterises an SVG to PNG with @resvg/resvg-js (DejaVu fonts, white background, `scale`× zoom, default 2).
 *
 * @example const png = renderPng(await renderSvg(spec)); // Buffer starting with the PNG signature
 */
export function renderPng(svg: string, scale = 2): Buffer {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { Resvg } = require("@resvg/resvg-js") as typeof import("@resvg/resvg-js");
  return new Resvg(svg, resvgOptions(scale) as never).render().asPng();
}

/** The files `saveChart` wrote. */
export interface SavedChart {
  /** Path of the vega-lite spec, `output/charts/<name>.vl.json`. */
  vl: string;
  svg: string;
  png: string;
}

/**
 * Checks a chart name: letters, digits, `-`, `_`, `.`, starting with a letter or digit; throws InputError otherwise.
 *
 * @example checkChartName("05-hierarchy") // ok; checkChartName("../x") throws
 */
export function checkChartName(name: string): void {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name) || name.length > 120) {
    throw new InputError({
      file: `output/charts/${name}`,
      message: `"${name}" is not a usable chart name`,
      fix: "use letters, digits, '-', '_' or '.', e.g. \"03-hierarchy\"",
    });
  }
}

/**
 * Renders a spec and writes `output/charts/<name>.vl.json`, `.svg` and `.png` atomically.
 * The same spec gives byte-identical files. Returns the paths (and the SVG, to display it without re-rendering).
 *
 * @example const files = await saveChart(hierarchyBars(counts), "03-hierarchy"); // files.png → …/output/charts/03-hierarchy.png
 */
export async function saveChart(spec: VegaLiteSpec, name: string): Promise<SavedChart & { svgText: string }> {
  checkChartName(name);
  const svgText = await renderSvg(spec);
  const png = renderPng(svgText);
  const files: SavedChart = {
    vl: outputPath("charts", `${name}.vl.json`),
    svg: outputPath("charts", `${name}.svg`),
    png: outputPath("charts", `${name}.png`),
  };
  writeFileAtomic(files.vl, stableJson(spec));
  writeFileAtomic(files.svg, svgText);
  writeFileAtomic(files.png, png);
  return { ...files, svgText };
}
