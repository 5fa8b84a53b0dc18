/**
 * Krippendorff's alpha and Gwet's AC1 per theme with seeded bootstrap intervals, resampling the
 * units every coder coded for the theme.
 */
import { gwetAC1 } from "./ac1";
import { krippendorffAlpha } from "./alpha";
import { type BootstrapInterval, type BootstrapOptions, bootstrapCI } from "./bootstrap";
import { type Coefficient, type NotDefined, notDefined } from "./coefficient";
import { codersOf } from "./data";
import { type CoderCodes, sharedUnitIds } from "./table";

/** Alpha and AC1 of one theme, each with its bootstrap interval (or the reason there is none). */
export interface ThemeIntervals {
  theme: string;
  /** Units every coder coded for the theme (the units resampled). */
  units: number;
  krippAlpha: Coefficient;
  alphaInterval: BootstrapInterval | NotDefined;
  gwetAC1: Coefficient;
  ac1Interval: BootstrapInterval | NotDefined;
}

/**
 * Seeded bootstrap percentile intervals of Krippendorff's alpha (nominal) and Gwet's AC1 (categories
 * 0 and 1) per theme, resampling the units every coder coded for it. Each interval draws its own
 * samples from `options.seed`, so the same seed gives the same intervals.
 *
 * @example themeIntervals([a, b], ["dialogue"], { reps: 1000, seed: 2024 })[0].alphaInterval
 */
export function themeIntervals(
  coders: CoderCodes[],
  themes: string[],
  options: BootstrapOptions = {},
): ThemeIntervals[] {
  const ids = sharedUnitIds(coders);
  const alpha = (us: (number | null)[][]) => krippendorffAlpha(codersOf(us));
  const ac1 = (us: (number | null)[][]) => gwetAC1(codersOf(us), [0, 1]);
  return themes.map((theme) => {
    const units = ids.map((id) => coders.map((c) => c[id][theme] ?? null)).filter((u) => u.every((v) => v !== null));
    return {
      theme,
      units: units.length,
      krippAlpha: units.length ? alpha(units) : notDefined("no units"),
      alphaInterval: bootstrapCI(alpha, units, options),
      gwetAC1: units.length ? ac1(units) : notDefined("no units"),
      ac1Interval: bootstrapCI(ac1, units, options),
    };
  });
}
