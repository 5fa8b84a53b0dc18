/**
 * The declared families of the period tests, said before the results: the first period against the last (one
 * test per theme: the paper's claim is a drift from the first period to the last) and each period against the
 * next (exploratory: where a change happened). Each family is adjusted on its own, by Holm and by
 * Benjamini–Hochberg, its size printed beside every adjusted p.
 */
import type { Period } from "../core";
import { type FamilyMember, type TestFamily, testFamily } from "../stats";
import type { PeriodTest } from "./changes";

/** The two families' names and why they are families. */
export const PERIOD_FAMILIES = {
  firstLast: {
    name: "first vs last",
    rationale: "the claim under test is a drift from the first period to the last: one test per theme",
  },
  neighbours: {
    name: "neighbouring periods",
    rationale: "exploratory, to locate when a change happened: each period against the next, every theme",
  },
} as const;

/** A period test with the family it belongs to and its adjusted p-values there. */
export interface FamilyAdjustedTest {
  test: PeriodTest;
  family: TestFamily;
  member: FamilyMember;
}

/**
 * Sorts period tests into the declared families (first vs last; neighbouring periods) and adjusts each family's
 * Fisher p-values by Holm and Benjamini–Hochberg. Tests of other pairs form neither family and are left out.
 *
 * @example periodTestFamilies(periodTests(rows, periods, themes), periods)[0].family.size // 6 (themes)
 */
export function periodTestFamilies(tests: PeriodTest[], periods: Period[]): FamilyAdjustedTest[] {
  if (periods.length < 2) return [];
  const first = periods[0].label;
  const last = periods[periods.length - 1].label;
  const isFirstLast = (t: PeriodTest) => t.earlier === first && t.later === last;
  const isNeighbour = (t: PeriodTest) =>
    periods.some((p, i) => i + 1 < periods.length && t.earlier === p.label && t.later === periods[i + 1].label);
  const out: FamilyAdjustedTest[] = [];
  const groups: Array<[{ name: string; rationale: string }, PeriodTest[]]> = [
    [PERIOD_FAMILIES.firstLast, tests.filter(isFirstLast)],
    [PERIOD_FAMILIES.neighbours, tests.filter((t) => !isFirstLast(t) && isNeighbour(t))],
  ];
  for (const [declared, members] of groups) {
    if (members.length === 0) continue;
    const family = testFamily(
      declared.name,
      declared.rationale,
      members.map((t) => ({ label: `${t.theme}: ${t.earlier} → ${t.later}`, p: t.fisher?.p ?? null })),
    );
    for (const [i, test] of members.entries()) out.push({ test, family, member: family.members[i] });
  }
  return out;
}
