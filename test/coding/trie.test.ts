import { strict as assert } from "assert";
import { addTerm, matchTokens, newNode } from "../../lib/coding/trie";
import { tokenize } from "../../lib/text";

// All sample sentences below are invented for these tests.
const token = (norm: string, prefix = false) => ({ norm, prefix });
const trie = newNode();
addTerm(trie, [token("territorial"), token("integrity")], 0);
addTerm(trie, [token("negotiat", true)], 1);
addTerm(trie, [token("serbia")], 2);
const tokens = tokenize("Serbia’s territorial integrity and negotiations");
const hits = matchTokens(trie, tokens);

describe("coding: the token trie", () => {
  it("finds every term with the tokens it covers; a word also matches without its possessive", () => {
    assert.deepEqual(
      [...hits.entries()].sort((a, b) => a[0] - b[0]),
      [
        [0, [{ term: 0, from: 1, to: 2 }]],
        [1, [{ term: 1, from: 4, to: 4 }]],
        [2, [{ term: 2, from: 0, to: 0 }]],
      ],
    );
  });

  it("matches a prefix word only from the start of a token", () => {
    assert.equal(matchTokens(trie, tokenize("They renegotiated.")).size, 0);
  });
});
