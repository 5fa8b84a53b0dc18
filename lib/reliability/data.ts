/**
 * Reliability data: a coders × units matrix, `data[c][u]` the value coder `c` gave unit `u`, or
 * `null` when coder `c` did not code unit `u`. Values are numbers (for presence codes, 0 and 1).
 * Also the same data turned around (one array of coder values per unit, what a bootstrap resamples).
 */

/** One value per coder and unit; `null` = not coded. */
export type ReliabilityData = (number | null)[][];

/**
 * The number of units, after checking that every coder has one entry (or null) per unit.
 *
 * @throws {RangeError} when coders have different numbers of entries (a programming error: data
 *   built by this project are always rectangular)
 */
export function checkRectangular(data: ReliabilityData): number {
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
