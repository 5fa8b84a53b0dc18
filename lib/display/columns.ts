/**
 * How each column of a table is laid out so that the table fits a screen: numbers right-aligned, short text on
 * one line, long text wrapped inside a width shared out among the long columns, and a concordance's three
 * columns (left context, hit, right context) aligned on the hit.
 */
import { isMarked, markedPlain } from "../tables";
import { formatCell } from "./table-data";

/** The layout of one column. */
export interface ColumnLayout {
  align: "left" | "right";
  /** Wrap the text inside `maxEm` (long text); otherwise keep it on one line. */
  wrap: boolean;
  /** The widest a wrapped column grows, in em of the table's font. */
  maxEm: number;
  /** Bold (the hit of a concordance). */
  strong: boolean;
  /** The header written upwards: a matrix of short numbers under long names (a unit × theme presence table). */
  vertical: boolean;
}

/** The width a table may take, in em of its 12 px font: the chapter pages' output area at a 1,280 px window. */
export const TABLE_BUDGET_EM = 64;
/** Text longer than this (characters) wraps. */
export const WRAP_AFTER = 36;

/** A cell's text as it is measured (marks count as their text). */
function cellText(v: unknown, decimals: number): string {
  return isMarked(v) ? markedPlain(v) : formatCell(v, decimals);
}

/**
 * The layout of every column: numbers right-aligned on one line; a text column whose longest cell is longer than
 * `WRAP_AFTER` characters wraps, the long columns sharing what the short ones leave of `TABLE_BUDGET_EM` (at least
 * 14 em, at most 48 em each). In a matrix of six or more number columns of at most 4 characters under names longer
 * than 4, the names are written upwards. With `kwic`, the columns "left" (right-aligned), "hit" or "match" (bold,
 * left-aligned: every hit starts in one place; wrapped when longer than 24 characters) and "right" stay on one
 * line, so that the hits stand in one column.
 *
 * @example columnLayouts(["n", "text"], [{ n: 1, text: "x".repeat(80) }]).text
 * // { align: "left", wrap: true, maxEm: 48, strong: false, vertical: false }
 */
export function columnLayouts(
  columns: string[],
  rows: Record<string, unknown>[],
  opts: { decimals?: number; kwic?: boolean } = {},
): Record<string, ColumnLayout> {
  const d = opts.decimals ?? 3;
  const numeric = (c: string) =>
    rows.length > 0 && rows.every((r) => r?.[c] === null || r?.[c] === undefined || typeof r?.[c] === "number");
  // a header wraps at its spaces: its longest word, not its whole length, sets a column's width
  const headWord = (c: string) => Math.max(...c.split(/\s+/).map((w) => w.length));
  const longest = (c: string) => Math.max(headWord(c), ...rows.map((r) => cellText(r?.[c], d).length));
  const kwicRole = (c: string): "left" | "hit" | "right" | null =>
    !opts.kwic ? null : c === "left" ? "left" : c === "hit" || c === "match" ? "hit" : c === "right" ? "right" : null;
  const cellsOnly = (c: string) => Math.max(0, ...rows.map((r) => cellText(r?.[c], d).length));
  const narrow = columns.filter((c) => numeric(c) && cellsOnly(c) <= 4 && c.length > 4);
  const vertical = (c: string) => narrow.length >= 6 && narrow.includes(c);
  // a concordance's hit wraps when long (a near pattern's words); its start stays in one column
  const wraps = columns.filter(
    (c) => (kwicRole(c) === "hit" && longest(c) > 24) || (!kwicRole(c) && !numeric(c) && longest(c) > WRAP_AFTER),
  );
  // a short column takes about 0.62 em per character and 1 em of padding
  const width = (c: string) => (vertical(c) ? Math.max(cellsOnly(c), 2) : Math.min(longest(c), 60)) * 0.62 + 1;
  const fixed = columns.filter((c) => !wraps.includes(c)).reduce((s, c) => s + width(c), 0);
  const share = wraps.length ? Math.floor((TABLE_BUDGET_EM - fixed) / wraps.length) : 0;
  const maxEm = Math.max(14, Math.min(48, share));
  const out: Record<string, ColumnLayout> = {};
  for (const c of columns) {
    const role = kwicRole(c);
    out[c] = {
      align: role === "left" || (!role && numeric(c)) ? "right" : "left",
      wrap: wraps.includes(c),
      maxEm,
      strong: role === "hit",
      vertical: vertical(c),
    };
  }
  return out;
}
