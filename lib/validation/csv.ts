/** Comparisons of the coder with a reference as CSV: fixed decimals, "NA" where a coefficient is not defined. */
import { stringify } from "csv-stringify/sync";
import { formatCoefficient } from "../reliability";
import type { LabelledValidation } from "./before-after";
import type { ThemeValidation } from "./compare";

/** Columns of the validation CSV. */
export const VALIDATION_COLUMNS = [
  "theme",
  "units",
  "tp",
  "fp",
  "fn",
  "tn",
  "precision",
  "recall",
  "f1",
  "kappa",
  "misses",
  "false_alarms",
] as const;

/** The cells of one comparison row, in the order of VALIDATION_COLUMNS. */
function cells(r: ThemeValidation, digits: number): string[] {
  const f = (c: ThemeValidation["kappa"]) => formatCoefficient(c, digits);
  return [
    r.theme,
    r.units,
    r.tp,
    r.fp,
    r.fn,
    r.tn,
    f(r.precision),
    f(r.recall),
    f(r.f1),
    f(r.kappa),
    r.misses.join(" "),
    r.falseAlarms.join(" "),
  ].map(String);
}

/**
 * The comparison as CSV: counts, coefficients with fixed decimals ("NA" when not defined), and the
 * ids of misses and false alarms separated by spaces.
 *
 * @example validationCsv(compareToGold(gold, coder)).split("\n")[0] // "theme,units,tp,fp,fn,tn,precision,..."
 */
export function validationCsv(rows: ThemeValidation[], digits = 3): string {
  return stringify([[...VALIDATION_COLUMNS], ...rows.map((r) => cells(r, digits))], { record_delimiter: "\n" });
}

/**
 * Several comparisons in one long CSV: the columns of `validationCsv` after `set` and `codebook`,
 * rows in the order given (each run's themes in its own order).
 *
 * @example validationRunsCsv([{ set: "all", codebook: "after", rows: compareToGold(ref, run.presence) }])
 */
export function validationRunsCsv(runs: LabelledValidation[], digits = 3): string {
  const records = [["set", "codebook", ...VALIDATION_COLUMNS]];
  for (const run of runs) for (const r of run.rows) records.push([run.set, run.codebook, ...cells(r, digits)]);
  return stringify(records, { record_delimiter: "\n" });
}
