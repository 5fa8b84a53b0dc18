import { strict as assert } from "assert";
import { benjaminiHochberg, holm } from "../../lib/stats";

const round = (ps: Array<number | null>) => ps.map((p) => (p === null ? null : Number(p.toFixed(10))));

// Benjamini & Hochberg (1995), J. R. Statist. Soc. B 57(1), section 4: the 15 p-values of Neuhaus et al.'s trial.
const BH_EXAMPLE = [
  0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.324, 0.4262, 0.5719, 0.6528, 0.759, 1,
];

describe("stats: adjusting a family of p-values", () => {
  it("adjusts a family of p-values by Holm's method", () => {
    assert.deepEqual(
      holm([0.01, 0.04, 0.03, null]).map((p) => (p === null ? null : Number(p.toFixed(10)))),
      [0.03, 0.06, 0.06, null],
    );
  });

  it("adjusts by Benjamini–Hochberg: by hand, p·m/rank made monotone from the largest down", () => {
    // Sorted 0.005, 0.01, 0.03, 0.04 (m = 4): 0.02, 0.02, 0.04, 0.04 — already monotone.
    assert.deepEqual(round(benjaminiHochberg([0.01, 0.04, 0.03, 0.005, null])), [0.02, 0.04, 0.04, 0.02, null]);
    // A larger p below a smaller adjusted one takes the smaller: 0.04·2/1 = 0.08 > 0.05·2/2 = 0.05.
    assert.deepEqual(round(benjaminiHochberg([0.04, 0.05])), [0.05, 0.05]);
  });

  it("rejects the four smallest of Benjamini & Hochberg's 15 p-values at q = 0.05, Holm only three", () => {
    const bh = benjaminiHochberg(BH_EXAMPLE);
    assert.equal(bh.filter((p) => (p ?? 1) <= 0.05).length, 4);
    const h = holm(BH_EXAMPLE);
    assert.equal(h.filter((p) => (p ?? 1) <= 0.05).length, 3);
  });
});
