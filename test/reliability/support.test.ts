import { strict as assert } from "assert";
import type { CoderCodes } from "../../lib/reliability";
import {
  alphaWarnings,
  codeSupport,
  krippendorffReading,
  POOLED_LABEL,
  supportWarning,
} from "../../lib/reliability/support";

// Invented codes of two coders on four units: "a" marked by both on u1, by one coder on u2; "b" never marked;
// "c" marked by both on u1 only (2 positive codes).
const A: CoderCodes = {
  u1: { a: 1, b: 0, c: 1 },
  u2: { a: 1, b: 0, c: 0 },
  u3: { a: 0, b: 0, c: 0 },
  u4: { a: 0, b: 0, c: 0 },
};
const B: CoderCodes = {
  u1: { a: 1, b: 0, c: 1 },
  u2: { a: 0, b: 0, c: 0 },
  u3: { a: 0, b: 0, c: 0 },
  u4: { a: 0, b: 0, c: null },
};

describe("reliability: what a coefficient rests on", () => {
  const s = codeSupport([A, B], ["a", "b", "c"]);

  it("counts positive codes, units marked and disagreements per theme, then pooled decisions", () => {
    assert.deepEqual(s[0], {
      theme: "a",
      units: 4,
      decisions: 4,
      positiveCodes: 3,
      positiveUnits: 2,
      disagreements: 1,
    });
    assert.equal(s[1].positiveCodes, 0);
    // "c" on u4 is blank for B: 3 units.
    assert.deepEqual([s[2].units, s[2].positiveCodes], [3, 2]);
    // Pooled: 4 + 4 + 3 decisions, from u1–u4 (u4 is coded on a and b; only its c is blank).
    assert.deepEqual(s[3], {
      theme: POOLED_LABEL,
      units: 4,
      decisions: 11,
      positiveCodes: 5,
      positiveUnits: 3,
      disagreements: 1,
    });
  });

  it("warns when no coder marked a theme, and when fewer than three positive codes carry it", () => {
    assert.match(supportWarning(s[1]) ?? "", /no coder marked this theme in 4 units: agreement on absence only/);
    assert.match(supportWarning(s[2]) ?? "", /rests on 2 positive codes \(1 unit\)/);
    assert.equal(supportWarning(s[0]), null);
  });

  it("reads α against Krippendorff's 0.667 and 0.800, and warns below them", () => {
    assert.equal(krippendorffReading(0.649, -0.026), "below 0.667: not reliable");
    assert.match(krippendorffReading(0.7), /tentative conclusions only/);
    assert.equal(krippendorffReading(0.9, 0.667), "≥ 0.800, but the interval reaches below 0.800");
    assert.equal(krippendorffReading(0.9, 0.85), "≥ 0.800: reliable");
    const w = alphaWarnings(0.649, -0.026, 128, 1000);
    assert.equal(w.length, 3);
    assert.match(w[0], /below Krippendorff's 0.667/);
    assert.match(w[2], /^128 of 1000 bootstrap replicates had no defined α/);
    assert.deepEqual(alphaWarnings(0.9, 0.7, 0, 1000), []);
  });
});
