/** Explaining how a short text is coded, pattern by pattern, for a reader of the codebook. */
import { splitSentences, tokenize } from "../text";
import { firePattern } from "./fire";
import { matchTokens, type TermMatch } from "./trie";
import type { CompiledAlternatives, CompiledCodebook, CompiledPattern } from "./types";

/** One pattern that found its words in a sentence, and whether the sentence counted for it. */
export interface PatternCheck {
  sentence: number;
  /** Theme or vocabulary-list key. */
  key: string;
  kind: "theme" | "vocabulary";
  pattern: string;
  /** The words found, as they stand in the text. */
  match: string;
  /** The sentence, and where the words found are in it ([start, end) offsets into `text`). */
  text: string;
  start: number;
  end: number;
  counted: boolean;
  /** Why it counted or not, in words. */
  why: string;
  /** For a near pattern whose words are there but too far apart: the words between the closest pair. */
  gap?: number;
}

/**
 * Explains how a short text is coded: every pattern whose words were found in a sentence, and
 * whether it counted or was vetoed (by its `unless` or the theme's `veto`). A `near` pattern whose two
 * sides are both in the sentence but too far apart (or in the wrong order) is listed too, not counted,
 * with the distance: "both words, 8 apart, more than within: 6". Every sentence is taken as about
 * Kosovo (unit mode): this is for reading the codebook, e.g. on a sentence typed in a notebook.
 *
 * @example explainText(compiled, "We respect Serbia's sovereignty.")[0].why // "near: both sides within 6 words"
 */
export function explainText(compiled: CompiledCodebook, text: string): PatternCheck[] {
  const out: PatternCheck[] = [];
  for (const s of splitSentences(text)) {
    const tokens = tokenize(s.text);
    const hits = matchTokens(compiled.trie, tokens);
    for (const o of compiled.owners) {
      const veto = o.veto.find((v) => firePattern(v, hits) !== null);
      for (const p of o.patterns) {
        const at = firePattern(p, hits, false);
        if (!at) {
          const apart = nearMiss(p, hits);
          if (apart)
            out.push({
              ...apart,
              sentence: s.index,
              key: o.key,
              kind: kindOf(o.isTheme),
              pattern: p.source,
              ...found(s.text, tokens[apart.from].start, tokens[apart.to].end),
            });
          continue;
        }
        const unless = p.unless.find((u) => firePattern(u, hits) !== null);
        const fired =
          p.kind === "near"
            ? `near: both sides within ${p.within} words${p.ordered ? ", in order" : ""}`
            : "phrase found";
        const why = unless
          ? `vetoed: its unless pattern "${unless.source}" is in the sentence`
          : veto
            ? `vetoed: the ${o.key} veto "${veto.source}" is in the sentence`
            : fired;
        out.push({
          sentence: s.index,
          key: o.key,
          kind: kindOf(o.isTheme),
          pattern: p.source,
          ...found(s.text, tokens[at.from].start, tokens[at.to].end),
          counted: !unless && !veto,
          why,
        });
      }
    }
  }
  return out;
}

/** The words found in a sentence, the sentence, and their offsets in it. */
function found(text: string, start: number, end: number): Pick<PatternCheck, "match" | "text" | "start" | "end"> {
  return { match: text.slice(start, end), text, start, end };
}

function kindOf(isTheme: boolean): PatternCheck["kind"] {
  return isTheme ? "theme" : "vocabulary";
}

/** The hits of one side of a near pattern. */
function sideHits(side: CompiledAlternatives, hits: Map<number, TermMatch[]>): TermMatch[] {
  return side.terms.flatMap((t) => hits.get(t) ?? []);
}

/**
 * A near pattern that did not fire although both its sides are in the sentence: the closest pair (tokens
 * [from, to]) and why it does not count — too far apart, or (`ordered`) only in the other order.
 */
function nearMiss(
  p: CompiledPattern,
  hits: Map<number, TermMatch[]>,
): { from: number; to: number; counted: false; why: string; gap?: number } | null {
  if (p.kind !== "near" || !p.second) return null;
  const a = sideHits(p.first, hits);
  const b = sideHits(p.second, hits);
  let best: { from: number; to: number; gap: number } | null = null;
  let reversed: { from: number; to: number } | null = null;
  for (const x of a)
    for (const y of b) {
      const inOrder = y.from > x.to;
      if (!inOrder && !(x.from > y.to)) continue; // overlapping: not a pair of words
      if (p.ordered && !inOrder) {
        reversed ??= { from: y.from, to: x.to };
        continue;
      }
      const gap = inOrder ? y.from - x.to - 1 : x.from - y.to - 1;
      const span = { from: Math.min(x.from, y.from), to: Math.max(x.to, y.to), gap };
      if (!best || gap < best.gap) best = span;
    }
  if (best)
    return {
      from: best.from,
      to: best.to,
      counted: false,
      why: `not counted: both words, ${best.gap} apart, more than within: ${p.within}`,
      gap: best.gap,
    };
  if (reversed)
    return { ...reversed, counted: false, why: "not counted: both words, but in the other order (ordered: true)" };
  return null;
}
