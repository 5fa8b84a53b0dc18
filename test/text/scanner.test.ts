import { strict as assert } from "assert";
import { charClass, joinerEnd, letterOrDigitAt, scanWords, wordEnd } from "../../lib/text";

// All sample strings below are invented for these tests.

const words = (s: string) => {
  const out: string[] = [];
  scanWords(s, (start, end) => out.push(s.slice(start, end)));
  return out;
};

describe("text: charClass", () => {
  it("tells letters and digits (1), combining marks (2) and everything else (0)", () => {
    const cls = (c: string) => charClass(c.codePointAt(0) as number);
    assert.deepEqual(["a", "Z", "7", "é", "Ж", "中"].map(cls), [1, 1, 1, 1, 1, 1]);
    assert.deepEqual(["\u0301", "\u030C"].map(cls), [2, 2]);
    assert.deepEqual([" ", "-", "'", "’", ".", "\n"].map(cls), [0, 0, 0, 0, 0, 0]);
    // a lone surrogate (one code unit of an astral character) is not a letter
    assert.equal(charClass("𝐀".charCodeAt(0)), 0);
    assert.equal(charClass("𝐀".codePointAt(0) as number), 1);
  });
});

describe("text: letterOrDigitAt", () => {
  it("tells where a word may start, reading a character outside the BMP whole", () => {
    const at = (s: string, i: number) => letterOrDigitAt(s, i, s.charCodeAt(i));
    assert.deepEqual([at("a-7", 0), at("a-7", 1), at("a-7", 2)], [true, false, true]);
    assert.equal(at("é", 0), true);
    assert.equal(at("\u0301", 0), false); // a combining mark continues a word but does not start one
    assert.equal(at("𝐀", 0), true); // a mathematical letter: two code units, one letter
    assert.equal(at("😀", 0), false);
  });
});

describe("text: the hyphen joiner", () => {
  it("joins over an apostrophe or a hyphen followed by a letter or digit", () => {
    assert.equal(joinerEnd("Kosovo's", 6), 7);
    assert.equal(joinerEnd("Kosovo’s", 6), 7);
    assert.equal(joinerEnd("self-rule", 4), 5);
    assert.equal(joinerEnd("B-52", 1), 2);
  });

  it("joins over a line break after a hyphen, with spaces or tabs around it", () => {
    assert.equal(joinerEnd("long-\nterm", 4), 6);
    assert.equal(joinerEnd("long- \r\n\tterm", 4), 9);
  });

  it("does not join a dash between spaces, a trailing hyphen or a closing quote", () => {
    assert.equal(joinerEnd("peace - now", 6), -1);
    assert.equal(joinerEnd("pre- and post-war", 3), -1);
    assert.equal(joinerEnd("the 'word' here", 9), -1);
    assert.equal(joinerEnd("end-", 3), -1);
  });
});

describe("text: scanWords and wordEnd", () => {
  it("cuts words as tokens are cut", () => {
    assert.deepEqual(words("Kosovo’s Secretary-General — 1244 (1999), long-\nterm."), [
      "Kosovo’s",
      "Secretary-General",
      "1244",
      "1999",
      "long-\nterm",
    ]);
    assert.deepEqual(words(" — … "), []);
  });

  it("reads a letter outside the BMP as one letter of a word", () => {
    assert.deepEqual(words("x𝐀y 😀 𝐁"), ["x𝐀y", "𝐁"]);
  });

  it("keeps combining marks inside a word and starts a word only at a letter or digit", () => {
    assert.deepEqual(words("Pris\u030Ctina \u0301x"), ["Pris\u030Ctina", "x"]);
  });

  it("finds the end of the word going on at a place", () => {
    assert.equal(wordEnd("Kosovo’s status", 1), 8);
    assert.equal(wordEnd("ab-\ncd ef", 1), 6);
    assert.equal(wordEnd("ab", 2), 2);
  });
});
