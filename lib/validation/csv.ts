/** Comparisons of the coder with a reference as CSV: fixed decimals, "NA" where a coefficient is not defined. */
import { stringify } from "csv-stringify/sync";
import { type Coefficient, formatCoefficient } from "../reliability";
import type { LabelledValidation } from "./before-after";
import type { ThemeValidation } from "./compare";
import type { HalfValidation } from "./round";

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

/** Columns of the round-validation CSV (`npm run validate` on a round with halves). */
export const ROUND_VALIDATION_COLUMNS = [
  "half",
  "codebook",
  "theme",
  "units",
  "presence_tp",
  "presence_fp",
  "presence_fn",
  "presence_kappa",
  "sentences",
  "sentence_tp",
  "sentence_fp",
  "sentence_fn",
  "sentence_precision",
  "sentence_recall",
  "sentence_f1",
  "human_mentions",
  "coder_mentions",
  "bias_percent",
  "mention_alpha",
] as const;

/**
 * Validations of halves as one long CSV: one row per half × codebook × theme (and `overall` for the
 * presence and sentence columns), fixed decimals, "NA" where a figure is not defined.
 *
 * @example roundValidationCsv([validateHalf(gold, "tune", "after", run.coded, themes)]).split("\n")[0]
 */
export function roundValidationCsv(results: HalfValidation[], digits = 3): string {
  const f = (c: Coefficient | undefined) => (c === undefined ? "NA" : formatCoefficient(c, digits));
  const records: string[][] = [[...ROUND_VALIDATION_COLUMNS]];
  for (const r of results)
    r.presence.forEach((p, i) => {
      const s = r.sentences[i];
      const m = r.mentions.find((x) => x.theme === p.theme);
      records.push([
        r.half,
        r.codebook,
        p.theme,
        String(p.units),
        ...[p.tp, p.fp, p.fn].map(String),
        f(p.kappa),
        String(s.units),
        ...[s.tp, s.fp, s.fn].map(String),
        f(s.precision),
        f(s.recall),
        f(s.f1),
        m ? String(m.human) : "NA",
        m ? String(m.coder) : "NA",
        m ? formatCoefficient(m.biasPercent, 1) : "NA",
        f(m?.alpha),
      ]);
    });
  return stringify(records, { record_delimiter: "\n" });
}
