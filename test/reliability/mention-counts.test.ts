import { strict as assert } from "assert";
import { intraclassCorrelations, krippendorffAlpha, mentionReliability } from "../../lib/reliability";
import { near } from "./fixtures";

describe("reliability: mention counts, coder against coder", () => {
  // Invented counts of sentences marked "dialogue" in four units; B counts one more in u3 and has a
  // blank sentence in u4 (no count: u4 is left out).
  const A = { u1: { dialogue: 0 }, u2: { dialogue: 2 }, u3: { dialogue: 1 }, u4: { dialogue: 3 } };
  const B = { u1: { dialogue: 0 }, u2: { dialogue: 2 }, u3: { dialogue: 2 }, u4: { dialogue: null } };
  const [row] = mentionReliability([A, B], ["dialogue"]);
  it("uses the units both counted, and gives each coder's total", () => {
    assert.equal(row.units, 3);
    assert.deepEqual(row.totals, [3, 4]);
  });
  it("α interval by hand: 48/58 from the values 0,0 | 2,2 | 1,2", () => {
    // n = 6 values. D_o = (1/6)·[(1−2)² + (2−1)²] = 1/3. D_e: unordered pairs of the six values —
    // 0–2 six pairs × 4, 0–1 two × 1, 2–1 three × 1 = 29, ordered 58, over 6·5 → 58/30. α = 1 − 10/58.
    near(row.alphaInterval, 48 / 58, 12);
    assert.equal(
      row.alphaInterval,
      krippendorffAlpha(
        [
          [0, 2, 1],
          [0, 2, 2],
        ],
        "interval",
      ),
    );
    assert.equal(
      row.alphaRatio,
      krippendorffAlpha(
        [
          [0, 2, 1],
          [0, 2, 2],
        ],
        "ratio",
      ),
    );
  });
  it("ICC(2,1) of the same table", () => {
    assert.equal(
      row.icc,
      intraclassCorrelations([
        [0, 0],
        [2, 2],
        [1, 2],
      ]).icc21,
    );
  });
});
