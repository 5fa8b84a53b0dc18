import { strict as assert } from "assert";
import { codePointLength, toCodePoints, toCodeUnits } from "../../../lib/sheets";

describe("sheets/qdpx: offsets in code points (REFI-QDA) and code units (JavaScript)", () => {
  // "a😀b": the emoji is one code point, two UTF-16 code units (U+1F600 = D83D DE00)
  const s = "a😀b";
  it("counts a character outside the BMP once", () => {
    assert.equal(s.length, 4);
    assert.equal(codePointLength(s), 3);
    assert.deepEqual(
      [0, 1, 3, 4].map((o) => toCodePoints(s, o)),
      [0, 1, 2, 3],
    );
    assert.deepEqual(
      [0, 1, 2, 3].map((p) => toCodeUnits(s, p)),
      [0, 1, 3, 4],
    );
  });

  it("is the identity on text without such characters, and stops at the end", () => {
    const t = "Priština, Kosovo — “dialogue”";
    for (let i = 0; i <= t.length; i++) {
      assert.equal(toCodePoints(t, i), i);
      assert.equal(toCodeUnits(t, i), i);
    }
    assert.equal(toCodeUnits(t, 999), t.length);
  });

  it("a lone surrogate counts as one code point (it is not a pair)", () => {
    const lone = "x\uDE00y";
    assert.equal(codePointLength(lone), 3);
  });
});
