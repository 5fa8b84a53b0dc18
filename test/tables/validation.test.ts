import { strict as assert } from "assert";
import { compareRuns, kappaBeforeAfter, validationRecords } from "../../lib/tables/validation";
import { beforeAfterRuns, compareToGold } from "../../lib/validation";
import { gold, result, rows } from "../validation/example";

describe("tables: validation", () => {
  it("formats records for display", () => {
    assert.deepEqual(validationRecords(result)[0], {
      theme: "dialogue",
      units: 10,
      tp: 3,
      fp: 1,
      fn: 1,
      tn: 5,
      precision: "0.750",
      recall: "0.750",
      f1: "0.750",
      kappa: "0.583",
    });
  });
  it("sets two runs side by side", () => {
    const better = compareToGold(
      gold,
      [...rows("dialogue", "1111000000"), ...rows("us_nato", "0000000000")],
      ["dialogue", "us_nato"],
    );
    const t = compareRuns(result, better);
    assert.equal(t[0]["f1 before"], "0.750");
    assert.equal(t[0]["f1 after"], "1.000");
    assert.equal(t[1]["kappa after"], "NA");
  });
});

describe("tables: kappa before and after tuning", () => {
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

  it("tabulates kappa per theme: perfect on the tuning set after, no better on the held-out units", () => {
    const [row] = kappaBeforeAfter(beforeAfterRuns(sets, before, after, ["t"]));
    assert.equal(row.theme, "t");
    assert.equal(row["tuning after"], "1.000");
    // all/after: 3 of 4 agree; p_o = 0.75, coder marks 1 of 4, reference 2 of 4:
    // p_e = 0.25·0.5 + 0.75·0.5 = 0.5 → κ = 0.5
    assert.equal(row["all after"], "0.500");
    assert.equal(row["held-out after"], row["held-out before"]);
  });
});
