import { strict as assert } from "assert";
import { ArgumentError } from "../../lib/core";
import { newcombeInterval } from "../../lib/stats";
import { near } from "./near";

/** Upper Wilson limit at 0 of n, closed form z²/(n + z²). */
const u0 = (n: number) => 1.959963984540054 ** 2 / (n + 1.959963984540054 ** 2);

describe("stats: Newcombe's hybrid score interval for a difference of proportions", () => {
  // Newcombe (1998), Statistics in Medicine 17:873–890, Table II, method 10.
  it("reproduces Newcombe's Table II: 56/70 − 48/80 → 0.0524 to 0.3339; 9/10 − 3/10 → 0.1705 to 0.8090", () => {
    const a = newcombeInterval(56, 70, 48, 80);
    near(a?.estimate, 0.2, 1e-12);
    near(a?.lower, 0.0524, 5e-5, "lower (a)");
    near(a?.upper, 0.3339, 5e-5, "upper (a)");
    const b = newcombeInterval(9, 10, 3, 10);
    near(b?.lower, 0.1705, 5e-5, "lower (b)");
    near(b?.upper, 0.809, 5e-5, "upper (b)");
  });

  it("with zero cells is built from the Wilson limits at 0: 0/10 − 0/20 → [−z²/(20+z²), z²/(10+z²)]", () => {
    const e = newcombeInterval(0, 10, 0, 20);
    near(e?.lower, -u0(20), 1e-12, "lower");
    near(e?.upper, u0(10), 1e-12, "upper");
    // 10/10 − 0/20: lower = 1 − √(u0(10)² + u0(20)²), upper = 1.
    const g = newcombeInterval(10, 10, 0, 20);
    near(g?.lower, 1 - Math.sqrt(u0(10) ** 2 + u0(20) ** 2), 1e-12, "lower");
    near(g?.upper, 1, 1e-12, "upper");
  });

  it("is null for an empty group and rejects counts that are not counts", () => {
    assert.equal(newcombeInterval(0, 0, 1, 2), null);
    assert.throws(() => newcombeInterval(3, 2, 1, 2), ArgumentError);
  });
});
