import { strict as assert } from "assert";
import { parseAlternatives } from "../../lib/codebook";

describe("codebook: pattern strings", () => {
  it("splits alternatives and marks word prefixes", () => {
    const r = parseAlternatives("negotiat* solution|mutually acceptable");
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.phrases, [
      {
        text: "negotiat* solution",
        words: [
          { word: "negotiat", prefix: true },
          { word: "solution", prefix: false },
        ],
      },
      {
        text: "mutually acceptable",
        words: [
          { word: "mutually", prefix: false },
          { word: "acceptable", prefix: false },
        ],
      },
    ]);
  });

  it("refuses an empty pattern, a lone star, a short prefix, a star inside a word and regex syntax", () => {
    assert.match(parseAlternatives("  ").problems[0].message, /empty pattern/);
    assert.match(parseAlternatives("*").problems[0].message, /could match almost any word/);
    assert.match(parseAlternatives("ne*").problems[0].message, /at least 3 letters/);
    assert.deepEqual(parseAlternatives("neg*").problems, []);
    assert.match(parseAlternatives("neg*tiate").problems[0].message, /may only end a word/);
    assert.match(parseAlternatives("\\bKosovo\\b").problems[0].message, /regular expression/);
    assert.match(parseAlternatives("Serbia|").problems[0].message, /empty alternative/);
  });

  it("refuses a lone stop word as a whole pattern but allows it inside a phrase", () => {
    assert.match(parseAlternatives("the", { standalone: true }).problems[0].message, /almost every sentence/);
    assert.deepEqual(parseAlternatives("part of Serbia", { standalone: true }).problems, []);
  });
});
