/**
 * The toys' hand computations against the lib's coefficients and tests, and against the published values:
 * Krippendorff (2011), example A (α = 0.095); Fisher's exact test as R's fisher.test.
 */
import { strict as assert } from "assert";
import {
  agreementByHand,
  agreementSteps,
  fisherByHand,
  loadTwoCoders,
  loadTwoPeriods,
  pearsonByHand,
} from "../../lib/chapter";
import {
  cohenKappa,
  coefficientValue,
  gwetAC1,
  krippendorffAlpha,
  percentAgreement,
  scottPi,
} from "../../lib/reliability";
import { chiSquare, fisherExact } from "../../lib/stats";
import { periodTests, trendTests } from "../../lib/timeline";

const near = (x: number | null, y: number, d = 12) =>
  assert.ok(x !== null && Math.abs(x - y) < 10 ** -d, `${x} ≠ ${y}`);

describe("chapter: the toys worked by hand", () => {
  const { a, b } = loadTwoCoders();
  const h = agreementByHand(a, b);

  it("the two-coder table: 1 both, 1 only A, 3 only B, 5 neither; agreement 6/10", () => {
    assert.deepEqual([h.both, h.onlyA, h.onlyB, h.neither], [1, 1, 3, 5]);
    near(h.pa, 0.6);
    assert.deepEqual([h.values, h.n0, h.n1, h.o01], [20, 14, 6, 4]);
  });

  it("every coefficient by hand: the published α and the lib's values", () => {
    // κ: pe = 0.2·0.4 + 0.8·0.6 = 0.56, κ = 0.04/0.44; π: p = 0.3, pe = 0.58, π = 0.02/0.42;
    // AC1: pe = 2·0.3·0.7 = 0.42, AC1 = 0.18/0.58; α = 1 − 19·4/(14·6) = 8/84 (Krippendorff 2011: 0.095)
    near(h.kappa, 0.04 / 0.44);
    near(h.pi, 0.02 / 0.42);
    near(h.ac1, 0.18 / 0.58);
    near(h.alpha, 8 / 84);
    assert.equal(h.alpha.toFixed(3), "0.095");
    near(coefficientValue(percentAgreement(a, b)), h.pa);
    near(coefficientValue(cohenKappa(a, b)), h.kappa);
    near(coefficientValue(scottPi(a, b)), h.pi);
    near(coefficientValue(krippendorffAlpha([a, b])), h.alpha);
    near(coefficientValue(gwetAC1(a, b)), h.ac1);
  });

  it("the steps as a chapter shows them: formulas with the numbers in", () => {
    const steps = agreementSteps(h);
    assert.deepEqual(
      steps.map((s) => s.coefficient),
      ["percent agreement", "Cohen's κ", "Scott's π", "Gwet's AC1", "Krippendorff's α"],
    );
    assert.equal(steps[0].formula, "(1 + 5) / 10 = 0.600");
    assert.equal(steps[1].chance, "each coder's own share of 1s: 0.20 · 0.40 + 0.80 · 0.60 = 0.560");
    assert.equal(steps[1].formula, "(0.600 − 0.560) / (1 − 0.560) = 0.091");
    assert.equal(steps[2].formula, "(0.600 − 0.580) / (1 − 0.580) = 0.048");
    assert.equal(steps[3].formula, "(0.600 − 0.420) / (1 − 0.420) = 0.310");
    assert.equal(steps[4].formula, "1 − (20 − 1) · 4 / (14 · 6) = 0.095");
  });

  it("Fisher's exact test of the two-period toy: 74/924, as the lib's (R's) fisherExact", () => {
    const { rows, periods, theme } = loadTwoPeriods();
    const table = periodTests(rows, periods, [theme])[0].table as [[number, number], [number, number]];
    const f = fisherByHand(table);
    // Margins 6, 6 / 6, 6 of 12: P(a = k) = C(6, k)² / 924 → 1, 36, 225, 400, 225, 36, 1 (of 924).
    assert.deepEqual(
      f.tables.map((t) => Math.round(t.probability * 924)),
      [1, 36, 225, 400, 225, 36, 1],
    );
    assert.deepEqual(
      f.tables.filter((t) => t.extreme).map((t) => t.a),
      [0, 1, 5, 6],
    );
    near(f.p, 74 / 924);
    near(fisherExact(table).p, f.p, 9);
    near(periodTests(rows, periods, [theme])[0].fisher?.p ?? null, 74 / 924, 9);
  });

  it("Pearson's χ² by hand, and the trend test over two periods is the same χ²", () => {
    const p = pearsonByHand([
      [5, 1],
      [1, 5],
    ]);
    assert.deepEqual(p.expected, [
      [3, 3],
      [3, 3],
    ]);
    near(p.chiSquare, 16 / 3);
    near(
      chiSquare([
        [5, 1],
        [1, 5],
      ]).statistic,
      16 / 3,
    );
    const { rows, periods, theme } = loadTwoPeriods();
    near(trendTests(rows, [theme], { periods })[0].chiSquare, 16 / 3);
  });
});
