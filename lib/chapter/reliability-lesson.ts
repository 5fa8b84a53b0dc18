/**
 * Chapter 04's toy and checks: Krippendorff's (2011) two-coder example worked by hand beside the lib's
 * coefficients, and the answers to the chapter's "Try it" prompts, computed from the data.
 *
 *   twoCodersRows(toy)        the toy's ten units as rows: each coder's code, and whether they agree
 *   handBesideLib(toy)        each coefficient by hand and by the lib, with Krippendorff's reading of α
 *   largestGap(rows)          the theme whose agreement is furthest above its κ (the pooled row left out)
 *   chanceByHand(table)       chance agreement of a 2×2 table, p₁·p₂ + (1 − p₁)(1 − p₂), as κ takes it
 *   themeCrossTable(sheets, t) the first two coders' 2×2 table of a theme, over the units both coded
 *   mostMissed(errors)        the theme the dictionary coder misses most often
 *   iccChecks(fourObservers)  the ICCs on Shrout and Fleiss (1979) and ratio α on Krippendorff (2011), beside the
 *                             published values
 */
import {
  type Coefficient,
  type CrossTable,
  cohenKappa,
  coefficientValue,
  formatCoefficient,
  gwetAC1,
  intraclassCorrelations,
  krippendorffAlpha,
  krippendorffReading,
  crossTable,
  percentAgreement,
  type ReliabilityData,
  type ReliabilityRow,
  scottPi,
} from "../reliability";
import { byCodeUnit } from "../core";
import { commonIds, type Sheet } from "../sheets";
import { agreementByHand } from "./by-hand";
import type { TwoCoders } from "./toys";

/**
 * The toy's units as rows a chapter shows.
 *
 * @example twoCodersRows(loadTwoCoders())[0] // { unit: "1", "coder A": 0, "coder B": 1, agree: "no" }
 */
export function twoCodersRows(toy: TwoCoders): Array<Record<string, string | number>> {
  return toy.units.map((unit, i) => ({
    unit,
    "coder A": toy.a[i],
    "coder B": toy.b[i],
    agree: toy.a[i] === toy.b[i] ? "yes" : "no",
  }));
}

/** One coefficient of the toy: the hand's value, the lib's, and (for α) Krippendorff's reading. */
export interface HandBesideLib {
  coefficient: string;
  "by hand": string;
  "the lib": string;
  reading: string;
}

const f3 = (x: number | null) => (x === null ? "NA" : x.toFixed(3));

/**
 * Each coefficient of the two-coder toy worked by hand (`agreementByHand`) beside the lib's function on the same
 * codes; the last column reads α by Krippendorff's standards (rely on α ≥ .800, tentative conclusions from .667).
 *
 * @example handBesideLib(loadTwoCoders()).map((r) => r["the lib"]) // ["0.600", "0.091", "0.048", "0.095", "0.310"]
 */
export function handBesideLib(toy: TwoCoders): HandBesideLib[] {
  const h = agreementByHand(toy.a, toy.b);
  const lib = (c: Coefficient) => f3(coefficientValue(c));
  const alpha = coefficientValue(krippendorffAlpha([toy.a, toy.b]));
  return [
    { coefficient: "percent agreement", "by hand": f3(h.pa), "the lib": lib(percentAgreement(toy.a, toy.b)) },
    { coefficient: "Cohen's κ", "by hand": f3(h.kappa), "the lib": lib(cohenKappa(toy.a, toy.b)) },
    { coefficient: "Scott's π", "by hand": f3(h.pi), "the lib": lib(scottPi(toy.a, toy.b)) },
    { coefficient: "Krippendorff's α", "by hand": f3(h.alpha), "the lib": f3(alpha) },
    { coefficient: "Gwet's AC1", "by hand": f3(h.ac1), "the lib": lib(gwetAC1(toy.a, toy.b)) },
  ].map((r) => ({ ...r, reading: r.coefficient === "Krippendorff's α" ? krippendorffReading(alpha) : "" }));
}

/**
 * The theme with the largest gap between percent agreement and Cohen's κ; the pooled row ("overall") and rows
 * where either is not defined are left out. null when no theme has both.
 *
 * @example largestGap(reliabilityTable(codes, themes)) // "sovereignty" (say)
 */
export function largestGap(rows: ReliabilityRow[]): string | null {
  let best: { theme: string; gap: number } | null = null;
  for (const r of rows) {
    const a = coefficientValue(r.agreement);
    const k = coefficientValue(r.cohenKappa);
    if (r.theme === "overall" || a === null || k === null) continue;
    if (best === null || a - k > best.gap) best = { theme: r.theme, gap: a - k };
  }
  return best?.theme ?? null;
}

/**
 * Chance agreement of a two-coder 2×2 table as Cohen's κ takes it: each coder's share of "present", p₁ and p₂, and
 * p₁·p₂ + (1 − p₁)(1 − p₂).
 *
 * @example chanceByHand({ both: 1, onlyFirst: 1, onlySecond: 3, neither: 5 }) // 0.2 · 0.4 + 0.8 · 0.6 = 0.56
 */
export function chanceByHand(t: CrossTable): number {
  const n = t.both + t.onlyFirst + t.onlySecond + t.neither;
  const p1 = (t.both + t.onlyFirst) / n;
  const p2 = (t.both + t.onlySecond) / n;
  return p1 * p2 + (1 - p1) * (1 - p2);
}

/**
 * The first two coders' 2×2 table for one theme, over the units in every sheet that every coder coded for it (a
 * blank cell leaves the unit out).
 *
 * @example themeCrossTable(reliabilityView().sheets, "sovereignty") // { both: 18, onlyFirst: 1, … }
 */
export function themeCrossTable(sheets: Sheet[], theme: string): CrossTable {
  const ids = commonIds(sheets).filter((id) => sheets.every((s) => s.codes[id][theme] !== null));
  return crossTable(
    ids.map((id) => sheets[0].codes[id][theme]),
    ids.map((id) => sheets[1].codes[id][theme]),
  );
}

/**
 * The theme with the most misses (ties: the first key in code-unit order); null when there is no miss.
 *
 * @example mostMissed([{ theme: "eu", kind: "miss" }, { theme: "un_1244", kind: "false alarm" }]) // "eu"
 */
export function mostMissed(errors: Array<{ theme: string; kind: string }>): string | null {
  const n = new Map<string, number>();
  for (const e of errors) if (e.kind === "miss") n.set(e.theme, (n.get(e.theme) ?? 0) + 1);
  const themes = [...n.keys()].sort(byCodeUnit);
  return themes.reduce<string | null>((best, t) => (best === null || n.get(t)! > n.get(best)! ? t : best), null);
}

/** Shrout and Fleiss (1979), Table 4: six targets rated by four judges. */
export const SHROUT_FLEISS: number[][] = [
  [9, 2, 5, 8],
  [6, 1, 3, 2],
  [8, 4, 6, 8],
  [7, 1, 2, 6],
  [10, 5, 6, 9],
  [6, 2, 4, 7],
];

/**
 * The six ICCs of Shrout and Fleiss's (1979) Table 4 and Krippendorff's ratio α on his four-observer example,
 * each beside the value the paper prints.
 *
 * @example iccChecks(fourObservers)[1] // { coefficient: "ICC(2,1)", ours: "0.290", published: "0.29" }
 */
export function iccChecks(
  fourObservers: ReliabilityData,
): Array<{ coefficient: string; ours: string; published: string }> {
  const icc = intraclassCorrelations(SHROUT_FLEISS);
  const rows: Array<[string, Coefficient, string]> = [
    ["ICC(1,1)", icc.icc11, "0.17"],
    ["ICC(2,1)", icc.icc21, "0.29"],
    ["ICC(3,1)", icc.icc31, "0.71"],
    ["ICC(1,4)", icc.icc1k, "0.44"],
    ["ICC(2,4)", icc.icc2k, "0.62"],
    ["ICC(3,4)", icc.icc3k, "0.91"],
    ["Krippendorff's α, ratio (four observers)", krippendorffAlpha(fourObservers, "ratio"), "0.797"],
  ];
  return rows.map(([coefficient, value, published]) => ({ coefficient, ours: formatCoefficient(value), published }));
}
