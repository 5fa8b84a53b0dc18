import { strict as assert } from "assert";
import { beforeAfterRuns } from "../../lib/validation";

describe("validation: before and after tuning", () => {
  const ref = (rows: Array<[string, string, 0 | 1]>) => rows.map(([id, theme, value]) => ({ id, theme, value }));
  // four units: u1, u2 single-coded (tuning), g1, g2 gold (held-out)
  const tuning = ref([
    ["u1", "t", 1],
    ["u2", "t", 0],
  ]);
  const heldOut = ref([
    ["g1", "t", 1],
    ["g2", "t", 0],
  ]);
  const sets = { tuning, heldOut, all: [...tuning, ...heldOut] };
  const before = ref([
    ["u1", "t", 0],
    ["u2", "t", 0],
    ["g1", "t", 0],
    ["g2", "t", 0],
  ]); // finds nothing
  const after = ref([
    ["u1", "t", 1],
    ["u2", "t", 0],
    ["g1", "t", 0],
    ["g2", "t", 0],
  ]); // fixed on the tuning set only

  it("scores each set with each codebook, in order", () => {
    const runs = beforeAfterRuns(sets, before, after, ["t"]);
    assert.deepEqual(
      runs.map((r) => `${r.set}/${r.codebook}`),
      ["tuning/before", "tuning/after", "held-out/before", "held-out/after", "all/before", "all/after"],
    );
    assert.deepEqual(
      runs.map((r) => [r.rows[0].tp, r.rows[0].fn]),
      [
        [0, 1],
        [1, 0],
        [0, 1],
        [0, 1],
        [0, 2],
        [1, 1],
      ],
    );
  });
});
