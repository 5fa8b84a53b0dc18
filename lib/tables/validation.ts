/**
 * Tables of the validation stage for display: comparisons of the dictionary coder with a reference
 * as plain records (fixed decimals, "NA" when a coefficient is not defined).
 */
import { formatCoefficient } from "../reliability";
import type { Coefficient } from "../reliability";
import type { LabelledValidation, ThemeValidation } from "../validation";

/**
 * A comparison's rows as plain records for display (fixed decimals, "NA" when not defined).
 *
 * @example showTable(validationRecords(compareToGold(gold, run.presence)))
 */
export function validationRecords(rows: ThemeValidation[], digits = 3): Array<Record<string, string | number>> {
  const f = (c: Coefficient) => formatCoefficient(c, digits);
  return rows.map((r) => ({
    theme: r.theme,
    units: r.units,
    tp: r.tp,
    fp: r.fp,
    fn: r.fn,
    tn: r.tn,
    precision: f(r.precision),
    recall: f(r.recall),
    f1: f(r.f1),
    kappa: f(r.kappa),
  }));
}

/**
 * Two comparisons side by side, theme by theme (e.g. the coder before and after tuning the
 * codebook): F1, precision, recall and kappa of each, formatted.
 *
 * @example showTable(compareRuns(before, after, ["before", "after"]))
 */
export function compareRuns(
  a: ThemeValidation[],
  b: ThemeValidation[],
  labels: [string, string] = ["before", "after"],
  digits = 3,
): Array<Record<string, string | number>> {
  const f = (c: Coefficient | undefined) => (c === undefined ? "NA" : formatCoefficient(c, digits));
  const byTheme = new Map(b.map((r) => [r.theme, r]));
  return a.map((r) => {
    const o = byTheme.get(r.theme);
    return {
      theme: r.theme,
      units: r.units,
      [`f1 ${labels[0]}`]: f(r.f1),
      [`f1 ${labels[1]}`]: f(o?.f1),
      [`precision ${labels[0]}`]: f(r.precision),
      [`precision ${labels[1]}`]: f(o?.precision),
      [`recall ${labels[0]}`]: f(r.recall),
      [`recall ${labels[1]}`]: f(o?.recall),
      [`kappa ${labels[0]}`]: f(r.kappa),
      [`kappa ${labels[1]}`]: f(o?.kappa),
    };
  });
}

/**
 * One row per theme with κ before → after on each set of `beforeAfterRuns`: the table a reader
 * needs to see whether tuning carried over from the tuning set to the held-out units.
 *
 * @example kappaBeforeAfter(runs)[0]
 * // { theme: "sovereignty", "tuning before": "0.804", "tuning after": "0.908", ... }
 */
export function kappaBeforeAfter(runs: LabelledValidation[], digits = 3): Array<Record<string, string>> {
  const themes = runs.length ? runs[0].rows.map((r) => r.theme) : [];
  return themes.map((theme) => {
    const row: Record<string, string> = { theme };
    for (const run of runs) {
      const r = run.rows.find((x) => x.theme === theme);
      row[`${run.set} ${run.codebook}`] = r ? formatCoefficient(r.kappa, digits) : "";
    }
    return row;
  });
}
