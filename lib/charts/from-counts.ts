/**
 * Chart-data shapers for the counts stage: theme counts in the shape of the hierarchy chart, and the paper's and a
 * corpus's shares as grouped bars (data only; the chart builders are in `lib/charts`).
 */
import type { PaperComparison } from "../counts/paper-comparison";
import type { BreakdownCount, ThemeCount } from "../counts/themes";
import type { HeatCell } from "./heatmap";

/**
 * Counts in the shape of the hierarchy chart (`hierarchyBars` in `lib/charts`): { theme, presence, mentions }
 * (an unknown mention total counts 0).
 *
 * @example chartCounts(countThemes(rows))[0] // { theme: "sovereignty", presence: 3, mentions: 5 }
 */
export function chartCounts(counts: ThemeCount[]): Array<{ theme: string; presence: number; mentions: number }> {
  return counts.map((c) => ({ theme: c.theme, presence: c.present, mentions: c.mentions ?? 0 }));
}

/**
 * Grouped bars (the `barChart` of `lib/charts`): the paper's share and the corpus's share per theme; a share that
 * is not known gives no bar.
 *
 * @example comparisonBars(cmp, "ungdc-kosovo").slice(0, 2)
 * // [{ label: "sovereignty", value: 0.805, group: "paper (82 texts)" }, …]
 */
export function comparisonBars(
  cmp: PaperComparison,
  corpus: string,
): Array<{ label: string; value: number; group: string }> {
  const out: Array<{ label: string; value: number; group: string }> = [];
  for (const r of cmp.rows) {
    if (r.paperShare !== null)
      out.push({ label: r.theme, value: r.paperShare, group: `paper (${r.paperUnits} texts)` });
    if (r.corpusShare !== null)
      out.push({ label: r.theme, value: r.corpusShare, group: `${corpus} (${r.corpusUnits} units)` });
  }
  return out;
}

/**
 * A group × theme grid of shares for `heatmap`: groups in `groups` order (those with no unit left out), each
 * labelled with its units, shares rounded to two decimals.
 *
 * @example groupShareCells(countBy(rows, groupOf, ["dialogue"]), ["China", "Russia"])
 * // [{ unit: "China (8)", theme: "dialogue", value: 0.25 }, { unit: "Russia (5)", theme: "dialogue", value: 0 }]
 */
export function groupShareCells(profile: BreakdownCount[], groups: readonly string[]): HeatCell[] {
  return groups.flatMap((g) =>
    profile
      .filter((c) => c.key === g && c.units > 0)
      .map((c) => ({ unit: `${g} (${c.units})`, theme: c.theme, value: Math.round((c.share ?? 0) * 100) / 100 })),
  );
}
