import { strict as assert } from "assert";
import { ranksDescending } from "../../lib/stats";

describe("stats: ranks", () => {
  it("ranks descending with tied values averaged", () => {
    assert.deepEqual(ranksDescending([66, 65, 22, 63, 15]), [1, 2, 4, 3, 5]);
    assert.deepEqual(ranksDescending([3, 1, 3, 2]), [1.5, 4, 1.5, 3]);
  });
});
