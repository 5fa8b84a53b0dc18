/**
 * Seeded, stratified samples for human coding: a share of every stratum (say period × speaker group),
 * and a split of the sample into two halves (one to tune the dictionary coder on, one held out).
 */
import seedrandom from "seedrandom";
import { ArgumentError, byCodeUnit } from "../core";

/** A sampled item with its stratum. */
export interface Sampled<T> {
  item: T;
  stratum: string;
}

function shuffled<T>(items: T[], rng: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * Draws ⌈fraction × n⌉ items from every stratum of n items (so every stratum is represented at least
 * once), with a seeded generator. The same items, strata, fraction and seed give the same sample
 * whatever the input order. Returned sorted by stratum, then id.
 *
 * @param stratumOf the stratum of an item, e.g. `"1998–2001 × eu"`
 * @throws {ArgumentError} when the fraction is not in (0, 1]
 * @example stratifiedSample(units, (u) => `${periodOf(u.year)} × ${groupOf(u)}`, 0.12, "round-2").length
 */
export function stratifiedSample<T extends { id: string }>(
  items: T[],
  stratumOf: (item: T) => string,
  fraction: number,
  seed: string | number,
): Array<Sampled<T>> {
  if (!(fraction > 0 && fraction <= 1)) throw new ArgumentError("sample fraction", "a number in (0, 1]", fraction);
  const strata = new Map<string, T[]>();
  for (const item of [...items].sort((a, b) => byCodeUnit(a.id, b.id))) {
    const s = stratumOf(item);
    strata.set(s, [...(strata.get(s) ?? []), item]);
  }
  const out: Array<Sampled<T>> = [];
  for (const stratum of [...strata.keys()].sort(byCodeUnit)) {
    const members = strata.get(stratum) as T[];
    const rng = seedrandom(`${seed}:${stratum}`);
    const take = Math.ceil(fraction * members.length);
    const chosen = shuffled(members, rng)
      .slice(0, take)
      .sort((a, b) => byCodeUnit(a.id, b.id));
    for (const item of chosen) out.push({ item, stratum });
  }
  return out;
}

/**
 * Splits a stratified sample into two halves of (nearly) equal size, balanced within strata: each
 * stratum's items are shuffled with the seed and dealt alternately, the deal carrying over from one
 * stratum to the next so that odd strata do not all favour the same half.
 *
 * @example splitHalves(sample, "round-2").map((s) => s.half) // ["tune", "holdout", …]
 */
export function splitHalves<T extends { id: string }>(
  sample: Array<Sampled<T>>,
  seed: string | number,
  names: [string, string] = ["tune", "holdout"],
): Array<Sampled<T> & { half: string }> {
  const byStratum = new Map<string, Array<Sampled<T>>>();
  for (const s of sample) byStratum.set(s.stratum, [...(byStratum.get(s.stratum) ?? []), s]);
  const rng = seedrandom(`${seed}:halves`);
  let turn = rng() < 0.5 ? 0 : 1;
  const out: Array<Sampled<T> & { half: string }> = [];
  for (const stratum of [...byStratum.keys()].sort(byCodeUnit)) {
    const members = [...(byStratum.get(stratum) as Array<Sampled<T>>)].sort((a, b) => byCodeUnit(a.item.id, b.item.id));
    for (const s of shuffled(members, rng)) {
      out.push({ ...s, half: names[turn] });
      turn = 1 - turn;
    }
  }
  return out.sort((a, b) => byCodeUnit(a.stratum, b.stratum) || byCodeUnit(a.item.id, b.item.id));
}
