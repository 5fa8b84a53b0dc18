import { strict as assert } from "assert";
import { ArgumentError } from "../../lib/core";
import { g2Table, logLikelihood, pChiSquare1 } from "../../lib/stats";

describe("stats: log-likelihood G²", () => {
  it("G² of a full 2×2 table matches Dunning's reference implementation", () => {
    // Apache Mahout, math/src/test/java/org/apache/mahout/math/stats/LogLikelihoodTest.java
    // (Dunning's LLR code; the same values are in Apache Commons Math's GTestTest).
    assert.ok(Math.abs(g2Table(1, 0, 0, 1) - 2.772589) < 1e-6);
    assert.ok(Math.abs(g2Table(10, 0, 0, 10) - 27.72589) < 1e-5);
    assert.ok(Math.abs(g2Table(5, 1995, 0, 100000) - 39.33052) < 1e-5);
    assert.ok(Math.abs(g2Table(1000, 1995, 1000, 100000) - 4730.737) < 1e-3);
    assert.ok(Math.abs(g2Table(1000, 1000, 1000, 100000) - 5734.343) < 1e-3);
    assert.ok(Math.abs(g2Table(1000, 1000, 1000, 99000) - 5714.932) < 1e-3);
  });

  it("reproduces the UCREL log-likelihood calculator's worked example (LL +2.65, not significant)", () => {
    // Lancaster corpus-linguistics course notes on ucrel.lancs.ac.uk/llwizard.html: a word with
    // 52 hits in 50,000 tokens vs 57 in 75,000 gives "Word 52 0.10 57 0.08 + 2.65", below 3.84.
    // (Copy seen at https://www.scribd.com/presentation/807361921/Corpus-2.)
    assert.equal(logLikelihood(52, 57, 50000, 75000, "rayson").toFixed(2), "2.65");
    assert.equal(logLikelihood(52, 57, 50000, 75000, "full").toFixed(2), "2.65");
    assert.ok(pChiSquare1(logLikelihood(52, 57, 50000, 75000, "rayson")) > 0.05);
  });

  it("the full form gives WordSmith's keyness 228.02 where the two-cell form gives 227.64", () => {
    // WordSmith keyness reported in a corpus4u.org thread (http://corpus4u.org/threads/8377/):
    // 288 in 92,965 tokens vs 114,099 in 104,570,472 tokens → keyness 228.02.
    assert.equal(logLikelihood(288, 114099, 92965, 104570472, "full").toFixed(2), "228.02");
    assert.equal(logLikelihood(288, 114099, 92965, 104570472, "rayson").toFixed(2), "227.64");
  });

  it("rejects negative counts, a frequency above its corpus size and an unknown form with an ArgumentError", () => {
    assert.throws(() => g2Table(-1, 0, 0, 1), ArgumentError);
    assert.throws(() => logLikelihood(5, 1, 4, 10), /exceeds its corpus size/);
    assert.throws(() => logLikelihood(1, 1, 4, 10, "other" as never), ArgumentError);
  });
});
