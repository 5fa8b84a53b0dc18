/** Whether a compiled pattern fires in a sentence, given the terms found in it. */
import type { TermMatch } from "./trie";
import type { CompiledAlternatives, CompiledPattern } from "./types";

/** Where a pattern fires in a sentence: tokens [from, to], inclusive. */
export interface TokenRange {
  from: number;
  to: number;
}

/**
 * The first place a pattern fires in a sentence (tokens [from, to]), or null: a phrase where any of
 * its terms was found (the earliest, longest), a near pattern where a term of each side is at most
 * `within` words apart (in order when `ordered`). Its `unless` patterns veto it unless
 * `applyUnless` is false.
 */
export function firePattern(p: CompiledPattern, hits: Map<number, TermMatch[]>, applyUnless = true): TokenRange | null {
  let best: TokenRange | null = null;
  if (p.kind === "phrase") {
    for (const t of p.first.terms)
      for (const h of hits.get(t) ?? [])
        if (!best || h.from < best.from || (h.from === best.from && h.to > best.to)) best = { from: h.from, to: h.to };
  } else {
    const second = (p.second as CompiledAlternatives).terms.flatMap((t) => hits.get(t) ?? []);
    if (second.length === 0) return null;
    for (const t of p.first.terms)
      for (const a of hits.get(t) ?? [])
        for (const b of second) {
          let gap: number;
          if (b.from > a.to) gap = b.from - a.to - 1;
          else if (!p.ordered && a.from > b.to) gap = a.from - b.to - 1;
          else continue;
          if (gap > p.within) continue;
          const from = Math.min(a.from, b.from);
          const to = Math.max(a.to, b.to);
          if (!best || from < best.from || (from === best.from && to < best.to)) best = { from, to };
        }
  }
  if (best && applyUnless && p.unless.some((u) => firePattern(u, hits) !== null)) return null;
  return best;
}
