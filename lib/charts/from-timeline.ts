/**
 * Chart-data shapers for the timeline stage: year cells for `prevalenceLines`, period cells with Wilson intervals
 * for `periodComparison`, unit stances with who spoke for `stanceTimeline` (data only; the chart builders are in
 * `lib/charts`).
 */
import type { CodedUnit, Unit } from "../core";
import { wilsonInterval } from "../stats";
import type { PrevalenceCell } from "../timeline/prevalence";
import type { UnitStance } from "../timeline/stance";
import { firstEvidence } from "./from-coding";
import type { StancePoint } from "./stance";
import type { SpeakerTrajectory } from "../timeline/speakers";

/**
 * Year cells in the shape of `prevalenceLines` (`lib/charts`): years without units are left out.
 *
 * @example yearShares(prevalenceByYear(rows, ["dialogue"]))
 * // [{ year: 2008, theme: "dialogue", share: 1, units: 1 }, …]
 */
export function yearShares(
  cells: PrevalenceCell[],
): Array<{ year: number; theme: string; share: number; units: number }> {
  return cells
    .filter((c) => c.share !== null)
    .map((c) => ({ year: c.from, theme: c.theme, share: c.share as number, units: c.units }));
}

/**
 * Period cells in the shape of `periodComparison` (`lib/charts`), with Wilson intervals; periods without units are
 * left out.
 *
 * @example periodShares(prevalenceByPeriod(rows, periods, ["unilateral"]))[0]
 * // { period: "2008–2011", theme: "unilateral", share: 0, low: 0, high: 0.56, n: 3 }
 */
export function periodShares(
  cells: PrevalenceCell[],
  level = 0.95,
): Array<{ period: string; theme: string; share: number; low: number; high: number; n: number }> {
  return cells
    .filter((c) => c.units > 0)
    .map((c) => {
      const w = wilsonInterval(c.present, c.units, level) as { low: number; high: number };
      return { period: c.key, theme: c.theme, share: c.share as number, low: w.low, high: w.high, n: c.units };
    });
}

/**
 * Unit stances in the shape of `stanceTimeline` (`lib/charts`), each with who spoke and the first sentence that made
 * one of `themes` count (the themes of the stance score: `Object.keys(stanceWeights(codebook))`), so tooltips name the
 * unit and a brushed span lists the passages. A stance whose unit is not in `units` keeps only its numbers.
 *
 * @example stancePoints(stancePerUnit(rows, weights), units, coded, Object.keys(weights))[0]
 * // { id: "SRB_63_2008", date: null, year: 2008, stance: 1, countryName: "Serbia", speaker: "…", evidence: "…" }
 */
export function stancePoints(
  stances: UnitStance[],
  units: Unit[],
  coded: CodedUnit[],
  themes: string[],
): StancePoint[] {
  const unitOf = new Map(units.map((u) => [u.id, u]));
  const codedOf = new Map(coded.map((c) => [c.unitId, c]));
  return stances.map((s) => {
    const point: StancePoint = { id: s.id, date: s.date, year: s.year, stance: s.stance };
    const u = unitOf.get(s.id);
    if (!u) return point;
    const c = codedOf.get(s.id);
    return { ...point, countryName: u.countryName, speaker: u.speaker, evidence: c ? firstEvidence(c, themes) : "" };
  });
}

/**
 * Speaker trajectories as small-multiple points (`smallMultiples` in `lib/charts`): one panel per theme, one line
 * per speaker, x = the period's first year, y = the speaker's share of units with the theme.
 *
 * @example smallMultiples(trajectoryPanels(speakerTrajectories(rows, periods, themes)), { xYear: true })
 */
export function trajectoryPanels(
  trajectories: SpeakerTrajectory[],
  labelOf: (speaker: string) => string = (s) => s,
): Array<{ group: string; x: number; y: number; series: string }> {
  return trajectories.flatMap((t) =>
    t.cells
      .filter((c) => c.units > 0)
      .map((c) => ({ group: t.theme, x: c.from, y: c.present / c.units, series: labelOf(t.speaker) })),
  );
}
