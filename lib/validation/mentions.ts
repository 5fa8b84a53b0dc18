/**
 * The dictionary coder's mention counts against the human gold: per theme, the totals, the bias
 * (coder − human, in % of the human total) and Krippendorff's α (interval) between the two counts
 * over units — does the coder count as many sentences as a careful reader, unit by unit?
 */
import type { CodedUnit } from "../core";
import { type Coefficient, krippendorffAlpha, notDefined } from "../reliability";
import type { UnitCode } from "../sheets";
import { unitTheme } from "./compare";

/** The coder's mentions against the gold's, for one theme. */
export interface MentionValidation {
  theme: string;
  units: number;
  /** Sentences the gold marks, over the units. */
  human: number;
  /** Sentences the coder counts, over the units. */
  coder: number;
  /** (coder − human) / human × 100; not defined when the gold marks no sentence. */
  biasPercent: Coefficient;
  /** Krippendorff's α (interval) between the gold's and the coder's count per unit. */
  alpha: Coefficient;
}

/**
 * The coder's mention counts against the gold's per theme, over the gold's units (unit codes with a
 * mention count: a sentence-level gold's, see `unitCodesOfGold`).
 *
 * @example compareMentions(unitCodesOfGold(gold), run.coded, ["dialogue"])[0].biasPercent // e.g. -25
 */
export function compareMentions(gold: UnitCode[], coded: CodedUnit[], themes: string[]): MentionValidation[] {
  const coderCount = new Map<string, number>();
  for (const c of coded)
    for (const [t, code] of Object.entries(c.codes)) coderCount.set(unitTheme(c.unitId, t), code.mentions);
  return themes.map((theme) => {
    const human: number[] = [];
    const coder: number[] = [];
    for (const g of gold) {
      if (g.theme !== theme || g.mentions === null) continue;
      human.push(g.mentions);
      coder.push(coderCount.get(unitTheme(g.id, theme)) ?? 0);
    }
    const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
    const [h, c] = [sum(human), sum(coder)];
    return {
      theme,
      units: human.length,
      human: h,
      coder: c,
      biasPercent: h === 0 ? notDefined("the gold marks no sentence with this theme") : ((c - h) / h) * 100,
      alpha: krippendorffAlpha([human, coder], "interval"),
    };
  });
}
