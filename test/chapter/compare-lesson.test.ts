import { strict as assert } from "assert";
import { groupSizeRows, highestStance, keyWordCount, mostPassagesGroup } from "../../lib/chapter";
import type { StanceCell } from "../../lib/timeline";
import type { KeynessRow } from "../../lib/vocabulary";

const SIZES = [
  { key: "China", units: 0, words: 0 },
  { key: "Serbia", units: 17, words: 11298 },
  { key: "Albania", units: 17, words: 6967 },
];

describe("chapter: chapter 08's steps and checks", () => {
  it("the sizes table: passages and words per window, 0 for a group a window lacks", () => {
    assert.deepEqual(groupSizeRows(["China", "Serbia"], [{ label: "w1" }, { label: "w2" }], [SIZES, []]), [
      { group: "China", "passages w1": 0, "words w1": 0, "passages w2": 0, "words w2": 0 },
      { group: "Serbia", "passages w1": 17, "words w1": 11298, "passages w2": 0, "words w2": 0 },
    ]);
  });

  it("the group with the most passages: the first in order on a tie (17 = 17), none when nobody spoke", () => {
    assert.equal(mostPassagesGroup(SIZES), "Serbia");
    assert.equal(mostPassagesGroup([{ key: "China", units: 0, words: 0 }]), null);
  });

  it("the highest mean stance of a window, with its passages; other windows ignored", () => {
    const c = (key: string, group: string, mean: number, units: number): StanceCell => ({
      key,
      group,
      units,
      mean,
      min: mean,
      max: mean,
    });
    const cells = [c("w1", "Russia", 0.67, 2), c("w1", "Serbia", 0.5, 17), c("w2", "EU", 0.9, 30)];
    assert.deepEqual(highestStance(cells, "w1"), { group: "Russia", units: 2 });
    assert.equal(highestStance(cells, "w3"), null);
  });

  it("the words key for one side at p < 0.05: 1 of 3 by hand", () => {
    const r = (keyFor: "A" | "B", p: number) => ({ keyFor, p }) as KeynessRow;
    assert.equal(keyWordCount([r("A", 0.01), r("A", 0.2), r("B", 0.001)], "A"), 1);
  });
});
