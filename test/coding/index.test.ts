import { strict as assert } from "assert";
import * as coding from "../../lib/coding";
import * as text from "../../lib/text";

describe("coding: names it used to export", () => {
  it("re-exports the streaming sentence splitter of the text stage (deprecated)", () => {
    assert.equal(coding.forEachSentence, text.forEachSentence);
    assert.equal(coding.SENTENCE_MARGIN, text.SENTENCE_MARGIN);
  });
});
