import { strict as assert } from "assert";
import { continuesOnNextLine, joinSplitRecords } from "../../../lib/corpus/datasets/split-rows";

describe("datasets/split-rows", () => {
  it("says a line continues while the row has fewer fields than the header", () => {
    assert.equal(continuesOnNextLine(21, 26), true); // 20 tabs seen: agenda_item3 goes on
    assert.equal(continuesOnNextLine(26, 26), false);
  });

  it("joins the last field of a line with the first of the next", () => {
    assert.deepEqual(
      joinSplitRecords([
        ["7", "UNSC_2005_SPV.5225_spch0001.txt", "agenda part one"],
        ["agenda part two", "NA", "S/PV.5225"],
      ]),
      ["7", "UNSC_2005_SPV.5225_spch0001.txt", "agenda part one\nagenda part two", "NA", "S/PV.5225"],
    );
    assert.deepEqual(joinSplitRecords([["a", "b"]]), ["a", "b"]);
    assert.deepEqual(joinSplitRecords([["a", ""], [""], ["", "c"]]), ["a", "\n\n", "c"]);
  });
});
