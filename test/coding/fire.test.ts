import { strict as assert } from "assert";
import seedrandom from "seedrandom";
import { firePattern, PAIR_SEARCH_LIMIT } from "../../lib/coding/fire";
import { addTerm, matchTokens, newNode, type TermMatch } from "../../lib/coding/trie";
import type { CompiledPattern } from "../../lib/coding/types";
import { tokenize } from "../../lib/text";

// All sample sentences below are invented for these tests.
const token = (norm: string, prefix = false) => ({ norm, prefix });
const trie = newNode();
addTerm(trie, [token("territorial"), token("integrity")], 0); // term 0
addTerm(trie, [token("negotiat", true)], 1); // term 1
addTerm(trie, [token("serbia")], 2); // term 2
// tokens: 0 Serbia’s, 1 territorial, 2 integrity, 3 and, 4 negotiations
const hits = matchTokens(trie, tokenize("Serbia’s territorial integrity and negotiations"));

describe("coding: firing a pattern", () => {
  const alt = (terms: number[]) => ({ source: "", terms });
  const pattern = (p: Partial<CompiledPattern>): CompiledPattern => ({
    kind: "phrase",
    source: "",
    first: alt([]),
    second: null,
    within: 0,
    ordered: false,
    unless: [],
    ...p,
  });

  it("a phrase fires where one of its terms was found", () => {
    assert.deepEqual(firePattern(pattern({ first: alt([0]) }), hits), { from: 1, to: 2 });
    assert.equal(firePattern(pattern({ first: alt([3]) }), hits), null);
  });

  it("a near pattern fires where both sides are at most `within` words apart, in order when asked", () => {
    const near = (within: number, ordered: boolean) =>
      pattern({ kind: "near", first: alt([0]), second: alt([2]), within, ordered });
    // "Serbia’s" (token 0) right before "territorial integrity" (tokens 1–2): 0 words between
    assert.deepEqual(firePattern(near(0, false), hits), { from: 0, to: 2 });
    assert.equal(firePattern(near(0, true), hits), null); // territorial integrity must come first
    const far = pattern({ kind: "near", first: alt([2]), second: alt([1]), within: 2, ordered: true });
    assert.equal(firePattern(far, hits), null); // 3 words between Serbia's and negotiations
  });

  it("an unless pattern found in the sentence vetoes the hit, unless told not to apply it", () => {
    const vetoed = pattern({ first: alt([0]), unless: [pattern({ first: alt([1]) })] });
    assert.equal(firePattern(vetoed, hits), null);
    assert.deepEqual(firePattern(vetoed, hits, false), { from: 1, to: 2 });
  });
});

describe("coding: a near pattern over many hits (the windowed pair search)", () => {
  /** The pairwise definition, written out: every first-side hit with every second-side hit. */
  const reference = (first: TermMatch[], second: TermMatch[], within: number, ordered: boolean) => {
    let best: { from: number; to: number } | null = null;
    for (const a of first)
      for (const b of second) {
        const gap = b.from > a.to ? b.from - a.to - 1 : !ordered && a.from > b.to ? a.from - b.to - 1 : -1;
        if (gap < 0 || gap > within) continue;
        const r = { from: Math.min(a.from, b.from), to: Math.max(a.to, b.to) };
        if (!best || r.from < best.from || (r.from === best.from && r.to < best.to)) best = r;
      }
    return best;
  };
  const near = (within: number, ordered: boolean): CompiledPattern => ({
    kind: "near",
    source: "",
    first: { source: "", terms: [0, 1] },
    second: { source: "", terms: [2, 3] },
    within,
    ordered,
    unless: [],
  });

  it("finds the same range as comparing every pair, on 200 seeded random sentences with up to 400 hits a side", () => {
    const rng = seedrandom("windowed");
    let windowed = 0;
    for (let n = 0; n < 200; n++) {
      const tokens = 50 + Math.floor(rng() * 2000);
      const hitsOf = (term: number, count: number): TermMatch[] =>
        Array.from({ length: count }, () => {
          const from = Math.floor(rng() * tokens);
          return { term, from, to: Math.min(tokens - 1, from + Math.floor(rng() * 3)) };
        }).sort((x, y) => x.from - y.from || x.to - y.to);
      const hits = new Map<number, TermMatch[]>();
      for (const term of [0, 1, 2, 3]) hits.set(term, hitsOf(term, Math.floor(rng() * 200)));
      const within = Math.floor(rng() * 8);
      const ordered = rng() < 0.5;
      const first = [...hits.get(0)!, ...hits.get(1)!];
      const second = [...hits.get(2)!, ...hits.get(3)!];
      if (first.length * second.length > PAIR_SEARCH_LIMIT) windowed++;
      assert.deepEqual(
        firePattern(near(within, ordered), hits),
        reference(first, second, within, ordered),
        `case ${n}`,
      );
    }
    assert.ok(windowed > 150, `only ${windowed} cases used the windowed search`);
  });
});
