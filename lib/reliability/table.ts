/**
 * The reliability table of presence codes: one row per theme plus `overall`, every coefficient.
 * Two coders: Cohen's kappa and Scott's pi; three or more: Conger's and Fleiss' kappa.
 */
import { ArgumentError, byCodeUnit } from "../core";
import type { CoderCodes } from "../sheets";
import { brennanPrediger } from "./brennan-prediger";
import { gwetAC1 } from "./ac1";
import { pairwiseAgreement } from "./agreement";
import { krippendorffAlpha } from "./alpha";
import type { Coefficient } from "./coefficient";
import type { ReliabilityData } from "./data";
import { cohenKappa, congerKappa, fleissKappa, scottPi } from "./kappa";

export type { CoderCodes };

/** One row of a reliability table. */
export interface ReliabilityRow {
  /** Theme key, or "overall". */
  theme: string;
  /**
   * Units coded by every coder. For `overall`: the units behind at least one pooled decision (a unit
   * coded on some themes only counts; its blank themes add no decision).
   */
  units: number;
  /** For `overall`: the units every coder coded on every theme; for a theme, equal to `units`. */
  completeUnits: number;
  /** Decisions pooled into the row: units for a theme, units × themes for `overall`. */
  decisions: number;
  agreement: Coefficient;
  /** Cohen's kappa for two coders; Conger's kappa (its many-coder form) for more. */
  cohenKappa: Coefficient;
  /** Scott's pi for two coders; Fleiss' kappa (its many-coder form) for more. */
  scottPi: Coefficient;
  krippAlpha: Coefficient;
  gwetAC1: Coefficient;
  brennanPrediger: Coefficient;
  /** Share of the pooled values that are 1 (how common the theme is). */
  prevalence: number | null;
}

/**
 * The unit ids every coder has a row for, in code-unit order.
 *
 * @example sharedUnitIds([{ u2: {}, u1: {} }, { u1: {}, u2: {}, u3: {} }]) // ["u1", "u2"]
 */
export function sharedUnitIds(coders: Array<Record<string, unknown>>): string[] {
  return Object.keys(coders[0] ?? {})
    .filter((id) => coders.every((c) => id in c))
    .sort(byCodeUnit);
}

function rowFor(theme: string, units: number, data: ReliabilityData, completeUnits = units): ReliabilityRow {
  const decisions = data.length ? data[0].length : 0;
  const two = data.length === 2;
  let ones = 0;
  let all = 0;
  for (const row of data)
    for (const v of row)
      if (v !== null) {
        all++;
        ones += v;
      }
  return {
    theme,
    units,
    completeUnits,
    decisions,
    agreement: pairwiseAgreement(data),
    cohenKappa: two ? cohenKappa(data[0], data[1]) : congerKappa(data),
    scottPi: two ? scottPi(data[0], data[1]) : fleissKappa(data),
    krippAlpha: krippendorffAlpha(data, "nominal"),
    gwetAC1: gwetAC1(data, [0, 1]),
    brennanPrediger: brennanPrediger(data, [0, 1]),
    prevalence: all ? ones / all : null,
  };
}

/**
 * Reliability per theme and overall for presence codes (0/1) from two or more coders.
 * A theme's row uses the units every coder coded for that theme (blank cells drop the unit);
 * `overall` pools every (unit, theme) decision coded by every coder into one variable; its `units`
 * are the units behind those decisions and `completeUnits` the ones coded on every theme (so that a
 * table never prints "0 units" beside coefficients computed on decisions).
 * Two coders: Cohen's kappa and Scott's pi; three or more: Conger's and Fleiss' kappa.
 *
 * @example reliabilityTable([codesA, codesB], ["sovereignty", "dialogue"])
 * @throws {ArgumentError} with fewer than two coders
 */
export function reliabilityTable(coders: CoderCodes[], themes: string[]): ReliabilityRow[] {
  if (coders.length < 2) throw new ArgumentError("coders", "two or more coders' codes", coders.length);
  const ids = sharedUnitIds(coders);
  const rows: ReliabilityRow[] = [];
  const pooled: ReliabilityData = coders.map(() => []);
  const complete = new Set<string>(ids);
  const pooledUnits = new Set<string>();
  for (const theme of themes) {
    const data: ReliabilityData = coders.map(() => []);
    let units = 0;
    for (const id of ids) {
      const vals = coders.map((c) => c[id][theme] ?? null);
      if (vals.some((v) => v === null)) {
        complete.delete(id);
        continue;
      }
      units++;
      pooledUnits.add(id);
      vals.forEach((v, i) => {
        data[i].push(v);
        pooled[i].push(v);
      });
    }
    rows.push(rowFor(theme, units, data));
  }
  const overall = rowFor("overall", pooledUnits.size, pooled, complete.size);
  rows.push(overall);
  return rows;
}
