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
});
