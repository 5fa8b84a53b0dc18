/**
 * What a reliability coefficient rests on: how many positive codes ("present") and disagreements lie behind it.
 * A coefficient of 1.000 for a theme no coder ever marked says nothing about the coders; one resting on one or two
 * positive codes moves a long way with a single slip. And Krippendorff's reading of α: rely on α ≥ 0.800, draw
 * only tentative conclusions from 0.667 ≤ α < 0.800, discard α < 0.667 (Krippendorff 2004, *Content Analysis*,
 * 2nd ed., p. 241).
 */
import type { CoderCodes } from "../sheets";
import { sharedUnitIds } from "./table";

/** The evidence behind a theme's coefficients. */
export interface CodeSupport {
  /** Theme key, or "all themes (pooled)" for every decision together. */
  theme: string;
  /** Units every coder coded for the theme (for the pooled row: units behind at least one decision). */
  units: number;
  /** Unit × theme decisions (one per unit for a theme; units × themes pooled). */
  decisions: number;
  /** "present" codes, over every coder. */
  positiveCodes: number;
  /** Decisions where at least one coder said "present". */
  positiveUnits: number;
  /** Decisions where the coders differ. */
  disagreements: number;
}

/** Below this many positive codes a coefficient is printed with a warning (and with none, not at all). */
export const MIN_POSITIVE_CODES = 3;

/** Krippendorff's thresholds for α: rely on ≥ 0.800, tentative conclusions only from 0.667. */
export const KRIPPENDORFF_THRESHOLDS = { tentative: 0.667, reliable: 0.8 } as const;

/** The label of the pooled row. */
export const POOLED_LABEL = "all themes (pooled decisions)";

/**
 * The support of each theme's coefficients, then of all decisions pooled (last), from two or more coders' codes;
 * a unit counts for a theme when every coder coded it.
 *
 * @example codeSupport([a, b], ["unique_case"])[0] // { theme: "unique_case", units: 20, positiveCodes: 0, … }
 */
export function codeSupport(coders: CoderCodes[], themes: string[]): CodeSupport[] {
  const ids = sharedUnitIds(coders);
  const pooled: CodeSupport = {
    theme: POOLED_LABEL,
    units: 0,
    decisions: 0,
    positiveCodes: 0,
    positiveUnits: 0,
    disagreements: 0,
  };
  const behind = new Set<string>();
  const rows = themes.map((theme) => {
    const s: CodeSupport = { theme, units: 0, decisions: 0, positiveCodes: 0, positiveUnits: 0, disagreements: 0 };
    for (const id of ids) {
      const vals = coders.map((c) => c[id][theme] ?? null);
      if (vals.some((v) => v === null)) continue;
      behind.add(id);
      const ones = vals.filter((v) => v === 1).length;
      s.units++;
      s.decisions++;
      s.positiveCodes += ones;
      if (ones > 0) s.positiveUnits++;
      if (ones > 0 && ones < vals.length) s.disagreements++;
    }
    pooled.decisions += s.decisions;
    pooled.positiveCodes += s.positiveCodes;
    pooled.positiveUnits += s.positiveUnits;
    pooled.disagreements += s.disagreements;
    return s;
  });
  pooled.units = behind.size;
  return [...rows, pooled];
}

/**
 * The warning a coefficient must carry, or null: none when no coder marked the theme (there is only agreement on
 * absence), a warning when fewer than {@link MIN_POSITIVE_CODES} positive codes carry it.
 *
 * @example supportWarning({ theme: "unique_case", positiveCodes: 0, … })
 * // "no coder marked this theme in 20 units: agreement on absence only, no coefficient"
 */
export function supportWarning(s: CodeSupport): string | null {
  if (s.units === 0) return "no unit coded by every coder";
  if (s.positiveCodes === 0)
    return `no coder marked this theme in ${s.units} units: agreement on absence only, no coefficient`;
  if (s.positiveCodes < MIN_POSITIVE_CODES)
    return (
      `rests on ${s.positiveCodes} positive code${s.positiveCodes === 1 ? "" : "s"} ` +
      `(${s.positiveUnits} unit${s.positiveUnits === 1 ? "" : "s"}): one slip would move it a long way`
    );
  return null;
}

/**
 * Krippendorff's reading of an α (and of its interval's lower end, when given).
 *
 * @example krippendorffReading(0.649, -0.026) // "below 0.667: not reliable"
 * @example krippendorffReading(0.9, 0.667) // "≥ 0.800, but the interval reaches below 0.800"
 */
export function krippendorffReading(alpha: number | null, lower?: number | null): string {
  const { tentative, reliable } = KRIPPENDORFF_THRESHOLDS;
  if (alpha === null) return "not defined";
  if (alpha < tentative) return `below ${tentative}: not reliable`;
  const low = lower ?? null;
  if (alpha < reliable)
    return (
      `${tentative}–${reliable.toFixed(3)}: tentative conclusions only` +
      (low !== null && low < tentative ? `; the interval reaches below ${tentative}` : "")
    );
  return low !== null && low < reliable
    ? `≥ ${reliable.toFixed(3)}, but the interval reaches below ${reliable.toFixed(3)}`
    : `≥ ${reliable.toFixed(3)}: reliable`;
}

/**
 * The warnings an α must carry beyond its support: below Krippendorff's 0.667, an interval reaching below 0 (no
 * better than chance cannot be ruled out), and bootstrap replicates dropped because α was not defined in them.
 *
 * @example alphaWarnings(0.649, -0.026, 128, 1000)
 * // ["α 0.649 is below Krippendorff's 0.667: …", "the interval reaches below 0: …", "128 of 1000 replicates …"]
 */
export function alphaWarnings(
  alpha: number | null,
  lower: number | null = null,
  undefinedReplicates = 0,
  reps = 0,
): string[] {
  const out: string[] = [];
  const { tentative } = KRIPPENDORFF_THRESHOLDS;
  if (alpha !== null && alpha < tentative)
    out.push(`α ${alpha.toFixed(3)} is below Krippendorff's ${tentative}: do not rely on this theme's codes`);
  if (lower !== null && lower < 0)
    out.push("the interval reaches below 0: agreement no better than chance cannot be ruled out");
  if (undefinedReplicates > 0 && reps > 0)
    out.push(
      `${undefinedReplicates} of ${reps} bootstrap replicates had no defined α and were dropped from the interval`,
    );
  return out;
}
