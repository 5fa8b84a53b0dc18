/**
 * The dictionary coder against a sentence-level gold standard: for each theme, which of the gold's
 * sentences the coder counts (a sentence counts when the coder's evidence has it for the theme), then
 * precision, recall, F1 and κ over sentences — and, per unit, the presence and mention counts that
 * follow from the same sentences.
 */
import type { CodedUnit } from "../core";
import type { GoldRow } from "../sheets";
import { compareToGold, type PresenceRow, type ThemeValidation, unitTheme } from "./compare";

/**
 * The sentences (1-based, as in the sheets) the coder counts for each unit × theme, from its evidence.
 *
 * @example coderSentences(coded).get(unitTheme("u1", "dialogue")) // Set { 2, 5 }
 */
export function coderSentences(coded: CodedUnit[]): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const c of coded)
    for (const e of c.evidence) {
      const k = unitTheme(e.unitId, e.theme);
      const set = out.get(k) ?? new Set<number>();
      set.add(e.sentence + 1);
      out.set(k, set);
    }
  return out;
}

/**
 * The coder against a sentence-level gold, theme by theme (and pooled): tp/fp/fn/tn over the gold's
 * sentences, precision, recall, F1 and κ; misses and false alarms as `<unit id>#<sentence>`.
 *
 * @param gold sentence-level gold rows (with `sentence`); rows without one are ignored
 * @example compareSentences(parseGold(text, "gold.csv"), run.coded, ["dialogue"])[0].f1
 */
export function compareSentences(gold: GoldRow[], coded: CodedUnit[], themes: string[]): ThemeValidation[] {
  const counted = coderSentences(coded);
  const ref: PresenceRow[] = [];
  const coder: PresenceRow[] = [];
  for (const g of gold) {
    if (g.sentence === undefined) continue;
    const id = `${g.id}#${g.sentence}`;
    ref.push({ id, theme: g.theme, value: g.value });
    const hit = counted.get(unitTheme(g.id, g.theme))?.has(g.sentence) ?? false;
    coder.push({ id, theme: g.theme, value: hit ? 1 : 0 });
  }
  return compareToGold(ref, coder, themes, { gold: "sentence-level gold", coder: "the dictionary coder" });
}
