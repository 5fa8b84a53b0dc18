import { strict as assert } from "assert";
import { solveLinear } from "../../lib/stats/linear";
import { near } from "./near";

describe("stats: linear solver", () => {
  it("solves a 3×3 system that needs a row swap, and returns null for a singular one", () => {
    // x = 1, y = 2, z = 3: 0·1 + 1·2 + 1·3 = 5; 2·1 + 1·2 + 0·3 = 4; 1·1 + 0·2 + 2·3 = 7.
    const x = solveLinear(
      [
        [0, 1, 1],
        [2, 1, 0],
        [1, 0, 2],
      ],
      [5, 4, 7],
    );
    for (const [i, v] of [1, 2, 3].entries()) near(x?.[i], v, 1e-12);
    assert.equal(
      solveLinear(
        [
          [1, 2],
          [2, 4],
        ],
        [1, 2],
      ),
      null,
    );
  });
});
