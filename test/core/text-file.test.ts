import { strict as assert } from "assert";
import { composeNfc, normalizeBody } from "../../lib/core";

describe("core: composing characters (NFC)", () => {
  it("composes a decomposed letter: s + combining caron is one character š", () => {
    assert.equal(composeNfc("Pris\u030Ctina"), "Pri\u0161tina");
    assert.equal(composeNfc("Pris\u030Ctina").length, 8);
  });

  it("returns a text with nothing from U+0300 on as it is (the same string)", () => {
    const s = "An invented line.\nAnother one, café-free.";
    assert.equal(composeNfc(s), s);
  });

  it("composes a text of several pieces (over a million characters) as normalize('NFC') does", () => {
    // decomposed letters throughout, some right after a line break (where the pieces are cut)
    const line = "Pris\u030Ctina and Mitrovic\u0301a, e\u0301te\u0301.\n\u0301orphan mark\n";
    const s = line.repeat(Math.ceil(1_500_000 / line.length));
    const composed = composeNfc(s);
    assert.equal(composed, s.normalize("NFC"));
    assert.ok(composed.length < s.length);
  });

  it("normalizeBody drops a BOM, turns CRLF and CR into LF and composes", () => {
    assert.equal(normalizeBody("\uFEFFe\u0301\r\nb\rc"), "\u00E9\nb\nc");
  });
});
