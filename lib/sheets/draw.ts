/**
 * Drawing the double-coded sample of a round of human coding: a seeded share of the units, stratified
 * when asked (by the corpus card's periods, the speakers' country groups, countries), split into a
 * tuning and a held-out half when asked, each unit listed with its stratum, half and sentences.
 */
import { ArgumentError, type Period, type Unit } from "../core";
import { groupOf } from "../corpus";
import { splitSentences } from "../text";
import { sampleUnits } from "./sample";
import type { SampleEntry } from "./sample-list";
import { splitHalves, stratifiedSample } from "./stratified";

/** What a stratum can be made of. */
export const STRATUM_KEYS = ["period", "group", "country"] as const;

/** How to draw a sample. */
export interface DrawOptions {
  /** Share of the units (of every stratum), in (0, 1]. */
  fraction: number;
  seed: string;
  /** Stratify by these (e.g. ["period", "group"]); none: a simple random sample. */
  stratify?: string[];
  /** The corpus card's periods (for "period"). */
  periods?: Period[];
  /** Split the sample into a "tune" and a "holdout" half, balanced within strata. */
  halves?: boolean;
}

/**
 * The stratum of a unit, e.g. "1998–2001 × eu": its period (from the card), group and/or country.
 *
 * @throws {ArgumentError} for an unknown key
 * @example stratumOf(["period", "group"], card.periods)(unit) // "1998–2001 × eu"
 */
export function stratumOf(keys: string[], periods: Period[] = []): (u: Unit) => string {
  const bad = keys.find((k) => !(STRATUM_KEYS as readonly string[]).includes(k));
  if (bad !== undefined) throw new ArgumentError("--stratify", STRATUM_KEYS.join(", "), bad);
  return (u) =>
    keys
      .map((k) => {
        if (k === "period") return periods.find((p) => u.year >= p.from && u.year <= p.to)?.label ?? "no period";
        if (k === "group") return groupOf(u.country, u.year);
        return u.country;
      })
      .join(" × ");
}

/**
 * Draws the sample: stratified with ⌈fraction × n⌉ of every stratum (`stratifiedSample`) or a simple
 * seeded share (`sampleUnits`), split into halves when asked (`splitHalves`). Listed by stratum, then
 * id (stratified) or by id.
 *
 * @example drawSample(units, { fraction: 0.12, seed: "round-2", stratify: ["period", "group"], periods, halves: true })
 */
export function drawSample(units: Unit[], o: DrawOptions): Array<{ unit: Unit; entry: SampleEntry }> {
  const keys = o.stratify ?? [];
  const strata =
    keys.length > 0
      ? stratifiedSample(units, stratumOf(keys, o.periods), o.fraction, o.seed)
      : sampleUnits(units, o.fraction, o.seed).map((item) => ({ item, stratum: "" }));
  const dealt = o.halves ? splitHalves(strata, o.seed) : strata.map((s) => ({ ...s, half: "" }));
  return dealt.map((s) => ({
    unit: s.item,
    entry: { id: s.item.id, stratum: s.stratum, half: s.half, sentences: splitSentences(s.item.body).length },
  }));
}
