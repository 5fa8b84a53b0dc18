import { strict as assert } from "assert";
import type { CodedUnit, Evidence } from "../../../lib/core";
import { foldLineBreaks, sentenceEvidence } from "../../../lib/sheets";
import { unit } from "../fixtures";

describe("sheets/coding-page: the dictionary coder's evidence per sentence", () => {
  it("foldLineBreaks folds a line break and its spaces into one space, and maps offsets across", () => {
    const f = foldLineBreaks("Talks between\n   the sides\nwent on.");
    assert.equal(f.text, "Talks between the sides went on.");
    // "the" starts at 17 in the raw text, at 14 once folded; "went" at 27 → 24; inside a break → the space
    assert.deepEqual([0, 13, 17, 27, 35].map(f.at), [0, 13, 14, 24, 32]);
    assert.equal(f.at(15), 13);
    assert.equal(foldLineBreaks("no breaks").at(4), 4);
  });

  it("marks the themes' words per sentence, in the sheet's text, vocabulary lists left out", () => {
    const u = unit("AAA_63_2008", "First sentence here. We respect the\nterritorial integrity of Serbia.");
    const ev = (theme: string, start: number, end: number): Evidence => ({
      unitId: u.id,
      theme,
      sentence: 1,
      text: "",
      match: u.body.slice(start, end),
      start,
      end,
      pattern: "p",
    });
    // "territorial integrity" is 36–57 in the body; the second sentence starts at 21 and its line break at 35
    const coded: CodedUnit = {
      unitId: u.id,
      codes: {},
      vocabulary: {},
      evidence: [ev("sovereignty", 36, 57), ev("sovereignty", 36, 57), ev("normalization", 21, 23)],
    };
    const marks = sentenceEvidence([u], [coded], ["sovereignty", "dialogue"]).get(u.id)!;
    assert.deepEqual(marks, [[], [{ theme: "sovereignty", ranges: [[15, 36]] }]]);
    assert.equal("We respect the territorial integrity of Serbia.".slice(15, 36), "territorial integrity");
  });
});
