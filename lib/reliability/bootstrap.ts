/** Seeded bootstrap percentile intervals: resample the units, recompute, take the quantiles. */
import seedrandom from "seedrandom";
import { type Coefficient, type NotDefined, notDefined } from "./coefficient";

/** A percentile confidence interval from a seeded bootstrap. */
export interface BootstrapInterval {
  lower: number;
  upper: number;
  /** Confidence level, e.g. 0.95. */
  level: number;
  reps: number;
  /** Replicates where the statistic was defined (the interval is taken over these). */
  used: number;
  seed: string;
}

/** Options of `bootstrapCI`. */
export interface BootstrapOptions {
  reps?: number;
  seed?: string | number;
  level?: number;
}

/**
 * Linear-interpolation quantile of sorted values (R's type 7).
 *
 * @example quantile([1, 2, 3, 4], 0.5) // 2.5
 */
export function quantile(sorted: number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/**
 * Seeded bootstrap percentile interval of a statistic over units: draws `reps` samples of the units
 * with replacement (seedrandom, so the same seed gives the same interval), computes `stat` on each,
 * and takes the (1 - level)/2 and (1 + level)/2 quantiles of the replicates where it was defined.
 * Not defined when fewer than half of the replicates give a value.
 *
 * @example bootstrapCI((us) => krippendorffAlpha(codersOf(us)), codesByUnit(data), { reps: 1000, seed: 1 })
 */
export function bootstrapCI<T>(
  stat: (units: T[]) => Coefficient,
  units: T[],
  options: BootstrapOptions = {},
): BootstrapInterval | NotDefined {
  const reps = options.reps ?? 1000;
  const level = options.level ?? 0.95;
  const seed = String(options.seed ?? 1);
  if (units.length < 2) return notDefined("a bootstrap needs at least two units");
  const rng = seedrandom(seed);
  const values: number[] = [];
  const sample: T[] = new Array<T>(units.length);
  for (let r = 0; r < reps; r++) {
    for (let i = 0; i < units.length; i++) sample[i] = units[Math.floor(rng() * units.length)];
    const v = stat(sample);
    if (typeof v === "number" && Number.isFinite(v)) values.push(v);
  }
  if (values.length < reps / 2) {
    return notDefined(`the statistic was defined in only ${values.length} of ${reps} bootstrap samples`);
  }
  values.sort((a, b) => a - b);
  return {
    lower: quantile(values, (1 - level) / 2),
    upper: quantile(values, (1 + level) / 2),
    level,
    reps,
    used: values.length,
    seed,
  };
}
