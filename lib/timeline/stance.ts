/**
 * The stance score of the coding guide: a weighted sum of theme presences per unit, and its mean per year (or
 * period) and group. The weights are data (theme key → weight), passed in; the coding guide's are the default.
 */
import { byCodeUnit } from "../core";
import type { CodedRow, Period, ThemeCode } from "../core";
import type { StanceWeights } from "../codebook";
import { periodOf } from "./periods";

/**
 * Weights of the stance score, theme key → weight (`stanceWeights(codebook)`). The score of a unit is
 * Σ weight · presence divided by the sum of the positive weights, so with the coding guide's weights it lies
 * in [−1, 1].
 */
export type { StanceWeights };

/** The stance of one unit, with its parts. */
export interface UnitStance {
  id: string;
  date: string | null;
  year: number;
  country: string;
  group: string;
  /** Weighted presences of the themes with a positive weight (coding guide: sovereignty + unilateral + us_nato). */
  proSerbia: number;
  /** Presences of the themes with a negative weight (coding guide: independence, 0–1). */
  proKosovo: number;
  /** Σ weight · presence / (sum of the positive weights); with the coding guide's weights in [−1, 1]. */
  stance: number;
}

/** Sum of the positive weights: what the score is divided by. */
function scaleOf(weights: StanceWeights): number {
  return Object.values(weights).reduce((a, w) => (w > 0 ? a + w : a), 0);
}

/**
 * The stance score of one unit's codes, from presences: Σ weight · presence / (sum of the positive weights); a theme
 * missing from the codes counts as absent.
 *
 * @example stanceOf({ sovereignty: { present: 1, mentions: 2 } }, { sovereignty: 1, unilateral: 1, us_nato: 1 })
 * // 0.3333
 * @example stanceOf(codes, { p_sovereignty: 1, p_hegemony: 1 }) // 0, 0.5 or 1
 */
export function stanceOf(codes: Record<string, ThemeCode>, weights: StanceWeights): number {
  let total = 0;
  for (const [theme, w] of Object.entries(weights)) total += w * (codes[theme]?.present ?? 0);
  return total / scaleOf(weights);
}

/**
 * The stance of every unit, with a group (default: "all"; pass `chinaVsOthers` or `groupKeyOf()` from
 * `lib/groups`). Sorted by date (undated units at mid-year), then id.
 *
 * @example stancePerUnit(rows, stanceWeights(loadCodebook()), (r) => (r.country === "CHN" ? "China" : "Other"))
 */
export function stancePerUnit(
  rows: CodedRow[],
  weights: StanceWeights,
  groupOf: (row: CodedRow) => string = () => "all",
): UnitStance[] {
  const when = (r: CodedRow) => r.date ?? `${r.year}-07-01`;
  const pro = Object.entries(weights).filter(([, w]) => w > 0);
  const against = Object.entries(weights).filter(([, w]) => w < 0);
  return [...rows]
    .sort((a, b) => byCodeUnit(when(a), when(b)) || byCodeUnit(a.id, b.id))
    .map((r) => ({
      id: r.id,
      date: r.date,
      year: r.year,
      country: r.country,
      group: groupOf(r),
      proSerbia: pro.reduce((a, [t, w]) => a + w * (r.codes[t]?.present ?? 0), 0),
      proKosovo: against.reduce((a, [t]) => a + (r.codes[t]?.present ?? 0), 0),
      stance: stanceOf(r.codes, weights),
    }));
}

/** Mean stance of a group in a year (or period), with the number of units and the range. */
export interface StanceCell {
  key: string;
  group: string;
  units: number;
  mean: number;
  min: number;
  max: number;
}

/**
 * Mean stance per year (or per period when `periods` is given) and group; groups sorted, years ascending.
 * Units outside every period are left out of the period cells.
 *
 * @example stanceBy(stancePerUnit(rows, weights, chinaVsOthers)).filter((c) => c.group === "China")
 */
export function stanceBy(stances: UnitStance[], periods?: Period[]): StanceCell[] {
  const keyOf = (s: UnitStance) => (periods ? (periodOf(s.year, periods)?.label ?? null) : String(s.year));
  const order = (k: string) => (periods ? periods.findIndex((p) => p.label === k) : Number(k));
  const acc = new Map<string, UnitStance[]>();
  for (const s of stances) {
    const k = keyOf(s);
    if (k === null) continue;
    const id = JSON.stringify([k, s.group]);
    const list = acc.get(id);
    if (list) list.push(s);
    else acc.set(id, [s]);
  }
  return [...acc.entries()]
    .map(([id, list]) => {
      const [key, group] = JSON.parse(id) as [string, string];
      const v = list.map((s) => s.stance);
      return {
        key,
        group,
        units: list.length,
        mean: v.reduce((a, b) => a + b, 0) / v.length,
        min: Math.min(...v),
        max: Math.max(...v),
      };
    })
    .sort((a, b) => order(a.key) - order(b.key) || byCodeUnit(a.group, b.group));
}
