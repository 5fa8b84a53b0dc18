/** The dictionary coder's result as rows: the unit × theme presence matrix. */
import type { CodedRow } from "../core";

/**
 * One record per unit — id, year, country, then 0/1 per theme — for a table or a danfojs DataFrame.
 *
 * @example presenceRecords(rows, ["sovereignty", "dialogue"])[0]
 * // { id: "SRB_63_2008", year: 2008, country: "SRB", sovereignty: 1, dialogue: 0 }
 */
export function presenceRecords(rows: CodedRow[], themes: string[]): Array<Record<string, string | number>> {
  return rows.map((r) => {
    const rec: Record<string, string | number> = { id: r.id, year: r.year, country: r.country };
    for (const k of themes) rec[k] = r.codes[k]?.present ?? 0;
    return rec;
  });
}
