/**
 * Chapter 08's steps and checks: the groups' passages and words per window, the group with the most passages, the
 * group with the highest mean stance, and the key words of one side.
 */
import type { StanceCell } from "../timeline";
import type { KeynessRow, UnitSize } from "../vocabulary";

/**
 * One row per group with its passages and words in each window (the sizes every later figure rests on).
 *
 * @example groupSizeRows(["China"], [{ label: "2008–2024" }], [[{ key: "China", units: 0, words: 0 }]])
 * // [{ group: "China", "passages 2008–2024": 0, "words 2008–2024": 0 }]
 */
export function groupSizeRows(
  groups: string[],
  windows: Array<{ label: string }>,
  sizes: UnitSize[][],
): Array<Record<string, string | number>> {
  return groups.map((g) => {
    const row: Record<string, string | number> = { group: g };
    windows.forEach((w, k) => {
      const s = sizes[k].find((x) => x.key === g);
      row[`passages ${w.label}`] = s?.units ?? 0;
      row[`words ${w.label}`] = s?.words ?? 0;
    });
    return row;
  });
}

/**
 * The group with the most passages (the first in the given order on a tie), or null when no group has one.
 *
 * @example mostPassagesGroup(unitSizes(units, groupLabel, groups)) // "Serbia/Yugoslavia"
 */
export function mostPassagesGroup(sizes: UnitSize[]): string | null {
  let best: UnitSize | null = null;
  for (const s of sizes) if (s.units > 0 && (!best || s.units > best.units)) best = s;
  return best ? best.key : null;
}

/**
 * The group with the highest mean stance in a window (the first by name on a tie), with its passages.
 *
 * @example highestStance(stanceRows, "2008–2024") // { group: "Serbia/Yugoslavia", units: 17 }
 */
export function highestStance(cells: StanceCell[], window: string): { group: string; units: number } | null {
  const inWindow = cells
    .filter((c) => c.key === window && Number.isFinite(c.mean))
    .sort((a, b) => b.mean - a.mean || (a.group < b.group ? -1 : a.group > b.group ? 1 : 0));
  return inWindow.length ? { group: inWindow[0].group, units: inWindow[0].units } : null;
}

/**
 * How many words are key for one side (A or B) at p < `alpha` (default 0.05).
 *
 * @example keyWordCount(keyness(serbia, eu, { minFreq: 5 }), "A") // 21
 */
export function keyWordCount(rows: KeynessRow[], side: "A" | "B", alpha = 0.05): number {
  return rows.filter((r) => r.keyFor === side && r.p < alpha).length;
}
