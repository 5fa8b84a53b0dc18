/**
 * The split-row joiner. In files without quoting (the UN Security Council Debates' `speaker.tsv` and
 * `meta.tsv`), a line end inside a field cannot be told from the end of the row — v6.1 has such line
 * ends in meeting S/PV.5225's `agenda_item3`, which splits 36 rows over two physical lines each. A
 * row is whole when it has as many fields as the header (25 tabs in speaker.tsv, 8 in meta.tsv):
 * the framer (tsv-frame.ts) joins physical lines until it does, and this file joins what csv-parse
 * reads from such a row (one record per physical line) back into one row.
 */

/**
 * Does a physical line that ended after `fieldsSoFar` fields continue on the next line?
 *
 * @example continuesOnNextLine(24, 26) // true: the line end is inside field 25
 * @example continuesOnNextLine(26, 26) // false
 */
export function continuesOnNextLine(fieldsSoFar: number, expected: number): boolean {
  return fieldsSoFar < expected;
}

/**
 * Joins the records csv-parse read from the physical lines of one split row: the last field of a
 * line and the first field of the next are one field with a line end inside.
 *
 * @example joinSplitRecords([["1", "a", "Kosovo"], ["(Serbia)", "x"]]) // ["1", "a", "Kosovo\n(Serbia)", "x"]
 */
export function joinSplitRecords(parts: string[][]): string[] {
  const out = parts[0] ? parts[0].slice() : [];
  for (const part of parts.slice(1)) {
    if (out.length === 0) {
      out.push(...part);
      continue;
    }
    out[out.length - 1] = `${out[out.length - 1]}\n${part[0] ?? ""}`;
    out.push(...part.slice(1));
  }
  return out;
}
