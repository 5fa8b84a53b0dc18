import { strict as assert } from "assert";
import { chiSquareUpperTail, normalTwoSidedP, zForLevel } from "../../lib/stats";
import { near } from "./near";

describe("stats: the jStat shim", () => {
  it("gives the textbook quantiles: z = 1.96 for 95%, P(χ²₁ ≥ 3.84) = 0.05, 2·P(Z ≥ 1.96) = 0.05", () => {
    near(zForLevel(0.95), 1.959963984540054, 1e-9);
    near(chiSquareUpperTail(3.841458820694124, 1), 0.05, 1e-9);
    near(normalTwoSidedP(-1.959963984540054), 0.05, 1e-9);
    assert.equal(normalTwoSidedP(0), 1);
  });
});
