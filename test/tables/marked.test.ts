import { strict as assert } from "assert";
import { clipAround, isMarked, markedPieces, markedPlain, markedText, oneLine } from "../../lib/tables";

describe("tables: text with its hits marked", () => {
  it("merges overlapping or touching spans and clips them to the text", () => {
    assert.deepEqual(
      markedText("abcdef", [
        [3, 5],
        [0, 2],
        [1, 4],
      ]).marks,
      [[0, 5]],
    );
    assert.deepEqual(
      markedText("abcdef", [
        [4, 9],
        [0, 1],
        [1, 2],
      ]).marks,
      [
        [0, 2],
        [4, 6],
      ],
    );
    assert.deepEqual(markedText("abc", [[2, 2]]).marks, []);
  });

  it("splits into plain and marked pieces, and writes the marks as «…» in plain text", () => {
    const m = markedText("We respect Serbia.", [[11, 17]]);
    assert.deepEqual(markedPieces(m), [
      { text: "We respect ", marked: false },
      { text: "Serbia", marked: true },
      { text: ".", marked: false },
    ]);
    assert.equal(markedPlain(m), "We respect «Serbia».");
    assert.ok(isMarked(m));
    assert.ok(!isMarked({ text: "x" }));
  });

  it("puts a hard-wrapped sentence on one line, the marks moving with their words", () => {
    // "  We\\n respect  Serbia.": "Serbia" is at 15–21
    assert.equal(markedPlain(oneLine(markedText("  We\n respect  Serbia.", [[15, 21]]))), "We respect «Serbia».");
  });

  it("cuts a long sentence around its hits, at word boundaries, with … where text was left out", () => {
    const text = `${"a ".repeat(50)}HIT${" b".repeat(50)}`;
    assert.equal(markedPlain(clipAround(markedText(text, [[100, 103]]), 20)), "…a a a «HIT» b b b b…");
    assert.equal(markedPlain(clipAround(markedText(`HIT${" b".repeat(50)}`, [[0, 3]]), 20)), "«HIT» b b b b b b b b…");
    const short = markedText("short", [[0, 5]]);
    assert.equal(clipAround(short, 20), short);
  });
});
