/**
 * Splitting a change in a theme's share between two periods into the part that comes from the speakers' own
 * language (the same speakers, saying it more or less often) and the part that comes from who is speaking (the mix
 * of speakers, and speakers who appear or leave) — Kitagawa's (1955) decomposition of a difference between rates.
 */

/** The counts of one stratum (a speaker, a speaker group) in the two periods. */
export interface StratumCounts {
  key: string;
  earlierPresent: number;
  earlierUnits: number;
  laterPresent: number;
  laterUnits: number;
}

/** A change in share, split into its parts; within + mix + entering − leaving = crude. */
export interface ChangeDecomposition {
  /** later share − earlier share, over all units. */
  crude: number;
  /** Σ over strata in both periods of (average weight) × (change in the stratum's share): the speakers' language. */
  within: number;
  /** Σ over strata in both periods of (average share) × (change in the stratum's weight): the mix. */
  mix: number;
  /** What strata found only in the later period add to its share (w × share). */
  entering: number;
  /** What strata found only in the earlier period added to its share. */
  leaving: number;
  /** mix + entering − leaving: all that comes from who is speaking. */
  composition: number;
}

/**
 * Kitagawa's decomposition of the change in a share between two periods over strata: with weights w (a stratum's
 * share of the period's units) and shares p, for strata in both periods
 * w₂p₂ − w₁p₁ = ½(w₁ + w₂)(p₂ − p₁) + ½(p₁ + p₂)(w₂ − w₁); strata in one period only are composition. null when a
 * period has no units.
 *
 * @example
 * // Serbia 4/4 → 4/4, others 1/35 → 1/14: no speaker changed, yet the share rose from 5/39 to 5/18.
 * decomposeChange([{ key: "SRB", earlierPresent: 4, earlierUnits: 4, laterPresent: 4, laterUnits: 4 },
 *                  { key: "rest", earlierPresent: 1, earlierUnits: 35, laterPresent: 1, laterUnits: 14 }])
 */
export function decomposeChange(strata: StratumCounts[]): ChangeDecomposition | null {
  const n1 = strata.reduce((a, s) => a + s.earlierUnits, 0);
  const n2 = strata.reduce((a, s) => a + s.laterUnits, 0);
  if (n1 === 0 || n2 === 0) return null;
  const out = { crude: 0, within: 0, mix: 0, entering: 0, leaving: 0, composition: 0 };
  for (const s of strata) {
    const w1 = s.earlierUnits / n1;
    const w2 = s.laterUnits / n2;
    if (s.earlierUnits > 0 && s.laterUnits > 0) {
      const p1 = s.earlierPresent / s.earlierUnits;
      const p2 = s.laterPresent / s.laterUnits;
      out.within += ((w1 + w2) / 2) * (p2 - p1);
      out.mix += ((p1 + p2) / 2) * (w2 - w1);
    } else if (s.laterUnits > 0) out.entering += w2 * (s.laterPresent / s.laterUnits);
    else if (s.earlierUnits > 0) out.leaving += w1 * (s.earlierPresent / s.earlierUnits);
  }
  out.crude =
    strata.reduce((a, s) => a + s.laterPresent, 0) / n2 - strata.reduce((a, s) => a + s.earlierPresent, 0) / n1;
  out.composition = out.mix + out.entering - out.leaving;
  return out;
}
