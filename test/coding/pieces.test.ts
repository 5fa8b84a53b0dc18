import { strict as assert } from "assert";
import { forEachCodedSentence, MAX_SENTENCE_CHARS } from "../../lib/coding";
import { splitSentences } from "../../lib/text";

const collect = (text: string, max: number) => {
  const out: Array<[number, number, string]> = [];
  forEachCodedSentence(text, 65536, max, (i, start, s) => out.push([i, start, s]));
  return out;
};

describe("coding: the sentences the coder reads (none longer than the bound)", () => {
  it("gives the sentences of splitSentences when none is longer than the bound", () => {
    const text = "One invented sentence. Another one follows! And a third?";
    assert.deepEqual(
      collect(text, MAX_SENTENCE_CHARS),
      splitSentences(text).map((s, i) => [i, s.start, s.text]),
    );
  });

  it("cuts a sentence longer than the bound at whitespace, numbering the pieces in turn", () => {
    // "aaa bbb ccc." has 12 characters; with a bound of 9: "aaa bbb" then "ccc."; the next sentence is number 2
    assert.deepEqual(collect("aaa bbb ccc. Next one.", 9), [
      [0, 0, "aaa bbb"],
      [1, 8, "ccc."],
      [2, 13, "Next one."],
    ]);
  });

  it("pieces of a 100,000-character text without punctuation: at most the bound, offsets into the text", () => {
    const text = "word ".repeat(20000).trim(); // 99,999 characters, one sentence
    const pieces = collect(text, 20000);
    assert.equal(pieces.length, 5);
    for (const [, start, s] of pieces) {
      assert.ok(s.length <= 20000 && s.length > 10000, `${s.length}`);
      assert.equal(text.slice(start, start + s.length), s);
    }
    assert.equal(pieces.map((p) => p[2]).join(" "), text);
  });

  it("cuts a run without whitespace at the bound, never inside a surrogate pair", () => {
    const text = "x".repeat(7) + "\u{1F600}" + "y".repeat(5); // the emoji is 2 code units at offsets 7–8
    const pieces = collect(text, 8);
    assert.deepEqual(
      pieces.map((p) => p[2]),
      ["x".repeat(7), "\u{1F600}yyyyy"],
    );
  });
});
