/**
 * References for the dictionary coder beyond the gold standard: the gold where it exists and one
 * coder's sheet elsewhere, split into the units the codebook was tuned on and the held-out gold.
 */
import type { Sheet } from "../sheets";
import type { PresenceRow } from "./compare";

/** What a reference needs of a sheet: its coder, units, themes and presence codes. */
export type CodedSheet = Pick<Sheet, "coder" | "ids" | "themes" | "codes">;

/** A reference for every unit: the gold standard where it exists, one coder's codes elsewhere. */
export interface Reference {
  rows: PresenceRow[];
  /** Units whose codes come from the gold standard. */
  goldUnits: number;
  /** Units whose codes come from the single coder's sheet. */
  singleUnits: number;
  /** The coder whose sheet fills the units outside the gold. */
  coder: string;
}

/**
 * The reference for measuring the dictionary coder on every unit: gold codes for the double-coded
 * units, and `sheet`'s codes (blank cells left out) for the units outside the gold.
 *
 * @example compareToGold(referenceCodes(gold, coderA).rows, run.presence, themes)
 */
export function referenceCodes(gold: PresenceRow[], sheet: CodedSheet): Reference {
  const goldIds = new Set(gold.map((g) => g.id));
  const rows: PresenceRow[] = gold.map((g) => ({ id: g.id, theme: g.theme, value: g.value }));
  let singleUnits = 0;
  for (const id of sheet.ids) {
    if (goldIds.has(id)) continue;
    singleUnits++;
    for (const theme of sheet.themes) {
      const v = sheet.codes[id][theme];
      if (v !== null && v !== undefined) rows.push({ id, theme, value: v });
    }
  }
  return { rows, goldUnits: goldIds.size, singleUnits, coder: sheet.coder };
}

/** The three reference sets of honest tuning. */
export interface ReferenceSets {
  /** The units coded by one coder only: the codebook may be tuned on their errors. */
  tuning: PresenceRow[];
  /** The double-coded, adjudicated units of the gold standard: read only to report. */
  heldOut: PresenceRow[];
  /** Both together. */
  all: PresenceRow[];
}

/**
 * The reference split for honest tuning: the units coded by one coder only (`tuning`: the codebook
 * may be tuned on their misses and false alarms), the double-coded, adjudicated units of the gold
 * standard (`heldOut`: read only to report), and both together (`all`).
 *
 * @example const sets = referenceSets(gold, coderA); compareToGold(sets.heldOut, run.presence, themes)
 */
export function referenceSets(gold: PresenceRow[], sheet: CodedSheet): ReferenceSets {
  const all = referenceCodes(gold, sheet).rows;
  const goldIds = new Set(gold.map((g) => g.id));
  return { tuning: all.filter((r) => !goldIds.has(r.id)), heldOut: all.filter((r) => goldIds.has(r.id)), all };
}
