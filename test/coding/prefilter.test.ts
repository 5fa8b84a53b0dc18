import { strict as assert } from "assert";
import { newPrefilter, prefilterKey, prefilterScan } from "../../lib/coding/prefilter";

// All sample sentences below are invented for these tests.
const token = (norm: string, prefix = false) => ({ norm, prefix });

describe("coding: the word prefilter", () => {
  const pf = newPrefilter();
  const serbia = prefilterKey(pf, token("serbia"));
  const negotiat = prefilterKey(pf, token("negotiat", true));
  const territorial = prefilterKey(pf, token("territorial"));
  const integrity = prefilterKey(pf, token("integrity"));
  const serb = prefilterKey(pf, token("serb-majority"));
  const long = prefilterKey(pf, token("long-term"));
  const term = prefilterKey(pf, token("term"));

  it("keys a codebook token by its first run of letters, once", () => {
    assert.deepEqual([serbia, negotiat, territorial, integrity, serb, long, term], [0, 1, 2, 3, 4, 5, 6]);
    assert.equal(prefilterKey(pf, token("serbia")), serbia);
    assert.equal(prefilterKey(pf, token("serb")), serb); // "serb-majority" is keyed "serb"
    assert.equal(pf.nKeys, 7);
  });

  it("stamps the words of a text and the pairs of consecutive words", () => {
    prefilterScan(pf, "Negotiations on the territorial integrity of Serbia’s north, in the long-\nterm.");
    const seen = (k: number) => pf.seenKey[k] === pf.gen;
    const pair = (a: number, b: number) => pf.seenPair[a * pf.nKeys + b] === pf.gen;
    assert.deepEqual([serbia, negotiat, territorial, integrity, long].map(seen), [true, true, true, true, true]);
    // "long-\nterm" is one word (the hyphen joiner), keyed "long": "term" alone is not in the text
    assert.equal(seen(term), false);
    assert.equal(seen(serb), false); // "Serbia’s" is keyed "serbia", not "serb"
    assert.equal(pair(territorial, integrity), true);
    assert.equal(pair(integrity, serbia), false); // "of" stands between them
  });

  it("forgets the last text when it scans the next", () => {
    prefilterScan(pf, "Nothing here.");
    assert.notEqual(pf.seenKey[serbia], pf.gen);
  });
});
