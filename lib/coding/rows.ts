/** Coded units joined with their units' metadata: the rows tables, charts and the coding CSV read. */
import { ArgumentError } from "../core";
import type { CodedRow, CodedUnit, Unit } from "../core";

/**
 * Joins units and their codings into rows for tables and the coding CSV. A row's id is the
 * text id (for the General Debate the file stem, "SRB_63_2008") when the text has one unit,
 * else the unit id.
 *
 * @throws {ArgumentError} when a unit has no coding in `coded`
 * @example toCodedRows(units, coded)[0].id // "SRB_63_2008"
 */
export function toCodedRows(units: Unit[], coded: CodedUnit[]): CodedRow[] {
  const byId = new Map(coded.map((c) => [c.unitId, c]));
  const perText = new Map<string, number>();
  for (const u of units) perText.set(u.textId, (perText.get(u.textId) ?? 0) + 1);
  return units.map((u) => {
    const c = byId.get(u.id);
    if (!c)
      throw new ArgumentError(
        "coded",
        "a coding of every unit",
        `no coding of ${u.id}`,
        "code every unit first (codeUnits)",
      );
    return {
      id: perText.get(u.textId) === 1 ? u.textId : u.id,
      date: u.date,
      year: u.year,
      category: u.category,
      country: u.country,
      speaker: u.speaker,
      codes: c.codes,
      vocabulary: c.vocabulary,
    };
  });
}
