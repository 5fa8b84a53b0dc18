/**
 * Reliability data: a coders × units matrix, `data[c][u]` the value coder `c` gave unit `u`, or
 * `null` when coder `c` did not code unit `u`. Values are numbers (for presence codes, 0 and 1).
 * Also the same data turned around (one array of coder values per unit, what a bootstrap resamples).
 */

import { ArgumentError } from "../core";

/** One value per coder and unit; `null` = not coded. */
export type ReliabilityData = (number | null)[][];

/** One coder's values, one per unit; `null` = not coded. */
export type CoderValues = (number | null)[];

const MATRIX_HINT =
  "pass one array of codes per coder, e.g. krippendorffAlpha([a, b]) for two coders' codes a and b " +
  "(cohenKappa, scottPi and percentAgreement take them as two arguments: cohenKappa(a, b))";

/**
 * Checks that reliability data are a coders × units matrix: an array of arrays. A flat list of numbers (one
 * coder's codes, as `cohenKappa(a, b)` takes them) is a clear ArgumentError, not a TypeError deep inside.
 *
 * @example checkMatrix([[1, 0], [1, 1]]) // no error
 * @throws {ArgumentError} when `data` is not an array of arrays
 */
export function checkMatrix(data: unknown): asserts data is ReliabilityData {
  if (!Array.isArray(data))
    throw new ArgumentError(
      "reliability data",
      "a coders × units matrix (an array of arrays)",
      typeof data,
      MATRIX_HINT,
    );
  const bad = data.findIndex((row) => !Array.isArray(row));
  if (bad >= 0)
    throw new ArgumentError(
      "reliability data",
      "a coders × units matrix (an array of arrays)",
      `an array whose entry ${bad + 1} is ${JSON.stringify(data[bad])}`,
      MATRIX_HINT,
    );
}

/**
 * The coders × units matrix and the categories of a coefficient called either way: `f(data, categories?)`
 * with a matrix, or `f(a, b, categories?)` with two coders' codes, as `cohenKappa(a, b)` takes them.
 *
 * @example coderMatrix([1, 0], [1, 1]) // { data: [[1, 0], [1, 1]], categories: undefined }
 * @example coderMatrix([[1, 0], [1, 1]], [0, 1]) // { data: [[1, 0], [1, 1]], categories: [0, 1] }
 * @throws {ArgumentError} when neither form fits (e.g. two coders with different numbers of units)
 */
export function coderMatrix(
  first: ReliabilityData | CoderValues,
  second?: CoderValues | number[],
  third?: number[],
): { data: ReliabilityData; categories?: number[] } {
  const values: unknown[] = Array.isArray(first) ? first : [];
  const flat = values.length > 0 && values.every((v) => v === null || typeof v === "number");
  if (!flat) {
    checkMatrix(first);
    return { data: first, categories: second as number[] | undefined };
  }
  const a = first as CoderValues;
  if (!Array.isArray(second) || second.length !== a.length)
    throw new ArgumentError(
      "two coders' codes",
      `a second coder's codes, one per unit (${a.length})`,
      Array.isArray(second) ? `${second.length} values` : String(second),
      MATRIX_HINT,
    );
  return { data: [a, second as CoderValues], categories: third };
}

/**
 * The number of units, after checking that every coder has one entry (or null) per unit.
 *
 * @throws {RangeError} when coders have different numbers of entries (a programming error: data
 *   built by this project are always rectangular)
 */
export function checkRectangular(data: ReliabilityData): number {
  checkMatrix(data);
  if (data.length === 0) return 0;
  const n = data[0].length;
  data.forEach((row, i) => {
    if (row.length !== n)
      throw new RangeError(
        `reliability data: coder ${i + 1} has ${row.length} values, coder 1 has ${n}; ` +
          "every coder needs one entry (or null) per unit",
      );
  });
  return n;
}

/**
 * Every value in the data (and in `categories`), ascending.
 *
 * @example sortedValues([[1, null], [0, 1]], [2]) // [0, 1, 2]
 */
export function sortedValues(data: ReliabilityData, categories?: number[]): number[] {
  const set = new Set<number>(categories ?? []);
  for (const row of data) for (const v of row) if (v !== null) set.add(v);
  return [...set].sort((a, b) => a - b);
}

/**
 * Pairs of two coders' values where both coded the unit.
 *
 * @example completePairs([1, null, 0], [1, 0, 1]) // [[1, 1], [0, 1]]
 * @throws {RangeError} when the two coders have different numbers of entries
 */
export function completePairs(a: (number | null)[], b: (number | null)[]): Array<[number, number]> {
  if (a.length !== b.length)
    throw new RangeError(`two coders need the same units: ${a.length} values against ${b.length}`);
  const out: Array<[number, number]> = [];
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x !== null && y !== null) out.push([x, y]);
  }
  return out;
}

/**
 * The columns of a coders × units matrix: one array of coder values per unit.
 *
 * @example codesByUnit([[1, 0], [1, 1]]) // [[1, 1], [0, 1]]
 */
export function codesByUnit(data: ReliabilityData): (number | null)[][] {
  const n = checkRectangular(data);
  const out: (number | null)[][] = [];
  for (let u = 0; u < n; u++) out.push(data.map((row) => row[u]));
  return out;
}

/**
 * The coders × units matrix of a list of units (the inverse of `codesByUnit`).
 *
 * @example codersOf([[1, 1], [0, 1]]) // [[1, 0], [1, 1]]
 */
export function codersOf(units: (number | null)[][]): ReliabilityData {
  if (units.length === 0) return [];
  const g = units[0].length;
  return Array.from({ length: g }, (_, c) => units.map((u) => u[c]));
}
