/**
 * Chart-data shapers for the coding stage: the passages behind a chart's points — who spoke, when, and the
 * sentence that made a theme count — for the tooltips and passage lists of the unit-level charts
 * (`prevalenceLines`, `stanceTimeline`).
 */
import type { ThemeChange } from "../coding/theme-changes";
import { byCodeUnit, type CodedUnit, type Unit } from "../core";

/** Longest evidence sentence kept in a chart's data (characters); longer ones end with "…". */
export const EVIDENCE_CHARS = 240;

/**
 * One passage behind a chart point: a unit and one theme present in it, with the first sentence that made the
 * theme count. A unit with none of the chart's themes gives one row with `theme` "".
 */
export interface PassageRow {
  /** Unit id, e.g. "SRB_63_2008". */
  id: string;
  year: number;
  /** ISO date when known. */
  date: string | null;
  /** ISO 3166-1 alpha-3 code. */
  country: string;
  countryName: string;
  /** Who spoke; "" when unknown. */
  speaker: string;
  /** A theme present in the unit, or "" when none of the chart's themes is. */
  theme: string;
  /** The first sentence that made `theme` count (at most `EVIDENCE_CHARS`), "" when there is none. */
  evidence: string;
}

/**
 * A sentence cut to at most `max` characters (whitespace runs folded), ending with "…" when cut.
 *
 * @example clip("One  two three", 8) // "One two…"
 */
export function clip(text: string, max: number = EVIDENCE_CHARS): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/**
 * The passages behind a chart: one row per unit and theme present (in `themes` order), with the theme's first
 * evidence sentence; one row with theme "" for a unit that has none of `themes`. Units keep their order; a unit
 * without a coding is left out.
 *
 * @example
 * passageRows(units, coded, ["sovereignty", "dialogue"])[0]
 * // { id: "SRB_63_2008", year: 2008, …, theme: "sovereignty", evidence: "…sovereignty and territorial integrity…" }
 */
export function passageRows(units: Unit[], coded: CodedUnit[], themes: string[]): PassageRow[] {
  const byId = new Map(coded.map((c) => [c.unitId, c]));
  const rows: PassageRow[] = [];
  for (const u of units) {
    const c = byId.get(u.id);
    if (!c) continue;
    const base = {
      id: u.id,
      year: u.year,
      date: u.date,
      country: u.country,
      countryName: u.countryName,
      speaker: u.speaker,
    };
    const present = themes.filter((t) => c.codes[t]?.present === 1);
    if (present.length === 0) rows.push({ ...base, theme: "", evidence: "" });
    for (const theme of present) rows.push({ ...base, theme, evidence: firstEvidence(c, [theme]) });
  }
  return rows;
}

/**
 * The first evidence sentence (by sentence, then position) of any of `themes` in a coded unit, clipped; "" if none.
 *
 * @example firstEvidence(coded[0], ["sovereignty", "unilateral"]) // "We reaffirm … territorial integrity …"
 */
export function firstEvidence(coded: CodedUnit, themes: string[]): string {
  const hits = coded.evidence
    .filter((e) => themes.includes(e.theme))
    .sort((a, b) => a.sentence - b.sentence || a.start - b.start || byCodeUnit(a.theme, b.theme));
  return hits.length ? clip(hits[0].text) : "";
}

/**
 * Who a passage is, for a tooltip or a list line: "Serbia · Vuk Jeremić · SRB_63_2008" (parts that are unknown are
 * left out).
 *
 * @example unitLabel({ id: "X_1", countryName: "Serbia", speaker: "" }) // "Serbia · X_1"
 */
export function unitLabel(p: { id: string; countryName: string; speaker: string }): string {
  return [p.countryName, p.speaker, p.id].filter((s) => s !== "").join(" · ");
}

/**
 * The cells of a unit × theme presence heatmap: one per unit and theme, in the rows' order.
 *
 * @example presenceCells(rows, ["sovereignty"])[0] // { unit: "SRB_63_2008", theme: "sovereignty", value: 1 }
 */
export function presenceCells(
  rows: Array<{ id: string; codes: Record<string, { present: number }> }>,
  themes: string[],
): Array<{ unit: string; theme: string; value: number }> {
  return rows.flatMap((r) => themes.map((k) => ({ unit: r.id, theme: k, value: r.codes[k]?.present ?? 0 })));
}

/**
 * Bars for `barChart` from `themeChanges`: each theme's mentions before and after a change, two bars a theme.
 *
 * @example themeChangeBars(themeChanges(before, after)).slice(0, 2)
 * // [{ label: "sovereignty", value: 0, group: "before" }, { label: "sovereignty", value: 1, group: "after" }]
 */
export function themeChangeBars(changes: ThemeChange[]): Array<{ label: string; value: number; group: string }> {
  return changes.flatMap((c) => [
    { label: c.theme, value: c.mentionsBefore, group: "before" },
    { label: c.theme, value: c.mentionsAfter, group: "after" },
  ]);
}
