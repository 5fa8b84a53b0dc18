/**
 * Term-list use per year, per speaker group, per year × group, and the *silence* table: a group's zero read against
 * what the other groups say ("China never says 'normalization'; the EU members say it in 14 of 40 passages").
 */
import { byCodeUnit } from "../core";
import type { UnitTermCounts } from "./term-counts";

/** Use of one term list in one cell (a year, a group, or a year × group). */
export interface UsageRow {
  list: string;
  /** null when the table is not split by year. */
  year: number | null;
  /** null when the table is not split by group. */
  group: string | null;
  /** Units in the cell. */
  units: number;
  /** Units in the cell that use the list at least once. */
  unitsUsing: number;
  /** Total hits (or sentences) in the cell. */
  hits: number;
}

/** How a usage table is split into cells. */
export type UsageSplit = "year" | "group" | "year-group" | "all";

/** Orders nulls first, then numbers or strings ascending (strings by code unit). */
function compareNullable(a: number | string | null, b: number | string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

/**
 * Term-list use per year, per group, per year × group, or overall. Every cell that has units gets a row for every
 * list — zeros included, so a chart shows absence rather than a gap. Sorted by list, then year, then group.
 *
 * @example
 * termUsage(counts, ["normalization", "icj"], "group")
 * // one row per list and group: { list: "icj", year: null, group: "russia", units, unitsUsing, hits }
 */
export function termUsage(rows: UnitTermCounts[], lists: string[], split: UsageSplit): UsageRow[] {
  const cells = new Map<string, { year: number | null; group: string | null; units: UnitTermCounts[] }>();
  for (const r of rows) {
    const year = split === "year" || split === "year-group" ? r.year : null;
    const group = split === "group" || split === "year-group" ? r.group : null;
    const key = `${year}\u0000${group}`;
    let cell = cells.get(key);
    if (!cell) {
      cell = { year, group, units: [] };
      cells.set(key, cell);
    }
    cell.units.push(r);
  }
  const out: UsageRow[] = [];
  for (const list of lists) {
    for (const cell of cells.values()) {
      let unitsUsing = 0;
      let hits = 0;
      for (const u of cell.units) {
        const n = u.counts[list] ?? 0;
        if (n > 0) unitsUsing++;
        hits += n;
      }
      out.push({ list, year: cell.year, group: cell.group, units: cell.units.length, unitsUsing, hits });
    }
  }
  return out.sort(
    (a, b) => compareNullable(a.list, b.list) || compareNullable(a.year, b.year) || compareNullable(a.group, b.group),
  );
}

/** A group's use of a term list beside the use by everyone else (the baseline). */
export interface SilenceRow {
  list: string;
  group: string;
  units: number;
  unitsUsing: number;
  hits: number;
  /** Units of all other groups together. */
  otherUnits: number;
  otherUnitsUsing: number;
  otherHits: number;
  /** Other groups that use the list, "A; B" (sorted), "" if none. */
  otherGroupsUsing: string;
  /** True when the group never uses the list while some other group does: a silence against a baseline. */
  silent: boolean;
  /** True when the group has fewer units than `minUnits`: its zero (or its use) rests on too little text. */
  fewUnits: boolean;
  /** Plain-language reading of the row. */
  reading: string;
}

/** Options of {@link silenceTable}. */
export interface SilenceOptions {
  /** Groups with fewer units are flagged `fewUnits` (default 5). */
  minUnits?: number;
  /** What the units are called in the reading (default "units"; e.g. "passages"). */
  unitWord?: string;
  /** What the counts are called in the reading (default "hits"; e.g. "sentences"). */
  countWord?: string;
}

/** Units, units using the list, and hits of one group. */
interface GroupUse {
  units: number;
  using: number;
  hits: number;
}

/** The plain-language reading of a silence row. */
function readingOf(own: GroupUse, others: GroupUse, users: string[], silent: boolean, opts: SilenceOptions): string {
  const uw = opts.unitWord ?? "units";
  const cw = opts.countWord ?? "hits";
  let reading: string;
  if (own.units === 0) reading = `no ${uw} for this group: nothing can be said`;
  else if (own.using > 0) reading = `uses it in ${own.using} of ${own.units} ${uw} (${own.hits} ${cw})`;
  else if (silent)
    reading =
      `never uses it in ${own.units} ${uw}; ` +
      `others do in ${others.using} of ${others.units} ${uw} (${users.join("; ")})`;
  else
    reading = `never uses it in ${own.units} ${uw}, but nobody else does either (${others.units} ${uw}): no baseline`;
  if (own.units > 0 && own.units < (opts.minUnits ?? 5))
    reading += ` — only ${own.units} of them: too few to read much into`;
  return reading;
}

/** Use of `list` per group present in the rows. */
function usePerGroup(rows: UnitTermCounts[], list: string, groups: string[]): Map<string, GroupUse> {
  const perGroup = new Map<string, GroupUse>();
  for (const g of groups) perGroup.set(g, { units: 0, using: 0, hits: 0 });
  for (const r of rows) {
    const s = perGroup.get(r.group)!;
    const n = r.counts[list] ?? 0;
    s.units++;
    s.hits += n;
    if (n > 0) s.using++;
  }
  return perGroup;
}

/**
 * For each term list and each group: does the group use it, and how much do all the others? A group's zero is only
 * called a silence (`silent: true`) when others use the list — otherwise nobody says it and the zero says nothing
 * about that group. Groups with fewer than `minUnits` units (default 5) are flagged `fewUnits`. `unitWord` /
 * `countWord` name the units and counts in the `reading`. Sorted by list, then group.
 *
 * @example
 * silenceTable(counts, ["normalization", "icj"]).filter((r) => r.group === "russia" && r.list === "icj")
 * // ungdc-kosovo 2008–2024, coder's counts: [{ units: 6, unitsUsing: 0, otherUnits: 93, otherUnitsUsing: 11,
 * //   silent: true, reading: "never uses it in 6 units; others do in 11 of 93 units (albania; eu; other; serbia)" }]
 */
export function silenceTable(
  rows: UnitTermCounts[],
  lists: string[],
  groups?: string[],
  options: SilenceOptions = {},
): SilenceRow[] {
  const present = [...new Set(rows.map((r) => r.group))].sort(byCodeUnit);
  const out: SilenceRow[] = [];
  for (const list of lists) {
    const perGroup = usePerGroup(rows, list, present);
    for (const g of groups ?? present) {
      const own = perGroup.get(g) ?? { units: 0, using: 0, hits: 0 };
      const others: GroupUse = { units: 0, using: 0, hits: 0 };
      const users: string[] = [];
      for (const [h, s] of perGroup) {
        if (h === g) continue;
        others.units += s.units;
        others.using += s.using;
        others.hits += s.hits;
        if (s.using > 0) users.push(h);
      }
      const silent = own.units > 0 && own.using === 0 && others.using > 0;
      out.push({
        list,
        group: g,
        units: own.units,
        unitsUsing: own.using,
        hits: own.hits,
        otherUnits: others.units,
        otherUnitsUsing: others.using,
        otherHits: others.hits,
        otherGroupsUsing: users.join("; "),
        silent,
        fewUnits: own.units > 0 && own.units < (options.minUnits ?? 5),
        reading: readingOf(own, others, users, silent, options),
      });
    }
  }
  return out.sort((a, b) => compareNullable(a.list, b.list) || compareNullable(a.group, b.group));
}
