/**
 * A model with speaker effects: the trend of a theme over the years *within* speakers — a conditional logistic
 * regression of presence on the year, conditioned on the speaker, so that a speaker who joins late with a high
 * share cannot make a trend, only a speaker who changes.
 */
import type { CodedRow } from "../core";
import { type ConditionalLogitFit, conditionalLogit } from "../stats";

/** The within-speaker trend of one theme. */
export interface WithinSpeakerTrend {
  theme: string;
  /** Years per unit of the covariate: the odds ratio is per this many years (default 10: per decade). */
  per: number;
  fit: ConditionalLogitFit;
}

/**
 * Conditional logistic regression of each theme's presence on (year − from)/per, conditioned on the speaker
 * (default: the country), over the rows from `from` to `to`. Speakers whose units all have the theme or all lack it
 * carry no information and drop out (the fit says how many speakers are left).
 *
 * @example withinSpeakerTrends(rows, ["dialogue"], { from: 2008, to: 2024 })[0].fit.coefficients[0].oddsRatio
 */
export function withinSpeakerTrends(
  rows: CodedRow[],
  themes: string[],
  opts: { from?: number; to?: number; per?: number; speakerOf?: (r: CodedRow) => string; level?: number } = {},
): WithinSpeakerTrend[] {
  const per = opts.per ?? 10;
  const speakerOf = opts.speakerOf ?? ((r: CodedRow) => r.country);
  const used = rows.filter((r) => r.year >= (opts.from ?? -Infinity) && r.year <= (opts.to ?? Infinity));
  const from = opts.from ?? Math.min(...used.map((r) => r.year));
  return themes.map((theme) => ({
    theme,
    per,
    fit: conditionalLogit(
      used.map((r) => ({
        stratum: speakerOf(r),
        y: (r.codes[theme]?.present ?? 0) === 1 ? 1 : 0,
        x: [(r.year - from) / per],
      })),
      [`per ${per} years`],
      { level: opts.level ?? 0.95 },
    ),
  }));
}
