/**
 * Who is speaking in each period: the mix of speakers (or speaker groups) per period, and the trajectories of the
 * speakers who speak in every period — the only ones whose own change can be followed from start to end.
 */
import { byCodeUnit, type CodedRow, type Period } from "../core";
import { rowsIn } from "./periods";

/** Units of one speaker (or group) in one period. */
export interface SpeakerMixCell {
  period: string;
  key: string;
  units: number;
  /** The key's share of the period's units. */
  share: number;
}

/**
 * The mix of speakers per period: units per key (speaker group or speaker) and their share of the period, keys in
 * code-unit order, every key in every period (0 where absent).
 *
 * @example speakerMix(rows, periods, groupKeyOf())[0] // { period: "2008–2011", key: "albania", units: 4, … }
 */
export function speakerMix(rows: CodedRow[], periods: Period[], keyOf: (r: CodedRow) => string): SpeakerMixCell[] {
  const keys = [...new Set(periods.flatMap((p) => rowsIn(rows, p).map(keyOf)))].sort(byCodeUnit);
  return periods.flatMap((p) => {
    const inP = rowsIn(rows, p);
    return keys.map((key) => {
      const units = inP.filter((r) => keyOf(r) === key).length;
      return { period: p.label, key, units, share: inP.length ? units / inP.length : 0 };
    });
  });
}

/** A speaker's share of units with a theme, period by period. */
export interface SpeakerTrajectory {
  speaker: string;
  theme: string;
  cells: Array<{ period: string; from: number; present: number; units: number }>;
}

/**
 * The trajectories of the speakers with units in every period, one per speaker and theme (speakers in code-unit
 * order, themes as given).
 *
 * @example speakerTrajectories(rows, periods, ["dialogue"], (r) => r.country).map((t) => t.speaker)
 * // ["ALB", "GRC", "HRV", "SRB", "TUR"]
 */
export function speakerTrajectories(
  rows: CodedRow[],
  periods: Period[],
  themes: string[],
  speakerOf: (r: CodedRow) => string = (r) => r.country,
): SpeakerTrajectory[] {
  const byPeriod = periods.map((p) => rowsIn(rows, p));
  const everywhere = [...new Set(byPeriod[0]?.map(speakerOf) ?? [])]
    .filter((s) => byPeriod.every((rs) => rs.some((r) => speakerOf(r) === s)))
    .sort(byCodeUnit);
  return everywhere.flatMap((speaker) =>
    themes.map((theme) => ({
      speaker,
      theme,
      cells: periods.map((p, i) => {
        const own = byPeriod[i].filter((r) => speakerOf(r) === speaker);
        const present = own.filter((r) => (r.codes[theme]?.present ?? 0) === 1).length;
        return { period: p.label, from: p.from, present, units: own.length };
      }),
    })),
  );
}
