import { strict as assert } from "assert";
import { wilsonInterval } from "../../lib/stats";
import { near } from "./near";

describe("stats: Wilson interval", () => {
  it("gives the Wilson interval its closed form at 0 of n: upper = z²/(n + z²)", () => {
    const z2 = 1.959963984540054 ** 2;
    const w = wilsonInterval(0, 10);
    near(w?.low, 0, 1e-12, "low");
    near(w?.high, z2 / (10 + z2), 1e-9, "high");
    assert.equal(wilsonInterval(0, 0), null);
  });

  it("is symmetric: the interval of n of n mirrors that of 0 of n", () => {
    const w0 = wilsonInterval(0, 3);
    const w3 = wilsonInterval(3, 3);
    near(w3?.low, 1 - (w0?.high ?? NaN), 1e-12);
    near(w3?.high, 1, 1e-12);
  });

  // R's prop.test(x, n, correct = FALSE) reports the Wilson interval; Newcombe (1998b), Statistics in Medicine
  // 17:857–872, Table I has the same examples: 81/263 → 0.2553–0.3662, 15/148 → 0.0624–0.1605, 1/29 → 0.0061–0.1718.
  it("reproduces R's prop.test(correct = FALSE) on Newcombe's examples 81/263, 15/148 and 1/29", () => {
    const cases: Array<[number, number, number, number]> = [
      [81, 263, 0.255289, 0.36621],
      [15, 148, 0.0623864, 0.1604872],
      [1, 29, 0.00611321, 0.17175522],
    ];
    for (const [x, n, low, high] of cases) {
      const w = wilsonInterval(x, n);
      near(w?.low, low, 1e-6, `${x}/${n} low`);
      near(w?.high, high, 1e-6, `${x}/${n} high`);
    }
  });
});
