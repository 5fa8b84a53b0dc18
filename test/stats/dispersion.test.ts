import { strict as assert } from "assert";
import { ArgumentError } from "../../lib/core";
import { griesDP, juillandD } from "../../lib/stats";
import { near } from "./near";

// Gries's worked example (Gries 2008; Gries 2020, "Analyzing dispersion", in Paquot & Gries (eds.), A Practical
// Handbook of Corpus Linguistics): five parts of 9, 10, 10, 10 and 11 words; "a" occurs 1, 2, 3, 4, 5 times.
const SIZES = [9, 10, 10, 10, 11];

describe("stats: dispersion", () => {
  it("reproduces Gries's DP of 'a' in his worked example: 0.18", () => {
    // By hand: shares of a 1/15 … 5/15 against sizes .18, .2, .2, .2, .22 → |.113| + |.067| + 0 + |.067| + |.113|.
    near(griesDP([1, 2, 3, 4, 5], SIZES)?.dp, 0.18, 1e-12);
  });

  it("reproduces Lijffijt & Gries (2012, Table 1): 2/3 and 1/3 of the hits in 2 of 3 equal parts: DPnorm 0.5", () => {
    const r = griesDP([2, 1, 0], [1, 1, 1]);
    near(r?.dp, 1 / 3, 1e-12, "DP");
    near(r?.dpNorm, 0.5, 1e-12, "DPnorm");
  });

  it("gives DPnorm 1 for a word found only in the smallest part, and null for a word never found", () => {
    // "i" is once in part 1 (9 of 50 words): DP = 1 − 0.18 = 0.82, DPnorm = 0.82 / 0.82.
    const r = griesDP([1, 0, 0, 0, 0], SIZES);
    near(r?.dp, 0.82, 1e-12);
    near(r?.dpNorm, 1, 1e-12);
    assert.equal(griesDP([0, 0], [1, 1]), null);
  });

  it("reproduces Carroll's (1970, p. 14) Juilland's D for 0, 4, 3, 2, 1 in five equal parts: 0.6464", () => {
    // By hand: mean 2, population sd √2, V = 0.7071, D = 1 − V/√4.
    near(juillandD([0, 4, 3, 2, 1], [1, 1, 1, 1, 1]), 1 - Math.SQRT2 / 2 / 2, 1e-12);
    near(juillandD([0, 4, 3, 2, 1], [1, 1, 1, 1, 1]), 0.6464, 5e-5);
  });

  it("gives Juilland's D 0.968 for 'b' (twice in each of Gries's unequal parts) and 0 for a word in one part", () => {
    near(juillandD([2, 2, 2, 2, 2], SIZES), 0.968, 5e-4);
    near(juillandD([1, 0, 0, 0, 0], SIZES), 0, 1e-12);
    assert.equal(juillandD([3], [10]), null);
    assert.throws(() => juillandD([1, 2], [1]), ArgumentError);
    assert.throws(() => griesDP([1, 2], [1, 0]), ArgumentError);
  });
});
