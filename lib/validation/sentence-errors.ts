/**
 * What a reader needs to judge the coder's sentence-level errors: each sentence it missed or counted
 * wrongly, with its text and the pattern that fired; and the sentences the follow-up rule carried a
 * theme into, with the gold's verdict on each.
 */
import { byCodeUnit, type CodedUnit } from "../core";
import type { GoldRow } from "../sheets";
import type { ThemeValidation } from "./compare";

/** A sentence the coder missed, or counted against the gold. */
export interface SentenceErrorToRead {
  id: string;
  sentence: number;
  theme: string;
  kind: "miss" | "false alarm";
  text: string;
  /** For a false alarm the pattern(s) that fired; "" for a miss. */
  patterns: string;
}

/** Evidence patterns by `<id>#<sentence>` and theme (sentences numbered from 1). */
function patternsBySentence(coded: CodedUnit[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const c of coded)
    for (const e of c.evidence) {
      const k = `${c.unitId}#${e.sentence + 1}\u0000${e.theme}`;
      out.set(k, [...new Set([...(out.get(k) ?? []), e.pattern])]);
    }
  return out;
}

/**
 * The sentence-level misses and false alarms of a comparison (`compareSentences`), with each
 * sentence's text, at most `perTheme` of each kind per theme, sorted by theme, kind, unit, sentence.
 *
 * @param texts sentence text by `<id>#<sentence>` (e.g. `sentenceView(sheet).info[key].text`)
 * @example sentenceErrorsToRead(compareSentences(gold, run.coded, themes), run.coded, texts, 3)
 */
export function sentenceErrorsToRead(
  rows: ThemeValidation[],
  coded: CodedUnit[],
  texts: Record<string, string>,
  perTheme = Number.POSITIVE_INFINITY,
): SentenceErrorToRead[] {
  const fired = patternsBySentence(coded);
  const out: SentenceErrorToRead[] = [];
  const split = (key: string) => ({ id: key.slice(0, key.lastIndexOf("#")), sentence: Number(key.split("#").pop()) });
  const order = (keys: string[]) => keys.map(split).sort((a, b) => byCodeUnit(a.id, b.id) || a.sentence - b.sentence);
  for (const r of rows) {
    if (r.theme === "overall") continue;
    for (const [kind, keys] of [
      ["miss", r.misses],
      ["false alarm", r.falseAlarms],
    ] as const)
      for (const s of order(keys).slice(0, perTheme)) {
        const key = `${s.id}#${s.sentence}`;
        const patterns = kind === "miss" ? "" : (fired.get(`${key}\u0000${r.theme}`) ?? []).join("; ");
        out.push({ ...s, theme: r.theme, kind, text: (texts[key] ?? "").replace(/\s+/g, " ").trim(), patterns });
      }
  }
  return out;
}

/** A sentence the follow-up rule carried a theme into, and what the gold says of it. */
export interface CarriedSentence {
  id: string;
  sentence: number;
  theme: string;
  /** The back-reference found, e.g. "this". */
  backReference: string;
  /** The sentence the theme was carried from, numbered from 1 as in the sheets. */
  from: number;
  /** The evidence's pattern, e.g. "follow-up: carried from sentence 11" (numbered as the evidence: from 0). */
  pattern: string;
  /** The gold's code of the sentence for the theme (null when the gold has none). */
  gold: 0 | 1 | null;
}

/**
 * The sentences the follow-up rule carried a theme into (sentences numbered from 1), with the gold's
 * code for each, by unit and sentence.
 *
 * @example carriedSentences(goldOfHalf(gold, sample, "tune"), run.coded).filter((c) => c.gold === 1).length
 */
export function carriedSentences(gold: GoldRow[], coded: CodedUnit[]): CarriedSentence[] {
  const g = new Map(gold.map((r) => [`${r.id}#${r.sentence}\u0000${r.theme}`, r.value]));
  const out: CarriedSentence[] = [];
  for (const c of coded)
    for (const e of c.evidence) {
      if (!e.pattern.startsWith("follow-up")) continue;
      const sentence = e.sentence + 1;
      const code = g.get(`${c.unitId}#${sentence}\u0000${e.theme}`);
      out.push({
        id: c.unitId,
        sentence,
        theme: e.theme,
        backReference: e.match.replace(/\s+/g, " "),
        from: Number(/(\d+)$/.exec(e.pattern)?.[1] ?? "-1") + 1,
        pattern: e.pattern,
        gold: code === undefined ? null : code,
      });
    }
  return out.sort((a, b) => byCodeUnit(a.id, b.id) || a.sentence - b.sentence || byCodeUnit(a.theme, b.theme));
}
