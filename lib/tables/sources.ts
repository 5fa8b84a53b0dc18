/**
 * Tables of the study corpus's slots for a reader: slots per year and category, with how many have an
 * official URL, an alternative URL or a UN symbol, and how many are fetched.
 */
import * as fs from "fs";
import { byCodeUnit } from "../core";
import { textFile } from "../sources/fetched-text";
import { type Slot, STUDY_CATEGORIES } from "../sources/slots";

/** One row of the slots-by-year table: slots per category, and how many have a URL / UN symbol. */
export interface SlotYearRow {
  year: string;
  /** Slots per category, in the order of `categories`. */
  counts: Record<string, number>;
  total: number;
  /** Slots with an official URL. */
  officialUrl: number;
  /** Slots with an alternative URL. */
  altUrl: number;
  /** Slots with a UN document symbol (S/PV.NNNN or a letter S/YYYY/NNN). */
  symbol: number;
  /** Slots whose text is already in the texts folder (when a folder is given). */
  fetched: number;
}

/**
 * The slots per year and category, with how many have an official URL, an alternative URL or a UN symbol,
 * and (given the texts folder) how many are fetched; a last row "all" sums the years.
 *
 * @example slotsByYear(loadSlots(slotsPath("china-kosovo")))[0]
 *   // → { year: "2008", counts: { mfa: 4, unsc: 6, leader: 1 }, total: 11, officialUrl: 5, altUrl: 6, symbol: 6,
 *   //     fetched: 0 }
 */
export function slotsByYear(slots: Slot[], opts: { categories?: string[]; textsDir?: string } = {}): SlotYearRow[] {
  const cats = opts.categories ?? STUDY_CATEGORIES;
  const done = (s: Slot) => (opts.textsDir ? fs.existsSync(textFile(opts.textsDir, s.slot)) : false);
  const row = (year: string, ss: Slot[]): SlotYearRow => ({
    year,
    counts: Object.fromEntries(cats.map((c) => [c, ss.filter((s) => s.category === c).length])),
    total: ss.length,
    officialUrl: ss.filter((s) => s.url !== "").length,
    altUrl: ss.filter((s) => s.altUrl !== "").length,
    symbol: ss.filter((s) => /^S\//.test(s.docRef)).length,
    fetched: ss.filter(done).length,
  });
  const years = [...new Set(slots.map((s) => s.date.slice(0, 4)))].sort(byCodeUnit);
  return [
    ...years.map((y) =>
      row(
        y,
        slots.filter((s) => s.date.startsWith(y)),
      ),
    ),
    row("all", slots),
  ];
}

/**
 * Rows for `showTable` from `slotsByYear`: the year, the slots per category, and how many have somewhere to fetch
 * the text from (official URL, alternative URL, UN symbol) and are fetched.
 *
 * @example slotYearTableRows(slotsByYear(slots))[0]
 * // { year: "2008", mfa: 4, unsc: 6, leader: 1, slots: 11, "official URL": 5, "alternative URL": 6, … }
 */
export function slotYearTableRows(rows: SlotYearRow[]): Array<Record<string, string | number>> {
  return rows.map((r) => ({
    year: r.year,
    ...r.counts,
    slots: r.total,
    "official URL": r.officialUrl,
    "alternative URL": r.altUrl,
    "UN symbol": r.symbol,
    fetched: r.fetched,
  }));
}

/**
 * Where each category's slots fall: "every year", or the years that have one (for a chart's caption).
 *
 * @example slotYearsLine(slotsByYear(slots), ["mfa", "unsc"]) // "mfa every year; unsc in 2008, 2009, …"
 */
export function slotYearsLine(rows: SlotYearRow[], categories: string[]): string {
  const years = rows.filter((r) => r.year !== "all");
  return categories
    .map((c) => {
      const inYears = years.filter((r) => r.counts[c] > 0).map((r) => r.year);
      return inYears.length === years.length ? `${c} every year` : `${c} in ${inYears.join(", ")}`;
    })
    .join("; ");
}
