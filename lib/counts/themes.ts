/**
 * Theme counts over coded rows: per theme, the units where it is present (and their share) and the total mentions;
 * the hierarchy of themes; breakdowns by any field (category, country group, period).
 */
import { byCodeUnit } from "../core";
import type { CodedRow } from "../core";

/** Presence and mention totals of one theme over a set of units. */
export interface ThemeCount {
  theme: string;
  /** Units counted (the denominator of `share`). */
  units: number;
  /** Units where the theme is present. */
  present: number;
  /** present / units; null when there are no units. */
  share: number | null;
  /** Sentences expressing the theme, summed over the units; null when not known (a paper figure left blank). */
  mentions: number | null;
}

/** A {@link ThemeCount} for one value of a breakdown field (e.g. category "unsc", group "eu"). */
export interface BreakdownCount extends ThemeCount {
  key: string;
}

/** A theme in a hierarchy: its count and its rank (1 = most frequent; ties share the lowest rank number). */
export interface RankedThemeCount extends ThemeCount {
  rank: number;
}

/**
 * The theme keys present in the rows: the core themes first (in the given order), then the rest sorted.
 *
 * @example themesOfRows([{ codes: { minorities: …, sovereignty: … }, … }]) // ["sovereignty", "minorities"]
 */
export function themesOfRows(rows: CodedRow[], coreThemes: string[]): string[] {
  const seen = new Set<string>();
  for (const r of rows) for (const k of Object.keys(r.codes)) seen.add(k);
  const core = coreThemes.filter((t) => seen.has(t));
  const rest = [...seen].filter((t) => !coreThemes.includes(t)).sort(byCodeUnit);
  return [...core, ...rest];
}

/**
 * Per theme: units, units where present, share and mention total. A theme missing from a row's codes counts
 * as absent (0 presence, 0 mentions) for that row.
 *
 * @example countThemes(rows, ["sovereignty"])
 * // [{ theme: "sovereignty", units: 4, present: 3, share: 0.75, mentions: 5 }]
 */
export function countThemes(rows: CodedRow[], themes: string[]): ThemeCount[] {
  return themes.map((theme) => {
    let present = 0;
    let mentions = 0;
    for (const r of rows) {
      const c = r.codes[theme];
      if (!c) continue;
      present += c.present;
      mentions += c.mentions;
    }
    return { theme, units: rows.length, present, share: rows.length === 0 ? null : present / rows.length, mentions };
  });
}

/**
 * Sorts counts into the paper's "hierarchy of themes": by presence (or mentions), largest first; ties are broken
 * by the theme key so the order is stable, and share the same rank.
 *
 * @example hierarchy(countThemes(rows), "present").map((t) => `${t.rank}. ${t.theme}`) // ["1. sovereignty", …]
 */
export function hierarchy(counts: ThemeCount[], by: "present" | "mentions" = "present"): RankedThemeCount[] {
  const value = (c: ThemeCount) => (by === "present" ? c.present : (c.mentions ?? -1));
  const sorted = [...counts].sort((a, b) => value(b) - value(a) || byCodeUnit(a.theme, b.theme));
  return sorted.map((c) => ({ ...c, rank: 1 + sorted.filter((o) => value(o) > value(c)).length }));
}

/** A field of a coded row to break counts down by, or a function giving the key of a row. */
export type KeyOf = "category" | "country" | "year" | "speaker" | ((row: CodedRow) => string | number);

/**
 * Counts per theme for each value of a field (category, country, year) or of a key function
 * (e.g. `groupKeyOf()` from `lib/groups`). Keys are sorted (numbers numerically), themes keep their order.
 *
 * @example countBy(rows, "category", ["sovereignty"]).map((c) => [c.key, c.present, c.units])
 * // [["leader", 0, 1], ["mfa", 1, 1], ["unsc", 2, 2]]
 */
export function countBy(rows: CodedRow[], keyOf: KeyOf, themes: string[]): BreakdownCount[] {
  const fn = typeof keyOf === "function" ? keyOf : (r: CodedRow) => r[keyOf] as string | number;
  const groups = new Map<string | number, CodedRow[]>();
  for (const r of rows) {
    const k = fn(r);
    const list = groups.get(k);
    if (list) list.push(r);
    else groups.set(k, [r]);
  }
  const keys = [...groups.keys()].sort((a, b) =>
    typeof a === "number" && typeof b === "number" ? a - b : byCodeUnit(String(a), String(b)),
  );
  const out: BreakdownCount[] = [];
  for (const k of keys) for (const c of countThemes(groups.get(k) ?? [], themes)) out.push({ key: String(k), ...c });
  return out;
}
