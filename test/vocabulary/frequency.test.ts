import { strict as assert } from "assert";
import { frequencyList, mergeFrequencyLists } from "../../lib/vocabulary/frequency";
import { tokenize } from "./fixtures";
import { A, B } from "./keyness-fixtures";

describe("vocabulary: frequency lists", () => {
  it("counts word tokens of each set (hand count)", () => {
    assert.equal(A.total, 20);
    assert.equal(A.counts.get("dialogue"), 5);
    assert.equal(B.total, 20);
    assert.equal(B.counts.get("unilateral"), 4);
  });

  it("counts a chosen normal form (possessives folded) when given one", () => {
    const strip = (w: string) => w.replace(/'s$/, "");
    const f = frequencyList(["Kosovo's status and Kosovo."], tokenize, strip);
    assert.equal(f.counts.get("kosovo"), 2);
    assert.equal(f.total, 4);
  });

  it("adds lists together: counts and totals", () => {
    const m = mergeFrequencyLists([A, B]);
    assert.equal(m.total, 40);
    assert.equal(m.counts.get("and"), 5); // 4 in A, 1 in B
    assert.equal(m.counts.get("dialogue"), 5);
  });
});
