import { strict as assert } from "assert";
import { ArgumentError } from "../../lib/core";
import { chiSquare, chiSquareTable, criticalChiSquare1, pChiSquare1 } from "../../lib/stats";
import { near } from "./near";

describe("stats: chi-squared", () => {
  it("tea-tasting table by hand: X² = 2 (p 0.1573), with Yates 0.5 (p 0.4795), expected counts 2 → caveat", () => {
    const plain = chiSquare([
      [3, 1],
      [1, 3],
    ]);
    const yates = chiSquare(
      [
        [3, 1],
        [1, 3],
      ],
      { yates: true },
    );
    near(plain.statistic, 2, 1e-12);
    near(plain.p, 0.1573, 5e-5);
    near(yates.statistic, 0.5, 1e-12);
    near(yates.p, 0.4795, 5e-5);
    assert.deepEqual(plain.expected, [
      [2, 2],
      [2, 2],
    ]);
    assert.equal(plain.lowExpected, true);
    assert.equal(yates.yates, true);
  });

  it("reproduces Agresti's X² for the infant malformation table: X² = 12.1 on df = 4, P = 0.02", () => {
    // Agresti, An Introduction to Categorical Data Analysis (3rd ed., 2019), Table 2.6 and text on p. 44:
    // "df = 4, G² = 6.2 (P = 0.19) and X² = 12.1 (P = 0.02)". Data: Graubard & Korn, Biometrics 43 (1987).
    const t = [
      [17066, 48],
      [14464, 38],
      [788, 5],
      [126, 1],
      [37, 1],
    ];
    const r = chiSquare(t);
    assert.equal(r.df, 4);
    near(r.statistic, 12.1, 0.05, "X²");
    near(r.p, 0.02, 0.005, "P");
    assert.equal(r.lowExpected, true); // expected malformations in the ≥6 row: 38·93/32574 ≈ 0.11
  });

  it("has no test when a margin is empty", () => {
    const r = chiSquare([
      [0, 3],
      [0, 4],
    ]);
    assert.equal(r.statistic, null);
    assert.equal(r.p, null);
    assert.equal(chiSquareTable(0, 3, 0, 4), 0);
  });

  it("χ² with Yates' correction and its p match scipy's documented example", () => {
    // scipy.stats.chi2_contingency docstring (aspirin / ischemic stroke, Berger et al. 2006):
    // [[176, 230], [21035, 21018]] → statistic 6.892569132546561, pvalue 0.008655478161175739.
    const x = chiSquareTable(176, 230, 21035, 21018, true);
    assert.ok(Math.abs(x - 6.892569132546561) < 1e-9);
    assert.ok(Math.abs(pChiSquare1(x) - 0.008655478161175739) < 1e-9);
    // Without the correction the statistic is larger (|O − E| is not reduced).
    assert.ok(chiSquareTable(176, 230, 21035, 21018, false) > x);
  });

  it("χ² without correction equals the textbook hand computation", () => {
    // [[10, 20], [30, 40]]: N = 100, E = [[12, 18], [28, 42]];
    // χ² = 4/12 + 4/18 + 4/28 + 4/42 = 0.7937 (to 4 d.p.).
    assert.equal(chiSquareTable(10, 20, 30, 40).toFixed(4), "0.7937");
  });

  it("critical values of χ² with 1 df are those of the UCREL page and of χ² tables", () => {
    // ucrel.lancs.ac.uk/llwizard.html: LL above 3.84 is significant at p < 0.05; a χ² table
    // (1 df) gives 6.63 for p < 0.01 and 10.83 for p < 0.001.
    assert.equal(criticalChiSquare1(0.05).toFixed(2), "3.84");
    assert.equal(criticalChiSquare1(0.01).toFixed(2), "6.63");
    assert.equal(criticalChiSquare1(0.001).toFixed(2), "10.83");
    assert.ok(Math.abs(pChiSquare1(criticalChiSquare1(0.05)) - 0.05) < 1e-9);
    assert.equal(pChiSquare1(0), 1);
  });

  it("rejects negative counts and an alpha outside (0, 1) with an ArgumentError", () => {
    assert.throws(
      () =>
        chiSquare([
          [-1, 2],
          [3, 4],
        ]),
      ArgumentError,
    );
    assert.throws(() => chiSquareTable(1, -2, 3, 4), ArgumentError);
    assert.throws(() => criticalChiSquare1(1), ArgumentError);
  });
});
