/** Where coders differ: every unit × theme whose codes are not all the same, and that list as CSV. */
import { stringify } from "csv-stringify/sync";
import { ArgumentError, byCodeUnit, ValidationError } from "../core";
import type { Sheet } from "./parse";

/** One unit × theme on which the coders' values differ (a blank counts as a value: "not coded"). */
export interface Disagreement {
  id: string;
  theme: string;
  /** coder → value (null = left blank). */
  values: Record<string, 0 | 1 | null>;
}

/**
 * Checks that sheets can be compared: two or more, each with its own coder name.
 *
 * @throws {ArgumentError} with fewer than two sheets
 * @throws {ValidationError} naming the files when one coder names two sheets
 */
export function checkCoders(sheets: Sheet[]): void {
  if (sheets.length < 2) throw new ArgumentError("sheets", "two or more coding sheets to compare", sheets.length);
  const names = sheets.map((s) => s.coder);
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (dup) {
    throw new ValidationError(
      "coding sheets",
      sheets
        .filter((s) => s.coder === dup)
        .map((s) => ({
          file: s.file,
          column: "coder",
          message: `coder "${dup}" names more than one sheet`,
          fix: "give each coder's sheet its own coder name",
        })),
    );
  }
}

/**
 * Unit ids present in every sheet, sorted.
 *
 * @example commonIds([ana, ben]) // ["AAA_63_2008", "BBB_64_2009"]
 */
export function commonIds(sheets: Sheet[]): string[] {
  return sheets[0].ids.filter((id) => sheets.every((s) => id in s.codes)).sort(byCodeUnit);
}

/**
 * Every unit × theme (units in all sheets) where the coders do not all give the same value,
 * sorted by id then theme. A cell every coder left blank is not a disagreement (nobody coded it).
 *
 * @example
 * findDisagreements([ana, ben], ["dialogue"]) // [{ id: "u2", theme: "dialogue", values: { ana: 1, ben: 0 } }]
 */
export function findDisagreements(sheets: Sheet[], themeKeys: string[]): Disagreement[] {
  checkCoders(sheets);
  const out: Disagreement[] = [];
  for (const id of commonIds(sheets)) {
    for (const theme of themeKeys) {
      const vals = sheets.map((s) => s.codes[id][theme] ?? null);
      if (vals.every((v) => v === null)) continue;
      if (vals.every((v) => v === vals[0])) continue;
      const values: Record<string, 0 | 1 | null> = {};
      sheets.forEach((s, i) => {
        values[s.coder] = vals[i];
      });
      out.push({ id, theme, values });
    }
  }
  return out;
}

/**
 * The coders' values of a disagreement as "ana=1 ben=blank" (joined by `separator`).
 *
 * @example codersValues({ id: "u1", theme: "t", values: { ana: 1, ben: null } }, ", ") // "ana=1, ben=blank"
 */
export function codersValues(d: Disagreement, separator = " "): string {
  return Object.entries(d.values)
    .map(([c, v]) => `${c}=${v === null ? "blank" : v}`)
    .join(separator);
}

/**
 * The disagreements as CSV: id, theme, one column per coder (blank = not coded).
 *
 * @example disagreementsCsv(findDisagreements(sheets, themes), ["ana", "ben"])
 */
export function disagreementsCsv(ds: Disagreement[], coders: string[]): string {
  const rows = [
    ["id", "theme", ...coders],
    ...ds.map((d) => [
      d.id,
      d.theme,
      ...coders.map((c) => (d.values[c] === null || d.values[c] === undefined ? "" : String(d.values[c]))),
    ]),
  ];
  return stringify(rows, { record_delimiter: "\n" });
}
