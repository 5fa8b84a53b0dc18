/**
 * Tables of the Security Council comparison (chapter 08, section 5): the meetings where China spoke with
 * the groups heard at each, the speeches, meetings and words of each group, and each group's stance.
 */
import { byCodeUnit } from "../core";
import type { Text } from "../core";
import { meetingOf } from "../corpus/datasets/council-groups";
import type { StanceCell } from "../timeline/stance";

/** One Council meeting: its symbol, date, speeches, and who was heard. */
export interface CouncilMeetingRow {
  meeting: string;
  date: string;
  speeches: number;
  /** The groups heard, in `groups` order, the last ("Others") as a count: "China, Russia, Serbia, 3 others". */
  heard: string;
}

/** One group of Council speakers: its speeches, the meetings it spoke at, its words. */
export interface CouncilGroupRow {
  group: string;
  speeches: number;
  meetings: number;
  words: number;
}

/**
 * One row per meeting, by date then symbol; `groups` is the table order, its last entry the catch-all group
 * (shown as a count of speeches).
 *
 * @example councilMeetingRows(texts, COUNCIL_GROUPS, (t) => councilGroup(t.country))[0]
 *   // { meeting: "S/PV.5839", date: "2008-02-18", speeches: 5, heard: "China, Russia, United States, Serbia, Kosovo" }
 */
export function councilMeetingRows<T extends Text>(
  texts: T[],
  groups: readonly string[],
  groupOf: (t: T) => string,
): CouncilMeetingRow[] {
  const byMeeting = new Map<string, T[]>();
  for (const t of texts) {
    const m = meetingOf(t) || t.venue;
    byMeeting.set(m, [...(byMeeting.get(m) ?? []), t]);
  }
  const rest = groups[groups.length - 1];
  const rows = [...byMeeting.entries()].map(([meeting, ts]) => {
    const of = (g: string) => ts.filter((t) => groupOf(t) === g).length;
    const named = groups.slice(0, -1).filter((g) => of(g) > 0);
    const others = of(rest) + ts.filter((t) => !groups.includes(groupOf(t))).length;
    const heard = [...named, ...(others > 0 ? [`${others} ${others === 1 ? "other" : "others"}`] : [])];
    const date = ts.map((t) => t.date ?? "").sort(byCodeUnit)[0];
    return { meeting, date, speeches: ts.length, heard: heard.join(", ") };
  });
  return rows.sort((a, b) => byCodeUnit(a.date, b.date) || byCodeUnit(a.meeting, b.meeting));
}

/**
 * One row per group, in `groups` order (groups with no speech included, as zeros).
 *
 * @example councilGroupRows(texts, COUNCIL_GROUPS, (t) => councilGroup(t.country))[0]
 *   // { group: "China", speeches: 7, meetings: 6, words: 812 }
 */
export function councilGroupRows<T extends Text>(
  texts: T[],
  groups: readonly string[],
  groupOf: (t: T) => string,
): CouncilGroupRow[] {
  return groups.map((group) => {
    const mine = texts.filter((t) => groupOf(t) === group);
    return {
      group,
      speeches: mine.length,
      meetings: new Set(mine.map((t) => meetingOf(t) || t.venue)).size,
      words: mine.reduce((s, t) => s + t.words, 0),
    };
  });
}

/**
 * Stance cells as rows, in `groups` order (a group with no speech has no row).
 *
 * @example councilStanceRows(stanceBy(stancePerUnit(rows, weights, groupOf), [window]), COUNCIL_GROUPS)[0]
 *   // { group: "China", speeches: 8, "mean stance": 0.21, min: 0, max: 0.67 }
 */
export function councilStanceRows(
  cells: StanceCell[],
  groups: readonly string[],
): Array<Record<string, string | number>> {
  return groups.flatMap((g) =>
    cells
      .filter((c) => c.group === g)
      .map((c) => ({ group: g, speeches: c.units, "mean stance": c.mean, min: c.min, max: c.max })),
  );
}
