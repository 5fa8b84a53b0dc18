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
