/**
 * Naming: how often each name of the Kosovo side is used, by year, group or year × group; and how much text each
 * group has, the denominator every such count is read against.
 */
import { byCodeUnit } from "../core";
import type { Unit } from "../core";
import type { UnitTermCounts } from "./term-counts";
import { type UsageSplit, termUsage } from "./usage";

/** How often one name of the Kosovo side is used in a cell. */
export interface NamingRow {
  name: string;
  year: number | null;
  group: string | null;
  /** Hits of the name in the cell. */
  count: number;
  /** Units in the cell (the denominator a reader needs). */
  units: number;
  unitsUsing: number;
}

/**
 * Counts of each name of the Kosovo side by year, group or year × group, zeros included for every cell that has
 * units (for a chart: `namingPanels` in `lib/charts/from-vocabulary.ts`).
 *
 * @example namingRows(counts, ["kosovo_authorities", "provisional_institutions", "republic_of_kosovo"], "year-group")
 */
export function namingRows(rows: UnitTermCounts[], names: string[], split: UsageSplit = "year"): NamingRow[] {
  return termUsage(rows, names, split).map((u) => ({
    name: u.list,
    year: u.year,
    group: u.group,
    count: u.hits,
    units: u.units,
    unitsUsing: u.unitsUsing,
  }));
}

/** How much text a group (or any key) has: units and words. */
export interface UnitSize {
  key: string;
  units: number;
  words: number;
}

/**
 * Units and words per key (e.g. per speaker group), keys sorted — or in the order of `keys` when given, with zero
 * rows for keys that have no units (so "China: 0 units" is shown, not hidden).
 *
 * @example unitSizes(units, (u) => groupOf(u.country, u.year), [...GROUP_KEYS])
 * // [{ key: "china", units: 0, words: 0 }, { key: "serbia", units: 17, words: 11221 }, …]
 */
export function unitSizes(units: Unit[], keyOf: (u: Unit) => string, keys?: string[]): UnitSize[] {
  const acc = new Map<string, UnitSize>();
  for (const k of keys ?? []) acc.set(k, { key: k, units: 0, words: 0 });
  for (const u of units) {
    const k = keyOf(u);
    const s = acc.get(k) ?? { key: k, units: 0, words: 0 };
    s.units++;
    s.words += u.words;
    acc.set(k, s);
  }
  const rows = [...acc.values()];
  if (!keys) return rows.sort((a, b) => byCodeUnit(a.key, b.key));
  const order = new Map(keys.map((k, i) => [k, i] as const));
  const rank = (k: string) => order.get(k) ?? keys.length;
  return rows.sort((a, b) => rank(a.key) - rank(b.key) || byCodeUnit(a.key, b.key));
}
