import { strict as assert } from "assert";
import { countWords, stripPossessive, tokenize } from "../../lib/text";

// All sample sentences below are invented for these tests.

describe("text: tokenize and countWords", () => {
  it("gives word tokens with offsets and norms", () => {
    const s = "Kosovo’s status, Secretary-General—1244 (1999).";
    const toks = tokenize(s);
    assert.deepEqual(
      toks.map((t) => t.norm),
      ["kosovo's", "status", "secretary-general", "1244", "1999"],
    );
    for (const t of toks) assert.equal(s.slice(t.start, t.end), t.text);
    assert.deepEqual([toks[0].start, toks[0].end], [0, 8]);
  });

  it("joins a word hyphenated across a line end into one token", () => {
    const toks = tokenize("a long-\nterm plan");
    assert.deepEqual(
      toks.map((t) => t.norm),
      ["a", "long-term", "plan"],
    );
    assert.equal(toks[1].text, "long-\nterm");
  });

  it("does not take quotes into tokens", () => {
    assert.deepEqual(
      tokenize("‘Pristina’ and “EULEX”").map((t) => t.text),
      ["Pristina", "and", "EULEX"],
    );
  });

  it("strips possessives", () => {
    assert.equal(stripPossessive("kosovo's"), "kosovo");
    assert.equal(stripPossessive("Kosovo’s"), "Kosovo");
    assert.equal(stripPossessive("kosovo"), "kosovo");
  });

  it("counts words", () => {
    assert.equal(countWords("The Secretary-General spoke on 3 May."), 6);
    assert.equal(countWords(""), 0);
    assert.equal(countWords(" — … "), 0);
  });
});
