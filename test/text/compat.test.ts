/** The plain reading of a text (lib/text/compat.ts): invisible characters out, compatibility forms read. */
import { strict as assert } from "assert";
import { plainText, readAsPlain } from "../../lib/text";

describe("text: readAsPlain", () => {
  /** [loaded, its plain reading] — each checkable against the Unicode tables by hand */
  const CASES: Array<[string, string]> = [
    ["mutu\u00ADally", "mutually"], // soft hyphen
    ["a\u200Bb\u200Cc\u200Dd\u2060e\uFEFFf", "abcdef"], // zero-width space, non-joiner, joiner, word joiner, BOM
    ["ＫＯＳＯＶＯ", "KOSOVO"], // fullwidth letters
    ["con\uFB01dence", "confidence"], // ligature fi (one character → two)
    ["so\uFF0Dcalled", "so-called"], // fullwidth hyphen-minus
    ["a\u2002b\u3000c", "a b c"], // en space, ideographic space
    ["Kosovo\u02BCs", "Kosovo's"], // modifier apostrophe
    ["km\u00B2", "km2"], // superscript two
  ];
  for (const [loaded, plain] of CASES) {
    it(`reads ${JSON.stringify(loaded)} as ${JSON.stringify(plain)}`, () => {
      assert.equal(plainText(loaded), plain);
    });
  }

  it("leaves plain text, no-break spaces, dashes, the ellipsis and accents alone (no copy: null)", () => {
    for (const s of ["plain ASCII text.", "a\u00A0b", "Belgrade\u2013Pristina", "wait\u2026", "Priština", "Kosovo’s"]) {
      assert.equal(readAsPlain(s), null, s);
    }
  });

  it("maps offsets of the reading back to the loaded text", () => {
    const loaded = "\u00ADCon\uFB01dence, mutu\u00ADally\u200B.";
    const r = readAsPlain(loaded);
    assert.ok(r);
    assert.equal(r.text, "Confidence, mutually.");
    // "Confidence" = plain [0, 10) = loaded [1, 10): the soft hyphen before it is not part of it
    assert.deepEqual([r.toLoadedStart(0), r.toLoadedEnd(10)], [1, 10]);
    // the "f" and "i" of the ligature both start at the ligature, and end after it
    assert.deepEqual([r.toLoadedStart(3), r.toLoadedStart(4), r.toLoadedEnd(4), r.toLoadedEnd(5)], [4, 4, 5, 5]);
    // "mutually" = plain [12, 20) = loaded [12, 21): the soft hyphen inside is kept, the zero-width space after is not
    assert.deepEqual([r.toLoadedStart(12), r.toLoadedEnd(20)], [12, 21]);
    assert.equal(loaded.slice(12, 21), "mutu\u00ADally");
    assert.deepEqual([r.toLoadedStart(20), r.toLoadedEnd(21)], [22, 23]);
  });
});
