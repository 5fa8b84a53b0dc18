/**
 * Chapter 00's step and chapters 00's and 01's checks: the study's slots by the route that filled them (and what to
 * do while none is filled), which cards code whole texts, the study's slots of a category, the years whose Security
 * Council slots have a UN symbol but no URL, and the year with the most texts.
 */
import type { Text } from "../core";
import { type CorpusCard, shownPath } from "../corpus";
import { showNote, showTable } from "../display";
import type { Slot } from "../sources";
import type { Coverage } from "../sources/datasets";

/**
 * The caption of the coverage table: how many slots are missing, and how many texts fill no slot.
 *
 * @example coverageCaption({ missing: [s1, s2], withoutSlot: [t] }, 82)
 * // "2 of 82 slots missing; 1 texts fill no slot (candidate slots)."
 */
export function coverageCaption(filled: Pick<Coverage, "missing" | "withoutSlot">, slots: number): string {
  const unslotted = filled.withoutSlot.length;
  return (
    `${filled.missing.length} of ${slots} slots missing` +
    (unslotted ? `; ${unslotted} texts fill no slot (candidate slots)` : "") +
    "."
  );
}

/**
 * What to do when the study corpus is empty (every slot missing): the three routes in order; null when any slot is
 * filled.
 *
 * @example emptyStudyNote({ missing: slots }, slots.length, "texts/china-kosovo") // "The study corpus is empty: …"
 */
export function emptyStudyNote(filled: Pick<Coverage, "missing">, slots: number, shownDir: string): string | null {
  if (filled.missing.length !== slots) return null;
  return (
    `The study corpus is empty: ${shownDir} has no texts yet. Import what your downloads hold ` +
    "(`npm run import -- --dataset <name> --from <download>`), then `npm run fetch -- --corpus china-kosovo` " +
    "on a machine with internet access, then `npm run add-text` for the rest. " +
    "The chapters on the General Debate corpora work without it."
  );
}

/**
 * Shows the study's slots by the route that filled them, and, while the study corpus is empty, what to do.
 *
 * @example showStudyCoverage(coverage(slots, textsDir, card.categories), slots.length, textsDir)
 */
export function showStudyCoverage(filled: Coverage, slots: number, textsDir: string): void {
  const shownDir = shownPath(textsDir); // relative to the project root
  showTable(
    filled.rows.map((r) => ({ "filled by": r.origin, ...r.counts, slots: r.total })),
    { title: `The study's slots by the route that filled them (${shownDir})`, caption: coverageCaption(filled, slots) },
  );
  const note = emptyStudyNote(filled, slots, shownDir);
  if (note) showNote(note);
}

/**
 * The names of the cards whose unit is `unit` ("whole" or "kosovo-passage"), sorted.
 *
 * @example cardsWithUnit(listCards().map((n) => loadCard(n)), "whole") // ["china-kosovo", "china-ungdc", …]
 */
export function cardsWithUnit(cards: CorpusCard[], unit: string): string[] {
  return cards
    .filter((c) => c.unit === unit)
    .map((c) => c.name)
    .sort();
}

/**
 * How many slots of the study's list have a category.
 *
 * @example slotCount(loadSlots(slotsPath("china-kosovo")), "unsc") // 56
 */
export function slotCount(slots: Slot[], category: string): number {
  return slots.filter((s) => s.category === category).length;
}

/**
 * The years with a Security Council slot that has a UN symbol but no URL at all (official or alternative): for
 * those the UN's verbatim record is the only source.
 *
 * @example symbolOnlyYears(loadSlots(slotsPath("china-kosovo"))) // ["2009", "2010", …]
 */
export function symbolOnlyYears(slots: Slot[]): string[] {
  const only = slots.filter((s) => s.category === "unsc" && s.docRef !== "" && s.url === "" && s.altUrl === "");
  return [...new Set(only.map((s) => s.date.slice(0, 4)))].sort();
}

/**
 * The year with the most texts (the earliest on a tie), with its count; null for no texts.
 *
 * @example busiestTextYear(loadCorpus("ungdc-kosovo").texts) // { year: 2008, texts: 12 }
 */
export function busiestTextYear(texts: Text[]): { year: number; texts: number } | null {
  const n = new Map<number, number>();
  for (const t of texts) n.set(t.year, (n.get(t.year) ?? 0) + 1);
  let best: { year: number; texts: number } | null = null;
  for (const [year, k] of [...n].sort((a, b) => a[0] - b[0])) if (!best || k > best.texts) best = { year, texts: k };
  return best;
}
