import { strict as assert } from "assert";
import { ValidationError } from "../../lib/core";
import type { CodedUnit } from "../../lib/core";
import { compareToGold, presenceFromCoded } from "../../lib/validation";
import { result, rows } from "./example";

describe("validation: the coder against the gold standard", () => {
  it("counts, precision 3/4, recall 3/4, F1 3/4, and names the miss and the false alarm", () => {
    const d = result[0];
    assert.deepEqual([d.tp, d.fp, d.fn, d.tn, d.units], [3, 1, 1, 5, 10]);
    assert.equal(d.precision, 0.75);
    assert.equal(d.recall, 0.75);
    assert.equal(d.f1, 0.75);
    assert.deepEqual(d.misses, ["u4"]);
    assert.deepEqual(d.falseAlarms, ["u5"]);
    // pa 0.8; pe = 0.4·0.4 + 0.6·0.6 = 0.52; kappa = 0.28 / 0.48
    assert.ok(Math.abs((d.kappa as number) - 0.28 / 0.48) < 1e-12);
  });
  it("a theme nobody marks: precision, recall, F1 and kappa say why they are empty", () => {
    const n = result[1];
    assert.equal(n.agreement, 1);
    for (const c of [n.precision, n.recall, n.f1, n.kappa]) assert.equal(typeof c === "number", false);
  });
  it("pools every theme into overall", () => {
    const o = result[2];
    assert.equal(o.theme, "overall");
    assert.deepEqual([o.tp, o.fp, o.fn, o.tn], [3, 1, 1, 15]);
    assert.deepEqual(o.misses, ["u4:dialogue"]);
  });
  it("a gold unit the coder did not code is an error listing each", () => {
    try {
      compareToGold(rows("dialogue", "11"), rows("dialogue", "1"), undefined, {
        gold: "gold.csv",
        coder: "coding.csv",
      });
      assert.fail("no error");
    } catch (e) {
      assert.ok(e instanceof ValidationError);
      assert.equal(e.problems.length, 1);
      assert.match(e.message, /coding\.csv: no code for u2 × dialogue/);
    }
  });
  it("reads presence from coded units", () => {
    const cu: CodedUnit = {
      unitId: "x",
      codes: { dialogue: { present: 1, mentions: 2 } },
      vocabulary: {},
      evidence: [],
    };
    assert.deepEqual(presenceFromCoded([cu]), [{ id: "x", theme: "dialogue", value: 1 }]);
  });
});
