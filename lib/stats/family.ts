/**
 * A declared family of tests: the comparisons read together, named and justified before the results, adjusted
 * together by Holm (family-wise error) and Benjamini–Hochberg (false discovery rate), with the family's size kept
 * beside every adjusted p so that a reader sees what each p was adjusted for.
 */
import { ArgumentError } from "../core";
import { benjaminiHochberg, holm } from "./adjust";

/** One test of a family, with its adjusted p-values. */
export interface FamilyMember {
  label: string;
  p: number | null;
  /** Holm's step-down adjusted p within the family; null when the test has no p. */
  holm: number | null;
  /** Benjamini–Hochberg adjusted p within the family. */
  bh: number | null;
}

/** A declared family and its adjusted members. */
export interface TestFamily {
  name: string;
  /** Why these comparisons and no others: said before the results. */
  rationale: string;
  /** The number of tests with a p-value (the m of the adjustments). */
  size: number;
  members: FamilyMember[];
}

/**
 * Adjusts a declared family of tests by Holm and by Benjamini–Hochberg; tests without a p (nothing to compare) do
 * not count in the family's size.
 *
 * @example testFamily("first vs last", "the paper's claim", [{ label: "a", p: 0.01 }, { label: "b", p: 0.04 }])
 * // { size: 2, members: [{ label: "a", p: 0.01, holm: 0.02, bh: 0.02 },
 * //                      { label: "b", p: 0.04, holm: 0.04, bh: 0.04 }] }
 * @throws {ArgumentError} when a p is not between 0 and 1
 */
export function testFamily(
  name: string,
  rationale: string,
  tests: Array<{ label: string; p: number | null }>,
): TestFamily {
  for (const t of tests)
    if (t.p !== null && !(t.p >= 0 && t.p <= 1)) throw new ArgumentError(`testFamily: ${t.label}`, "p in [0, 1]", t.p);
  const ps = tests.map((t) => t.p);
  const h = holm(ps);
  const b = benjaminiHochberg(ps);
  return {
    name,
    rationale,
    size: ps.filter((p) => p !== null).length,
    members: tests.map((t, i) => ({ label: t.label, p: t.p, holm: h[i], bh: b[i] })),
  };
}
