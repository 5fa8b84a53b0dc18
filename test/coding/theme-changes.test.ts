import { strict as assert } from "assert";
import { themeChanges } from "../../lib/coding";

describe("corpus: theme changes", () => {
  it("puts theme counts side by side", () => {
    assert.deepEqual(
      themeChanges(
        [
          { theme: "dialogue", units: 1, present: 1, mentions: 2 },
          { theme: "gone", units: 1, present: 1, mentions: null },
        ],
        [{ theme: "dialogue", units: 2, present: 2, mentions: 3 }],
      ),
      [
        {
          theme: "dialogue",
          unitsBefore: 1,
          unitsAfter: 2,
          presentBefore: 1,
          presentAfter: 2,
          mentionsBefore: 2,
          mentionsAfter: 3,
        },
        {
          theme: "gone",
          unitsBefore: 1,
          unitsAfter: 0,
          presentBefore: 1,
          presentAfter: 0,
          mentionsBefore: 0,
          mentionsAfter: 0,
        },
      ],
    );
  });
});
