import { strict as assert } from "assert";
import { countsOf, documentFrequencies, toFrequencyList } from "../../lib/vocabulary/documents";
import { tokenize } from "./fixtures";

describe("vocabulary: frequencies per document", () => {
  it("keeps each word's count per document and each document's size", () => {
    // Invented words.
    const d = documentFrequencies(
      [
        { id: "a", body: "Kosova and Kosova, again." },
        { id: "b", body: "Kosovo." },
      ],
      tokenize,
    );
    assert.deepEqual(d.ids, ["a", "b"]);
    assert.deepEqual(d.sizes, [4, 1]);
    assert.deepEqual(countsOf(d, "kosova"), [2, 0]);
    assert.deepEqual(countsOf(d, "absent"), [0, 0]);
    const f = toFrequencyList(d);
    assert.equal(f.total, 5);
    assert.equal(f.counts.get("kosova"), 2);
  });
});
