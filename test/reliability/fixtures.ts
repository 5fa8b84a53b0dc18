/** Published reliability data sets and helpers shared by the reliability tests. */
import { strict as assert } from "assert";
import {
  type Coefficient,
  type CoderCodes,
  isDefined,
  type ReliabilityData,
  reliabilityTable,
} from "../../lib/reliability";

export const N = null;

/** Asserts a coefficient equals a published value printed with `decimals` decimals (half a unit in the last place). */
export function near(actual: Coefficient, published: number, decimals = 3): void {
  assert.ok(isDefined(actual), `expected ${published}, got not defined: ${JSON.stringify(actual)}`);
  const tol = 0.5 * 10 ** -decimals + 1e-12;
  assert.ok(Math.abs(actual - published) <= tol, `expected ${published} (±${tol}), got ${actual}`);
}

/** Letters a, b, c, … as 1, 2, 3, … (nominal coefficients do not depend on the labels). */
function letters(values: (string | null)[]): (number | null)[] {
  return values.map((v) => (v === null ? null : v.charCodeAt(0) - 96));
}

/** Two coders' values from a contingency table (rows: coder A's category, columns: coder B's). */
function fromTable(table: number[][]): [number[], number[]] {
  const a: number[] = [];
  const b: number[] = [];
  table.forEach((row, i) => {
    row.forEach((n, j) => {
      for (let k = 0; k < n; k++) {
        a.push(i);
        b.push(j);
      }
    });
  });
  return [a, b];
}

// Four coders, twelve units, values 1-5, missing values. Krippendorff (2011) "Computing Krippendorff's
// Alpha-Reliability", section C; the same data are irrCAC's `raw_4raters` (Gwet 2014, Handbook of
// Inter-Rater Reliability, 4th ed., p. 120), as stored in afergadis/irrCAC irrCAC/datasets.py.
// (Unit 12 carries one value only; the packages put it under different coders, which changes nothing.)
export const FOUR_RATERS: ReliabilityData = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, N, N, N],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, N, N],
  [N, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, 3],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, N],
];

// Three coders, fifteen units: the example in pln-fing-udelar/fast-krippendorff tests/test_krippendorff.py.
export const THREE_OBSERVERS: ReliabilityData = [
  [N, N, N, N, N, 3, 4, 1, 2, 1, 1, 3, 3, N, 3],
  [1, N, 2, 1, 3, 3, 4, 3, N, N, N, N, N, N, N],
  [N, N, 2, 1, 3, 4, 4, N, 2, 1, 1, 3, 3, N, 4],
];

// irrCAC datasets (afergadis/irrCAC irrCAC/datasets.py, from Gwet's R package irrCAC).
export const BEN_GERRY: ReliabilityData = [
  letters(["a", "a", "b", "b", "d", "c", "c", "c", "e", "d", "d", "a"]),
  letters(["b", "a", "b", "b", "b", "c", "c", "c", "e", null, "d", "d"]),
];
export const FIVE_OBSERVERS: ReliabilityData = [
  [1, 1, 2, N, 0, 0, 1, 1, 2, 2, N, 0, 1, 3, 1],
  [1, 1, 3, 0, 0, 0, 0, N, 2, 1, 1, 0, 2, 3, 1],
  [2, 0, 3, 0, 0, 0, 2, 2, 2, 1, 0, 0, 2, 2, 1],
  [N, 1, 3, N, N, N, N, 0, N, 1, 0, 0, 2, 2, N],
  [2, N, N, 0, 0, 0, 1, N, 2, N, N, N, N, 3, 1],
];
export const G1G2: ReliabilityData = [
  letters(["a", "b", "c", "c", "b", "a", "d", "a", "b", null, null, null, "b", "b"]),
  letters(["a", "b", "c", "c", "b", "b", "d", "a", "b", "e", null, null, "b", "a"]),
  letters([null, "c", "c", "c", "b", "c", "d", "b", "b", "e", "a", "c", "c", "c"]),
  letters(["a", "b", "c", "c", "b", "d", "d", "a", "b", "e", "a", null, "b", "b"]),
];
export const GENDER: ReliabilityData = [
  letters("a a a a a b b b c a a a a a b".split(" ")),
  letters("a a a a b a b c c a a a a b a".split(" ")),
  letters("a b b c a a b b c a b b c a a".split(" ")),
  letters("c c c c a a b b c c c c c a a".split(" ")),
];
// Contingency tables (irrCAC `cont3x3abstractors`, `cont4x4diagnosis`).
export const ABSTRACTORS = fromTable([
  [13, 0, 0],
  [0, 20, 7],
  [0, 4, 56],
]);
export const DIAGNOSIS = fromTable([
  [40, 4, 4, 17],
  [6, 25, 2, 13],
  [4, 1, 21, 12],
  [15, 5, 9, 45],
]);

/**
 * The invented data of the prevalence paradox: 20 units; both coders say 1 on 18 and each says 0
 * once, on different units (theme `common`); `balanced` alternates 0/1 and both agree; nobody marks
 * `never`. Returns the two coders' `common` codes, their codes as sheets hold them, and the table.
 */
export function paradoxData(): {
  a: number[];
  b: number[];
  coders: CoderCodes[];
  rows: ReturnType<typeof reliabilityTable>;
} {
  const a = Array.from({ length: 20 }, (_, i) => (i === 0 ? 0 : 1));
  const b = Array.from({ length: 20 }, (_, i) => (i === 1 ? 0 : 1));
  const coders: CoderCodes[] = [a, b].map((codes) =>
    Object.fromEntries(
      codes.map((v, i) => [
        `u${String(i).padStart(2, "0")}`,
        { common: v as 0 | 1, balanced: (i % 2) as 0 | 1, never: 0 as 0 | 1 },
      ]),
    ),
  );
  return { a, b, coders, rows: reliabilityTable(coders, ["common", "balanced", "never"]) };
}

/** Two invented coders; ana left u4's `unilateral` blank, only ben coded u9. */
export const ANA: CoderCodes = {
  u1: { dialogue: 1, unilateral: 0 },
  u2: { dialogue: 1, unilateral: 1 },
  u3: { dialogue: 0, unilateral: 0 },
  u4: { dialogue: 0, unilateral: null },
  u5: { dialogue: 1, unilateral: 0 },
};
export const BEN: CoderCodes = {
  u1: { dialogue: 1, unilateral: 0 },
  u2: { dialogue: 0, unilateral: 1 },
  u3: { dialogue: 0, unilateral: 0 },
  u4: { dialogue: 0, unilateral: 1 },
  u5: { dialogue: 1, unilateral: 0 },
  u9: { dialogue: 1, unilateral: 1 },
};
