import { strict as assert } from "assert";
import * as text from "../../lib/text";
import * as units from "../../lib/units";

describe("units: the text functions it used to export", () => {
  it("re-exports them from the text stage (deprecated names kept for old imports)", () => {
    assert.equal(units.tokenize, text.tokenize);
    assert.equal(units.countWords, text.countWords);
    assert.equal(units.splitSentences, text.splitSentences);
    assert.equal(units.normalizeForMatch, text.normalizeForMatch);
    assert.equal(units.stripPossessive, text.stripPossessive);
    assert.equal(units.findAnchors, text.findAnchors);
    assert.equal(units.hasAnchor, text.hasAnchor);
    assert.equal(units.anchorCounts, text.anchorCounts);
    assert.equal(units.ANCHOR_TERMS, text.ANCHOR_TERMS);
  });
});
