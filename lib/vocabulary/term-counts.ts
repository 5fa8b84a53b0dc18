/**
 * How often each term list is used in each unit: counted from term hits (`countTermLists`) or taken from a coding
 * (`fromCodedVocabulary`), and the units where two such counts disagree.
 */
import { ArgumentError, InputError, byCodeUnit } from "../core";
import type { Unit } from "../core";
import { type TermSource, type Tokenizer, findTerms, parseTerms } from "./terms";

/** How often each term list is used in one unit, with what the tables group by. */
export interface UnitTermCounts {
  unitId: string;
  year: number;
  country: string;
  group: string;
  /** List key → hits (or sentences, when taken from a `CodedUnit`). Missing key = 0. */
  counts: Record<string, number>;
}

/**
 * Counts the hits of each term list in each unit (a hit = one non-overlapping match of any of the list's terms;
 * see `findTerms`).
 *
 * @example
 * countTermLists(units, { normalization: ["normali*"], icj: ["ICJ", "International Court of Justice"] },
 *                tokenize, (u) => groupOf(u.country, u.year))
 * // one row per unit:
 * // { unitId: "SRB_63_2008", year: 2008, country: "SRB", group: "serbia", counts: { icj: …, normalization: … } }
 * @throws {InputError} naming the list (and its file, from `source`) when a list is empty or a term is bad
 */
export function countTermLists(
  units: Unit[],
  lists: Record<string, string[]>,
  tokenize: Tokenizer,
  groupOf: (u: Unit) => string,
  source: TermSource = {},
): UnitTermCounts[] {
  const keys = Object.keys(lists).sort(byCodeUnit);
  const parsed = new Map(keys.map((k) => [k, parseTerms(lists[k], tokenize, { ...source, list: k })] as const));
  for (const k of keys) {
    if (parsed.get(k)!.length === 0) {
      throw new InputError({
        file: source.file ?? "term list",
        column: k,
        message: `term list "${k}" is empty`,
        fix: `give it at least one term, or drop it`,
      });
    }
  }
  return units.map((u) => {
    const tokens = tokenize(u.body);
    const counts: Record<string, number> = {};
    for (const k of keys) counts[k] = findTerms(tokens, parsed.get(k)!).length;
    return { unitId: u.id, year: u.year, country: u.country, group: groupOf(u), counts };
  });
}

/**
 * The same shape from a coding: `vocabulary` counts of `CodedUnit`s (sentences using each list), joined with their
 * units' metadata by id.
 *
 * @example fromCodedVocabulary(units, coded, (u) => groupOf(u.country, u.year))
 * @throws {ArgumentError} when a coded unit is not among the units
 */
export function fromCodedVocabulary(
  units: Unit[],
  coded: Array<{ unitId: string; vocabulary: Record<string, number> }>,
  groupOf: (u: Unit) => string,
): UnitTermCounts[] {
  const byId = new Map(units.map((u) => [u.id, u] as const));
  const missing: string[] = [];
  const rows: UnitTermCounts[] = [];
  for (const c of coded) {
    const u = byId.get(c.unitId);
    if (!u) {
      missing.push(c.unitId);
      continue;
    }
    rows.push({ unitId: u.id, year: u.year, country: u.country, group: groupOf(u), counts: { ...c.vocabulary } });
  }
  if (missing.length > 0)
    throw new ArgumentError(
      "fromCodedVocabulary(units, coded)",
      "a coding of the units given",
      `${missing.length} coded unit(s) not among the units given: ${missing.slice(0, 5).join(", ")}`,
      "pass the units the coding was made from",
    );
  return rows;
}

/** A unit where two ways of counting a list disagree (e.g. the coder's sentences vs plain term hits). */
export interface CountDifference {
  unitId: string;
  year: number;
  group: string;
  list: string;
  a: number;
  b: number;
}

/**
 * Units where two counts of the same lists disagree about *use* (one says 0, the other more), or, with
 * `exact: true`, about the number. Typical use: the coder's counts (`fromCodedVocabulary`, which honour the
 * codebook's vetoes and its "about Kosovo" scope) against plain term hits (`countTermLists`), to see what the scope
 * rule removed. Sorted by list, then unit.
 *
 * @example countDifferences(coded, plain, ["icj"])
 * // ungdc-kosovo 2008–2024: [{ unitId: "RUS_76_2021", list: "icj", a: 0, b: 1, … }]
 * @throws {ArgumentError} when a unit of the first set is not in the second
 */
export function countDifferences(
  a: UnitTermCounts[],
  b: UnitTermCounts[],
  lists: string[],
  options: { exact?: boolean } = {},
): CountDifference[] {
  const byId = new Map(b.map((r) => [r.unitId, r] as const));
  const out: CountDifference[] = [];
  for (const ra of a) {
    const rb = byId.get(ra.unitId);
    if (!rb)
      throw new ArgumentError(
        "countDifferences(a, b)",
        "the same units counted both ways",
        `unit ${ra.unitId} is counted in the first set but not in the second`,
        "count the same units both ways",
      );
    for (const list of lists) {
      const x = ra.counts[list] ?? 0;
      const y = rb.counts[list] ?? 0;
      const differ = options.exact ? x !== y : x > 0 !== y > 0;
      if (differ) out.push({ unitId: ra.unitId, year: ra.year, group: ra.group, list, a: x, b: y });
    }
  }
  return out.sort((p, q) => byCodeUnit(p.list, q.list) || byCodeUnit(p.unitId, q.unitId));
}
