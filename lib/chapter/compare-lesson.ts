/**
 * Chapter 08's steps and checks: what is compared (the groups' passages per window), the groups' passages and words
 * per window, the key words of one side against another, the group with the most passages, the group with the
 * highest mean stance, and the key words of one side.
 */
import type { Unit } from "../core";
import { type CorpusCard, GROUP_KEYS, GROUP_SHORT_LABELS, groupLabeller, loadUnits } from "../corpus";
import { showTable } from "../display";
import { stripPossessive, tokenize } from "../text";
import type { StanceCell } from "../timeline";
import {
  ENGLISH_STOPWORDS,
  type FrequencyList,
  frequencyList,
  type KeynessRow,
  keyness,
  type UnitSize,
  unitSizes,
} from "../vocabulary";
import { compareView } from "./context";

/** What chapter 08 compares: the card's speakers in each window, by speaker group. */
export interface SpeakerComparison {
  /** The card whose speakers are compared (the card's `analysis.compare.corpus`, or the card itself). */
  card: CorpusCard;
  windows: Array<{ label: string; years: [number, number] }>;
  /** The corpus of China's own speeches, when the card names one. */
  china?: string;
  /** A unit's speaker group by its short name ("EU members"; data/country-groups.csv). */
  groupLabel: (row: { country: string; year: number }) => string;
  /** The groups' short names, in the order of `GROUP_KEYS`. */
  groups: string[];
  /** The units of each window. */
  unitsOf: Unit[][];
  /** Each window's passages and words per group (every group, 0 when it has none). */
  sizes: UnitSize[][];
}

/**
 * What chapter 08 compares, as the card's `analysis.compare` settings say: the units of each window and each group's
 * passages and words in it.
 *
 * @example speakerComparison(loadCard("ungdc-kosovo")).windows.map((w) => w.label) // ["2008–2024"]
 */
export function speakerComparison(card: CorpusCard): SpeakerComparison {
  const view = compareView(card);
  const groupLabel = groupLabeller();
  const groups = GROUP_KEYS.map((k) => GROUP_SHORT_LABELS[k]);
  const unitsOf = view.windows.map((w) => loadUnits(view.card, { years: w.years }));
  const sizes = unitsOf.map((us) => unitSizes(us, groupLabel, groups));
  const out: SpeakerComparison = { card: view.card, windows: view.windows, groupLabel, groups, unitsOf, sizes };
  if (view.china) out.china = view.china;
  return out;
}

/**
 * Shows the passages and words of each group per window: the sizes every later figure rests on.
 *
 * @example showGroupSizes(speakerComparison(loadCard("ungdc-kosovo")))
 */
export function showGroupSizes(c: SpeakerComparison): void {
  showTable(groupSizeRows(c.groups, c.windows, c.sizes), {
    title: `Kosovo passages and words per speaker group, ${c.windows.map((w) => w.label).join(" and ")}`,
    caption: "A passage is a speech's Kosovo passage (anchor sentences ± 1 sentence).",
  });
}

/** One side's passages against another's, and the words key for either. */
export interface SidesKeyness {
  a: Unit[];
  b: Unit[];
  freqA: FrequencyList;
  freqB: FrequencyList;
  /** G² keyness of every word seen at least 5 times, English stop words left out. */
  rows: KeynessRow[];
}

/**
 * The key words of the units of group `a` against those of group `b` (possessive 's stripped, words seen at least
 * 5 times, English stop words left out).
 *
 * @example sidesKeyness(units, groupLabeller(), "Serbia/Yugoslavia", "EU members").rows.length
 */
export function sidesKeyness(units: Unit[], groupOf: (u: Unit) => string, a: string, b: string): SidesKeyness {
  const sideA = units.filter((u) => groupOf(u) === a);
  const sideB = units.filter((u) => groupOf(u) === b);
  const freqA = frequencyList(
    sideA.map((u) => u.body),
    tokenize,
    stripPossessive,
  );
  const freqB = frequencyList(
    sideB.map((u) => u.body),
    tokenize,
    stripPossessive,
  );
  return {
    a: sideA,
    b: sideB,
    freqA,
    freqB,
    rows: keyness(freqA, freqB, { minFreq: 5, stopwords: ENGLISH_STOPWORDS }),
  };
}

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
