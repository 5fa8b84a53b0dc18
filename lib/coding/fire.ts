/**
 * Whether a compiled pattern fires in a sentence, given the terms found in it.
 *
 * A near pattern fires at the earliest (then shortest) pair of a first-side and a second-side hit at
 * most `within` words apart. Short sentences compare every pair; when a sentence holds many hits (a
 * long text without sentence punctuation is one sentence) each first-side hit is compared only with
 * the second-side hits inside its window, found by binary search: time stays linear in the hits, and
 * the range found is the same (it is the minimum over the same set of pairs).
 */
import type { TermMatch } from "./trie";
import type { CompiledAlternatives, CompiledPattern } from "./types";

/** Where a pattern fires in a sentence: tokens [from, to], inclusive. */
export interface TokenRange {
  from: number;
  to: number;
}

/** Pairs compared one by one below this many (first hits × second hits); above it, the windowed search. */
export const PAIR_SEARCH_LIMIT = 256;

/** The range of a pair of hits when they are at most `within` words apart (in order when `ordered`), else null. */
function pairRange(a: TermMatch, b: TermMatch, within: number, ordered: boolean): TokenRange | null {
  let gap: number;
  if (b.from > a.to) gap = b.from - a.to - 1;
  else if (!ordered && a.from > b.to) gap = a.from - b.to - 1;
  else return null;
  if (gap > within) return null;
  return { from: Math.min(a.from, b.from), to: Math.max(a.to, b.to) };
}

/** The earlier of two ranges: the one that starts first, then the shorter. */
function earlier(best: TokenRange | null, r: TokenRange): TokenRange {
  return !best || r.from < best.from || (r.from === best.from && r.to < best.to) ? r : best;
}

/** The first index of `sorted` whose `key` is at least `value` (binary search). */
function lowerBound(sorted: TermMatch[], key: "from" | "to", value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid][key] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The best pair of a near pattern, each first-side hit compared with the second-side hits of its window only. */
function windowedPair(first: TermMatch[], second: TermMatch[], within: number, ordered: boolean): TokenRange | null {
  const byFrom = [...second].sort((x, y) => x.from - y.from);
  const byTo = ordered ? byFrom : [...second].sort((x, y) => x.to - y.to);
  let best: TokenRange | null = null;
  for (const a of first) {
    // second-side hits after a: they start in [a.to + 1, a.to + 1 + within]
    for (let i = lowerBound(byFrom, "from", a.to + 1); i < byFrom.length && byFrom[i].from <= a.to + 1 + within; i++) {
      const r = pairRange(a, byFrom[i], within, ordered);
      if (r) best = earlier(best, r);
    }
    if (ordered) continue;
    // second-side hits before a: they end in [a.from - 1 - within, a.from - 1]
    for (let i = lowerBound(byTo, "to", a.from - 1 - within); i < byTo.length && byTo[i].to < a.from; i++) {
      const r = pairRange(a, byTo[i], within, ordered);
      if (r) best = earlier(best, r);
    }
  }
  return best;
}

/** Every hit of the alternatives' terms. */
function hitsOf(alternatives: CompiledAlternatives, hits: Map<number, TermMatch[]>): TermMatch[] {
  const out: TermMatch[] = [];
  for (const t of alternatives.terms) {
    const list = hits.get(t);
    if (list) for (const h of list) out.push(h);
  }
  return out;
}

/**
 * The first place a pattern fires in a sentence (tokens [from, to]), or null: a phrase where any of
 * its terms was found (the earliest, longest), a near pattern where a term of each side is at most
 * `within` words apart (in order when `ordered`). Its `unless` patterns veto it unless
 * `applyUnless` is false.
 *
 * @example firePattern(compiled.owners[0].patterns[0], matchTokens(compiled.trie, tokenize("…")))
 * // { from: 3, to: 7 } or null
 */
export function firePattern(p: CompiledPattern, hits: Map<number, TermMatch[]>, applyUnless = true): TokenRange | null {
  let best: TokenRange | null = null;
  if (p.kind === "phrase") {
    for (const t of p.first.terms)
      for (const h of hits.get(t) ?? [])
        if (!best || h.from < best.from || (h.from === best.from && h.to > best.to)) best = { from: h.from, to: h.to };
  } else {
    const second = hitsOf(p.second as CompiledAlternatives, hits);
    if (second.length === 0) return null;
    const first = hitsOf(p.first, hits);
    if (first.length * second.length <= PAIR_SEARCH_LIMIT) {
      for (const a of first)
        for (const b of second) {
          const r = pairRange(a, b, p.within, p.ordered);
          if (r) best = earlier(best, r);
        }
    } else best = windowedPair(first, second, p.within, p.ordered);
  }
  if (best && applyUnless && p.unless.some((u) => firePattern(u, hits) !== null)) return null;
  return best;
}
