/**
 * The coder against a reference (the gold standard): per theme, how many of the reference's
 * presences the dictionary coder finds (recall), how many of its presences are right (precision),
 * F1, Cohen's kappa, and the unit ids of every miss and false alarm.
 */
import { ValidationError, byCodeUnit } from "../core";
import type { CodedRow, CodedUnit, Problem } from "../core";
import { cohenKappa, percentAgreement } from "../reliability";
import type { Coefficient } from "../reliability";

/** A presence code for one unit and theme. */
export interface PresenceRow {
  id: string;
  theme: string;
  value: 0 | 1;
}

/** The coder against the gold standard on one theme (or `overall`, pooling every theme). */
export interface ThemeValidation {
  theme: string;
  /** Gold units compared. */
  units: number;
  /** Gold 1, coder 1. */
  tp: number;
  /** Gold 0, coder 1. */
  fp: number;
  /** Gold 1, coder 0. */
  fn: number;
  /** Gold 0, coder 0. */
  tn: number;
  precision: Coefficient;
  recall: Coefficient;
  f1: Coefficient;
  agreement: Coefficient;
  kappa: Coefficient;
  /** Units the gold marks and the coder does not (sorted). */
  misses: string[];
  /** Units the coder marks and the gold does not (sorted). */
  falseAlarms: string[];
}

/**
 * Presence rows from the coder's output (CodedRow or CodedUnit), one per unit and theme.
 *
 * @example presenceFromCoded(codedRows).filter((r) => r.theme === "dialogue")
 */
export function presenceFromCoded(rows: Array<CodedRow | CodedUnit>): PresenceRow[] {
  const out: PresenceRow[] = [];
  for (const r of rows) {
    const id = "unitId" in r ? r.unitId : r.id;
    for (const [theme, code] of Object.entries(r.codes)) out.push({ id, theme, value: code.present });
  }
  return out;
}

/** A map key for a unit and a theme. */
export const unitTheme = (id: string, theme: string) => `${id}\u0000${theme}`;

function ratio(num: number, den: number, reason: string): Coefficient {
  return den === 0 ? { value: null, reason } : num / den;
}

type Pair = { id: string; gold: 0 | 1; coder: 0 | 1 };

function summarise(theme: string, pairs: Pair[]): ThemeValidation {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  for (const p of pairs) {
    if (p.gold === 1 && p.coder === 1) tp++;
    else if (p.gold === 0 && p.coder === 1) {
      fp++;
      falseAlarms.push(p.id);
    } else if (p.gold === 1 && p.coder === 0) {
      fn++;
      misses.push(p.id);
    } else tn++;
  }
  const gold = pairs.map((p) => p.gold);
  const coder = pairs.map((p) => p.coder);
  return {
    theme,
    units: pairs.length,
    tp,
    fp,
    fn,
    tn,
    precision: ratio(tp, tp + fp, "the coder marks no unit with this theme"),
    recall: ratio(tp, tp + fn, "the gold standard marks no unit with this theme"),
    f1: ratio(2 * tp, 2 * tp + fp + fn, "neither the gold standard nor the coder marks this theme"),
    agreement: percentAgreement(gold, coder),
    kappa: cohenKappa(gold, coder),
    misses: [...new Set(misses)].sort(byCodeUnit),
    falseAlarms: [...new Set(falseAlarms)].sort(byCodeUnit),
  };
}

/**
 * Compares the coder with the gold standard on every gold unit × theme: one row per theme (in
 * `themes` order, default: the gold's themes sorted) and an `overall` row pooling all of them.
 * A gold unit × theme the coder has no code for is an error (all are listed together); coder rows
 * outside the gold are ignored (the gold is a sample).
 *
 * @param files how the gold and the coder's output are named in errors
 * @throws {ValidationError} listing every gold unit × theme the coder has no code for
 * @example compareToGold(parseGold(text, "gold.csv"), presenceFromCoded(coded), ["sovereignty"])
 */
export function compareToGold(
  gold: PresenceRow[],
  coder: PresenceRow[],
  themes?: string[],
  files: { gold: string; coder: string } = { gold: "gold", coder: "coder output" },
): ThemeValidation[] {
  const coded = new Map<string, 0 | 1>();
  for (const r of coder) coded.set(unitTheme(r.id, r.theme), r.value);
  const wanted = themes ?? [...new Set(gold.map((g) => g.theme))].sort(byCodeUnit);
  const wantedSet = new Set(wanted);
  const problems: Problem[] = [];
  const perTheme = new Map<string, Pair[]>(wanted.map((t) => [t, []]));
  for (const g of [...gold].sort((a, b) => byCodeUnit(a.id, b.id) || byCodeUnit(a.theme, b.theme))) {
    if (!wantedSet.has(g.theme)) continue;
    const c = coded.get(unitTheme(g.id, g.theme));
    if (c === undefined) {
      problems.push({
        file: files.coder,
        message: `no code for ${g.id} × ${g.theme}, which the gold standard (${files.gold}) has`,
        fix:
          "code the whole corpus again (the unit may be missing from it), " +
          "or check that the gold's ids are the corpus's unit ids",
      });
      continue;
    }
    perTheme.get(g.theme)?.push({ id: g.id, gold: g.value, coder: c });
  }
  if (problems.length) throw new ValidationError("coder against gold", problems);
  const pairsOf = (t: string) => perTheme.get(t) ?? [];
  const rows = wanted.map((t) => summarise(t, pairsOf(t)));
  const all = wanted.flatMap((t) => pairsOf(t).map((p) => ({ ...p, id: `${p.id}:${t}` })));
  rows.push(summarise("overall", all));
  return rows;
}
