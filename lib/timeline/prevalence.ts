/** Prevalence of each theme by year and by period, with the number of units in every cell. */
import { countThemes } from "../counts";
import type { CodedRow, Period } from "../core";
import { rowsIn } from "./periods";

/** Prevalence of one theme in one cell (a year, or a period): how many units, how many with the theme. */
export interface PrevalenceCell {
  /** The year ("2010") or the period label ("2008–2011"). */
  key: string;
  from: number;
  to: number;
  theme: string;
  /** Units in the cell: read the share together with it (1 of 2 is not 50 of 100). */
  units: number;
  present: number;
  /** present / units; null when the cell has no units. */
  share: number | null;
  mentions: number;
}

/**
 * The prevalence of `theme` among `rows` (a theme missing from a row's codes counts as absent).
 *
 * @example prevalenceCell("2009", 2009, 2009, "dialogue", rowsOf2009)
 * // { key: "2009", …, units: 2, present: 1, share: 0.5, … }
 */
export function prevalenceCell(key: string, from: number, to: number, theme: string, rows: CodedRow[]): PrevalenceCell {
  const { units, present, share, mentions } = countThemes(rows, [theme])[0];
  return { key, from, to, theme, units, present, share, mentions: mentions ?? 0 };
}

/**
 * Prevalence of each theme per year. With `from`/`to`, every year of the range gets a cell (0 units, share null,
 * so a gap shows as a gap); without, only years that have units.
 *
 * @example prevalenceByYear(rows, ["dialogue"]).map((c) => [c.key, c.present, c.units])
 * // [["2008", 1, 2], ["2009", 1, 1]]
 */
export function prevalenceByYear(
  rows: CodedRow[],
  themes: string[],
  opts: { from?: number; to?: number } = {},
): PrevalenceCell[] {
  const years = new Set(rows.map((r) => r.year));
  if (opts.from !== undefined && opts.to !== undefined) for (let y = opts.from; y <= opts.to; y++) years.add(y);
  const list = [...years]
    .filter((y) => (opts.from === undefined || y >= opts.from) && (opts.to === undefined || y <= opts.to))
    .sort((a, b) => a - b);
  const out: PrevalenceCell[] = [];
  for (const y of list) {
    const inYear = rows.filter((r) => r.year === y);
    for (const t of themes) out.push(prevalenceCell(String(y), y, y, t, inYear));
  }
  return out;
}

/**
 * Prevalence of each theme per period (periods in the given order). Rows outside every period are not counted:
 * see `outsidePeriods`.
 *
 * @example prevalenceByPeriod(rows, periods, ["unilateral"]).map((c) => `${c.key}: ${c.present}/${c.units}`)
 * // ["2008–2011: 0/3", "2012–2020: 1/2", "2021–2024: 2/2"]
 */
export function prevalenceByPeriod(rows: CodedRow[], periods: Period[], themes: string[]): PrevalenceCell[] {
  const out: PrevalenceCell[] = [];
  for (const p of periods) {
    const inPeriod = rowsIn(rows, p);
    for (const t of themes) out.push(prevalenceCell(p.label, p.from, p.to, t, inPeriod));
  }
  return out;
}
