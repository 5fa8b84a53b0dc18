/** Chapter 07's checks: who uses a term most, silences that rest on few passages, who uses a name most. */
import type { KwicRow, NamingRow, SilenceRow } from "../vocabulary";

/** The key with the largest count (the first in code-unit order on a tie), or null. */
function largest(counts: Map<string, number>): string | null {
  let best: string | null = null;
  for (const [k, n] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)))
    if (best === null || n > (counts.get(best) as number)) best = k;
  return best;
}

/**
 * The speaker group with the most concordance lines.
 *
 * @example mostHitsGroup(kwic(units, ["dialogue"], tokenize, { groupOf: groupLabel })) // "Albania"
 */
export function mostHitsGroup(lines: KwicRow[]): string | null {
  const n = new Map<string, number>();
  for (const l of lines) n.set(l.group, (n.get(l.group) ?? 0) + 1);
  return largest(n);
}

/**
 * How many silences rest on fewer passages than the table's `minUnits` (flagged few).
 *
 * @example fewSilences(silenceTable(counts, lists, groups, { minUnits: 10 })) // 3
 */
export function fewSilences(rows: SilenceRow[]): number {
  return rows.filter((r) => r.silent && r.fewUnits).length;
}

/**
 * The group whose sentences use a name of the Kosovo side most often.
 *
 * @example topNamer(namingRows(counts, names, "group"), "name_kosovo_and_metohija") // "Serbia"
 */
export function topNamer(naming: NamingRow[], name: string): string | null {
  const n = new Map<string, number>();
  for (const r of naming) if (r.name === name && r.group !== null) n.set(r.group, (n.get(r.group) ?? 0) + r.count);
  return [...n.values()].some((x) => x > 0) ? largest(n) : null;
}
