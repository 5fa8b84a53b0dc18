import { strict as assert } from "assert";
import { ENGLISH_STOPWORDS } from "../../lib/vocabulary/stopwords";
import type { FrequencyList } from "../../lib/vocabulary/frequency";
import { keyness, keynessByGroup, topKeywords } from "../../lib/vocabulary/keyness";
import { groupOf, tokenize, unit } from "./fixtures";
import { A, B } from "./keyness-fixtures";

describe("vocabulary: keyness tables", () => {
  it("marks the UCREL worked example's word as key for corpus 1, at 0.10% vs 0.08%", () => {
    // Lancaster corpus-linguistics course notes on ucrel.lancs.ac.uk/llwizard.html: a word with
    // 52 hits in 50,000 tokens vs 57 in 75,000 gives "Word 52 0.10 57 0.08 + 2.65", below 3.84.
    // "+": relatively more frequent in corpus 1; percentages 0.10 and 0.08.
    const rows = keyness(
      { counts: new Map([["word", 52]]), total: 50000 },
      { counts: new Map([["word", 57]]), total: 75000 },
      { minFreq: 1 },
    );
    assert.equal(rows[0].keyFor, "A");
    assert.equal((rows[0].per10kA / 100).toFixed(2), "0.10");
    assert.equal((rows[0].per10kB / 100).toFixed(2), "0.08");
    assert.equal(rows[0].g2.toFixed(2), "2.65");
  });

  it("ranks by G², marks the side, filters by minimum frequency and stop words", () => {
    const rows = keyness(A, B, { minFreq: 4, stopwords: ENGLISH_STOPWORDS });
    assert.deepEqual(
      rows.map((r) => [r.term, r.freqA, r.freqB, r.keyFor]),
      [
        ["dialogue", 5, 0, "A"],
        ["unilateral", 0, 4, "B"],
      ],
    );
    // "and" (4 + 1 = 5 hits) is a stop word; without the list it comes back.
    assert.ok(keyness(A, B, { minFreq: 4 }).some((r) => r.term === "and"));
    // G² for 5 vs 0 in 20 vs 20 words, by hand: E = 2.5 and 17.5,
    // 2[5 ln(5/2.5) + 15 ln(15/17.5) + 20 ln(20/17.5)] = 2[3.46574 − 2.31226 + 2.67063] = 7.6482.
    assert.equal(rows[0].g2.toFixed(4), "7.6482");
    // 0 vs 4: 2[4 ln(4/2) + 20 ln(20/18) + 16 ln(16/18)] = 2[2.77259 + 2.10721 − 1.88453] = 5.9905.
    assert.equal(rows[1].g2.toFixed(4), "5.9905");
    assert.deepEqual(
      topKeywords(rows, "B", 5).map((r) => r.term),
      ["unilateral"],
    );
  });

  it("leaves out words without a letter (page and document numbers) unless asked", () => {
    const X: FrequencyList = {
      counts: new Map([
        ["64", 9],
        ["court", 9],
      ]),
      total: 100,
    };
    const Y: FrequencyList = { counts: new Map([["other", 9]]), total: 100 };
    assert.deepEqual(
      keyness(X, Y, { minFreq: 1 })
        .map((r) => r.term)
        .sort(),
      ["court", "other"],
    );
    assert.deepEqual(
      keyness(X, Y, { minFreq: 1, lettersOnly: false })
        .map((r) => r.term)
        .sort(),
      ["64", "court", "other"],
    );
  });

  it("keeps only rows below alpha when asked", () => {
    // "and" (4 vs 1) is far from significant; both content words are below p = 0.05 (G² > 3.84).
    assert.deepEqual(
      keyness(A, B, { minFreq: 4, alpha: 0.05 }).map((r) => r.term),
      ["dialogue", "unilateral"],
    );
  });
});

describe("vocabulary: keyness per group", () => {
  const units = [
    unit("G1_1", 2010, "AAA", "Dialogue dialogue dialogue and more dialogue today."),
    unit("G1_2", 2011, "AAA", "Dialogue is good and dialogue helps."),
    unit("G2_1", 2010, "BBB", "Sovereignty sovereignty sovereignty and more sovereignty today."),
    unit("G3_1", 2010, "CCC", "Sovereignty matters and dialogue matters today."),
  ];
  it("finds each group's words against all the others, with the sizes behind them", () => {
    const rows = keynessByGroup(units, groupOf, tokenize, { top: 1, minFreq: 3, stopwords: ENGLISH_STOPWORDS });
    assert.deepEqual(
      rows.map((r) => [r.group, r.term, r.freqA, r.freqB, r.units, r.words, r.restUnits, r.restWords]),
      [
        // Alpha: 7 + 6 = 13 words, 6 × "dialogue"; the rest: 7 + 6 = 13 words, 1 × "dialogue".
        ["Alpha", "dialogue", 6, 1, 2, 13, 2, 13],
        // Beta: 7 words, 4 × "sovereignty"; the rest: 13 + 6 = 19 words, 1 × "sovereignty".
        ["Beta", "sovereignty", 4, 1, 1, 7, 3, 19],
        // Gamma (6 words) has no word with 3+ hits of its own; "today" (1 of 6 vs 2 of 20) is its top.
        ["Gamma", "today", 1, 2, 1, 6, 3, 20],
      ],
    );
  });
});
