import { strict as assert } from "assert";
import { ArgumentError } from "../../lib/core";
import { logRatio } from "../../lib/stats";

describe("stats: Log Ratio", () => {
  it("Log Ratio: +1 is twice as frequent in A, −2 four times as frequent in B; zero → 0.5", () => {
    // Hand computation: 20/1000 vs 10/1000 → log2(2) = 1; 5/1000 vs 40/2000 → log2(0.005/0.02) = −2.
    assert.equal(logRatio(20, 10, 1000, 1000), 1);
    assert.equal(logRatio(5, 40, 1000, 2000), -2);
    // 4 hits in A, 0 in B (same sizes): log2(4 / 0.5) = 3.
    assert.equal(logRatio(4, 0, 1000, 1000), 3);
    assert.equal(logRatio(0, 0, 1000, 1000), 0);
    assert.throws(() => logRatio(5, 1, 4, 10), /exceeds its corpus size/);
  });

  it("throws an ArgumentError (no file is involved)", () => {
    assert.throws(() => logRatio(5, 1, 4, 10), ArgumentError);
  });
});
