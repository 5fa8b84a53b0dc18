/** Explaining how a short text is coded, pattern by pattern, for a reader of the codebook. */
import { splitSentences, tokenize } from "../text";
import { firePattern } from "./fire";
import { matchTokens } from "./trie";
import type { CompiledCodebook } from "./types";

/** One pattern that found its words in a sentence, and whether the sentence counted for it. */
export interface PatternCheck {
  sentence: number;
  /** Theme or vocabulary-list key. */
  key: string;
  kind: "theme" | "vocabulary";
  pattern: string;
  /** The words found, as they stand in the text. */
  match: string;
  counted: boolean;
  /** Why it counted or not, in words. */
  why: string;
}

/**
 * Explains how a short text is coded: every pattern whose words were found in a sentence, and
 * whether it counted or was vetoed (by its `unless` or the theme's `veto`). Every sentence is taken
 * as about Kosovo (unit mode): this is for reading the codebook, e.g. on a sentence typed in a notebook.
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
        if (!at) continue;
        const unless = p.unless.find((u) => firePattern(u, hits) !== null);
        const found =
          p.kind === "near"
            ? `near: both sides within ${p.within} words${p.ordered ? ", in order" : ""}`
            : "phrase found";
        const why = unless
          ? `vetoed: its unless pattern "${unless.source}" is in the sentence`
          : veto
            ? `vetoed: the ${o.key} veto "${veto.source}" is in the sentence`
            : found;
        out.push({
          sentence: s.index,
          key: o.key,
          kind: o.isTheme ? "theme" : "vocabulary",
          pattern: p.source,
          match: s.text.slice(tokens[at.from].start, tokens[at.to].end),
          counted: !unless && !veto,
          why,
        });
      }
    }
  }
  return out;
}
