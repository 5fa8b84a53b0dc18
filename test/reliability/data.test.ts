import { strict as assert } from "assert";
import {
  checkRectangular,
  codersOf,
  codesByUnit,
  completePairs,
  krippendorffAlpha,
  sortedValues,
} from "../../lib/reliability";
import { FOUR_RATERS } from "./fixtures";

describe("reliability: the coders × units matrix", () => {
  it("codesByUnit / codersOf are inverses", () => {
    const units = codesByUnit(FOUR_RATERS);
    assert.deepEqual(codersOf(units), FOUR_RATERS);
    assert.equal(units.length, 12);
    assert.deepEqual(units[0], [1, 1, null, 1]);
  });
  it("ragged data is a programming error", () => {
    assert.throws(() => krippendorffAlpha([[1, 2], [1]]), RangeError);
    assert.throws(() => checkRectangular([[1, 2], [1]]), /coder 2 has 1 values, coder 1 has 2/);
  });
  it("pairs of values both coders gave, and every value in order", () => {
    assert.deepEqual(completePairs([1, null, 0], [1, 0, 1]), [
      [1, 1],
      [0, 1],
    ]);
    assert.throws(() => completePairs([1], [1, 0]), RangeError);
    assert.deepEqual(
      sortedValues(
        [
          [3, null],
          [1, 3],
        ],
        [2],
      ),
      [1, 2, 3],
    );
  });
});
