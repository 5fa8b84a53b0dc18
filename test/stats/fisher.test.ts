import { strict as assert } from "assert";
import { ArgumentError } from "../../lib/core";
import { fisherExact } from "../../lib/stats";
import { near } from "./near";

describe("stats: Fisher's exact test", () => {
  it("reproduces Fisher's tea-tasting experiment: two-sided p = 0.4857, one-sided p = 0.2429", () => {
    // Published: R fisher.test(TeaTasting) → p-value = 0.4857; alternative = "greater" → 0.2429
    // (R documentation example; output reproduced in Penn State STAT 504, lesson 3, TeaLady.out).
    const r = fisherExact([
      [3, 1],
      [1, 3],
    ]);
    near(r.p, 0.4857, 5e-5, "two-sided");
    near(r.pGreater, 0.2429, 5e-5, "greater");
    // By hand: P(3) = C(4,3)C(4,1)/C(8,4) = 16/70, P(4) = 1/70, so P(≥3) = 17/70 and two-sided = 34/70.
    near(r.p, 34 / 70, 1e-12);
    near(r.pLess, 69 / 70, 1e-12);
  });

  it("gives p = 1 for a table at its expected value", () => {
    near(
      fisherExact([
        [2, 2],
        [2, 2],
      ]).p,
      1,
      1e-12,
    );
  });

  it("gives 1/C(5,2) = 0.1 when only the observed table is as extreme (2 of 2 vs 0 of 3)", () => {
    near(
      fisherExact([
        [2, 0],
        [0, 3],
      ]).p,
      0.1,
      1e-12,
    );
  });

  it("rejects a cell that is not a count with an ArgumentError", () => {
    assert.throws(
      () =>
        fisherExact([
          [1.5, 1],
          [1, 3],
        ]),
      ArgumentError,
    );
    assert.throws(
      () =>
        fisherExact([
          [-1, 1],
          [1, 3],
        ]),
      /non-negative integers/,
    );
  });
});
