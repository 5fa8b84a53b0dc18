/**
 * Blank theme cells are missing data: a coder who left a cell empty did not code it. They are never
 * read as 0 — a sheet where only the 1s were typed would otherwise agree perfectly with any other
 * sheet — they are counted, and every command and chapter reports them.
 */
import type { BlankCells, Sheet } from "./sheet";

/** The theme cells of rows (one record of codes per row, with its spreadsheet row), counted. */
export function countBlanks(
  rows: Array<{ row: number; codes: Record<string, 0 | 1 | null> }>,
  themes: string[],
): BlankCells {
  const out: BlankCells = { cells: 0, blank: 0, zeros: 0, ones: 0, rows: [], byTheme: {} };
  for (const t of themes) out.byTheme[t] = 0;
  for (const r of rows) {
    let blankRow = false;
    for (const t of themes) {
      out.cells++;
      const v = r.codes[t];
      if (v === 1) out.ones++;
      else if (v === 0) out.zeros++;
      else {
        out.blank++;
        out.byTheme[t]++;
        blankRow = true;
      }
    }
    if (blankRow) out.rows.push(r.row);
  }
  out.rows.sort((a, b) => a - b);
  return out;
}

/** "rows 3, 5, 9 and 12 more". */
function someRows(rows: number[], shown = 5): string {
  const head = rows.slice(0, shown).join(", ");
  return rows.length > shown
    ? `rows ${head} and ${rows.length - shown} more`
    : `row${rows.length > 1 ? "s" : ""} ${head}`;
}

/**
 * What a reader must know about a sheet's blank cells, or [] when it has none: how many, where, and —
 * when no cell holds 0 at all — that only the 1s seem to have been typed.
 *
 * @example blankWarnings(sheet)
 * // ["ana.csv: 37 of 240 theme cells are blank (rows 3, 5, 9, 12, 14 and 20 more): …"]
 */
export function blankWarnings(sheet: Pick<Sheet, "file" | "blanks">): string[] {
  const b = sheet.blanks;
  if (b.blank === 0) return [];
  const themes = Object.entries(b.byTheme)
    .filter(([, n]) => n > 0)
    .map(([t, n]) => `${t} ${n}`)
    .join(", ");
  const out = [
    `${sheet.file}: ${b.blank} of ${b.cells} theme cells are blank (${someRows(b.rows)}; ${themes}): ` +
      "a blank is read as not coded, never as 0, and is left out of every statistic — " +
      'type 0 where the coder decided "absent"',
  ];
  if (b.zeros === 0 && b.ones > 0)
    out.push(
      `${sheet.file}: no theme cell holds 0 — it looks as if only the 1s were typed; ` +
        "agreement computed on such a sheet rests on the 1s alone: fill the 0s before comparing coders",
    );
  return out;
}
