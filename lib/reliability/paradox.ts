/**
 * The prevalence paradox: high agreement with a low kappa, when a theme is almost always present (or
 * absent) and chance alone agrees often; and the 2×2 table of two coders that shows why.
 */
import { byCodeUnit } from "../core";
import { completePairs } from "./data";
import type { ReliabilityRow } from "./table";

/** Two coders' presence codes crossed: how often both, only one, or neither marked the theme. */
export interface CrossTable {
  both: number;
  onlyFirst: number;
  onlySecond: number;
  neither: number;
}

/**
 * The 2×2 table of two coders' 0/1 codes over the units both coded.
 *
 * @example crossTable([1, 1, 0, 0], [1, 0, 0, 0]) // { both: 1, onlyFirst: 1, onlySecond: 0, neither: 2 }
 */
export function crossTable(a: (number | null)[], b: (number | null)[]): CrossTable {
  const t: CrossTable = { both: 0, onlyFirst: 0, onlySecond: 0, neither: 0 };
  for (const [x, y] of completePairs(a, b)) {
    if (x === 1 && y === 1) t.both++;
    else if (x === 1) t.onlyFirst++;
    else if (y === 1) t.onlySecond++;
    else t.neither++;
  }
  return t;
}

/**
 * The prevalence paradox in a table: themes whose agreement is at least `minAgreement` while
 * Cohen's kappa is at least `minGap` lower, largest gap first (ties by theme). Such themes are
 * almost always present (or almost always absent), so chance alone agrees often. Themes whose kappa
 * is not defined at all (nobody, or everybody, marked them) are left out: `undefinedCells` lists them.
 *
 * @example prevalenceParadox(reliabilityTable(coders, themes)).map((r) => r.theme)
 */
export function prevalenceParadox(rows: ReliabilityRow[], minAgreement = 0.8, minGap = 0.2): ReliabilityRow[] {
  const gap = (r: ReliabilityRow) => (r.agreement as number) - (r.cohenKappa as number);
  return rows
    .filter(
      (r) =>
        r.theme !== "overall" &&
        typeof r.agreement === "number" &&
        typeof r.cohenKappa === "number" &&
        r.agreement >= minAgreement &&
        gap(r) >= minGap,
    )
    .sort((a, b) => gap(b) - gap(a) || byCodeUnit(a.theme, b.theme));
}
