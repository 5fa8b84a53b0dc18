/**
 * The time axis shared by the timelines: years as numbers, dates as decimal years, and the shaded
 * periods of a corpus card drawn behind the data.
 */
import { ArgumentError, type Period } from "../core";

/**
 * "YYYY-MM-DD" → year as a decimal (2008-07-02 → 2008.5), so every timeline shares one numeric axis.
 *
 * @example decimalYear("2008-07-02") // 2008.5
 * @throws {ArgumentError} when `date` is not written YYYY-MM-DD
 */
export function decimalYear(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new ArgumentError("date", "a date written YYYY-MM-DD", date);
  const y = Number(m[1]);
  const start = Date.UTC(y, 0, 1);
  const end = Date.UTC(y + 1, 0, 1);
  const t = Date.UTC(y, Number(m[2]) - 1, Number(m[3]));
  return Number((y + (t - start) / (end - start)).toFixed(4));
}

/** The axis of whole years: no thousands separator, upright labels, at most one tick a year, labels apart. */
export const YEAR_AXIS = { format: "d", labelAngle: 0, tickMinStep: 1, labelSeparation: 6 };

/** One rectangle per period, from half a year before its first year to half a year after its last. */
export function periodRects(periods: Period[]): Record<string, unknown>[] {
  return periods.map((p, i) => ({ label: p.label, start: p.from - 0.5, end: p.to + 0.5, shade: i % 2 }));
}

/**
 * Layers that shade the periods (alternating greys) and label each at the top or bottom of the plot.
 *
 * @example periodLayers([{ label: "2008–2011", from: 2008, to: 2011 }]).length // 2
 */
export function periodLayers(periods: Period[], labelAt: "top" | "bottom" = "top"): Record<string, unknown>[] {
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
