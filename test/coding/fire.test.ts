import { strict as assert } from "assert";
import { firePattern } from "../../lib/coding/fire";
import { addTerm, matchTokens, newNode } from "../../lib/coding/trie";
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
