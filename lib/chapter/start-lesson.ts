/**
 * Chapter 00's and 01's checks: which cards code whole texts, the study's slots of a category, the years whose
 * Security Council slots have a UN symbol but no URL, and the year with the most texts.
 */
import type { Text } from "../core";
import type { CorpusCard } from "../corpus";
import type { Slot } from "../sources";

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
