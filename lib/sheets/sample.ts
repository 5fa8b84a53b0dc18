/** The double-coded sample: a seeded random share of the units, the same for every coder. */
import seedrandom from "seedrandom";
import { ArgumentError, byCodeUnit } from "../core";

/**
 * A seeded random sample of `fraction` of the items (at least one), returned sorted by id.
 * The same items, fraction and seed give the same sample whatever the input order.
 *
 * @example sampleUnits(units, 0.2, 42).map((u) => u.id)
 * @throws {ArgumentError} when `fraction` is not in (0, 1]
 */
export function sampleUnits<T extends { id: string }>(items: T[], fraction: number, seed: string | number): T[] {
  if (!(fraction > 0 && fraction <= 1)) throw new ArgumentError("sample fraction", "a number in (0, 1]", fraction);
  const sorted = [...items].sort((a, b) => byCodeUnit(a.id, b.id));
  const n = Math.max(1, Math.round(fraction * sorted.length));
  const rng = seedrandom(String(seed));
  for (let i = sorted.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [sorted[i], sorted[j]] = [sorted[j], sorted[i]];
  }
  return sorted.slice(0, Math.min(n, sorted.length)).sort((a, b) => byCodeUnit(a.id, b.id));
}
