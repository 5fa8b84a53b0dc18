/**
 * Change between two periods *within* strata of speakers (a speaker group, or each speaker): is a theme more
 * common later among the same kind of speaker, or only because other speakers speak? The Cochran–Mantel–Haenszel
 * test with its exact conditional version (read when the Mantel–Fleiss rule says the χ² is doubtful), the common
 * odds ratios, and the split of the change into its within-speaker and composition parts.
 */
import { byCodeUnit, type CodedRow, type Period } from "../core";
import {
  type ExactConditionalResult,
  type MantelHaenszelResult,
  type Table2x2,
  exactConditional,
  fisherExact,
  mantelHaenszel,
} from "../stats";
import { type ChangeDecomposition, type StratumCounts, decomposeChange } from "./decomposition";
import { rowsIn } from "./periods";

/** A theme's change between two periods, tested within strata. */
export interface StratifiedPeriodTest {
  theme: string;
  earlier: string;
  later: string;
  /** What a stratum is, for the reader: "speaker group", "speaker". */
  by: string;
  /** Every stratum with units in either period, in key order. */
  strata: StratumCounts[];
  /** All strata pooled: the counts a plain (crude) test reads, and its Fisher p. */
  crude: StratumCounts;
  crudeP: number | null;
  mantelHaenszel: MantelHaenszelResult;
  exact: ExactConditionalResult;
  /** The stratified p to read: the exact test's when the Mantel–Fleiss margin is below 5, else the CMH's. */
  p: number | null;
  pFrom: "exact conditional" | "Cochran–Mantel–Haenszel";
  /** Strata with units in both periods and the theme varying: the ones the stratified test learns from. */
  informative: number;
  decomposition: ChangeDecomposition | null;
  /** true when every unit belongs to one stratum: the stratified test is the plain one. */
  oneStratum: boolean;
}

/** The Mantel–Fleiss margin below which the χ² approximation is not trusted (Mantel & Fleiss 1980). */
export const MANTEL_FLEISS_MINIMUM = 5;

const present = (rows: CodedRow[], theme: string) => rows.filter((r) => (r.codes[theme]?.present ?? 0) === 1).length;

/** A stratum's table, later period first as in `comparePeriods`. */
const tableOf = (s: StratumCounts): Table2x2 => [
  [s.laterPresent, s.laterUnits - s.laterPresent],
  [s.earlierPresent, s.earlierUnits - s.earlierPresent],
];

/**
 * Tests the change of a theme from `earlier` to `later` within the strata given by `stratumOf` (e.g. the
 * speaker group of a row, or its country).
 *
 * @example stratifiedPeriodTest(rows, "us_nato", periods[0], periods[2], groupKeyOf(), "speaker group").p
 */
export function stratifiedPeriodTest(
  rows: CodedRow[],
  theme: string,
  earlier: Period,
  later: Period,
  stratumOf: (row: CodedRow) => string,
  by: string,
  level = 0.95,
): StratifiedPeriodTest {
  const e = rowsIn(rows, earlier);
  const l = rowsIn(rows, later);
  const keys = [...new Set([...e, ...l].map(stratumOf))].sort(byCodeUnit);
  const strata: StratumCounts[] = keys.map((key) => {
    const es = e.filter((r) => stratumOf(r) === key);
    const ls = l.filter((r) => stratumOf(r) === key);
    return {
      key,
      earlierPresent: present(es, theme),
      earlierUnits: es.length,
      laterPresent: present(ls, theme),
      laterUnits: ls.length,
    };
  });
  const crude: StratumCounts = {
    key: "all",
    earlierPresent: present(e, theme),
    earlierUnits: e.length,
    laterPresent: present(l, theme),
    laterUnits: l.length,
  };
  const tables = strata.map(tableOf);
  const mh = mantelHaenszel(tables, { level });
  const exact = exactConditional(tables, level);
  const useExact = mh.mantelFleiss < MANTEL_FLEISS_MINIMUM;
  const varies = exact.support[1] > exact.support[0];
  const crudeTable = tableOf(crude);
  const crudeVaries =
    crude.earlierUnits > 0 &&
    crude.laterUnits > 0 &&
    crudeTable[0][0] + crudeTable[1][0] > 0 &&
    crudeTable[0][1] + crudeTable[1][1] > 0;
  return {
    theme,
    earlier: earlier.label,
    later: later.label,
    by,
    strata,
    crude,
    crudeP: crudeVaries ? fisherExact(crudeTable).p : null,
    mantelHaenszel: mh,
    exact,
    p: varies ? (useExact ? exact.p : mh.p) : null,
    pFrom: useExact ? "exact conditional" : "Cochran–Mantel–Haenszel",
    informative: exact.informative,
    decomposition: decomposeChange(strata),
    oneStratum: keys.length <= 1,
  };
}

/**
 * The stratified test of every theme for one pair of periods.
 *
 * @example stratifiedTests(rows, ["dialogue", "us_nato"], periods[0], periods[2], groupKeyOf(), "speaker group")
 */
export function stratifiedTests(
  rows: CodedRow[],
  themes: string[],
  earlier: Period,
  later: Period,
  stratumOf: (row: CodedRow) => string,
  by: string,
  level = 0.95,
): StratifiedPeriodTest[] {
  return themes.map((t) => stratifiedPeriodTest(rows, t, earlier, later, stratumOf, by, level));
}
