import { strict as assert } from "assert";
import { ArgumentError } from "../../lib/core";
import { testFamily } from "../../lib/stats";
import { near } from "./near";

describe("stats: a declared family of tests", () => {
  it("adjusts by Holm and Benjamini–Hochberg and counts only the tests that have a p", () => {
    // By hand (m = 3): Holm 0.01·3 = 0.03, then max(0.03, 0.03·2) = 0.06, then max(0.06, 0.04·1) = 0.06;
    // BH from the largest down: 0.04, min(0.04, 0.03·3/2) = 0.04, min(0.04, 0.01·3) = 0.03.
    const f = testFamily("first vs last", "the paper's claim is about the first and the last period", [
      { label: "a", p: 0.01 },
      { label: "b", p: 0.04 },
      { label: "c", p: null },
      { label: "d", p: 0.03 },
    ]);
    assert.equal(f.size, 3);
    near(f.members[0].holm, 0.03, 1e-12);
    near(f.members[1].holm, 0.06, 1e-12);
    near(f.members[3].holm, 0.06, 1e-12);
    near(f.members[0].bh, 0.03, 1e-12);
    near(f.members[1].bh, 0.04, 1e-12);
    assert.equal(f.members[2].holm, null);
    assert.match(f.rationale, /first and the last/);
  });

  it("rejects a p outside [0, 1]", () => {
    assert.throws(() => testFamily("x", "y", [{ label: "a", p: 1.2 }]), ArgumentError);
  });
});
