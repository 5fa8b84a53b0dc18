import { strict as assert } from "assert";
import type { CodedRow } from "../../lib/core";
import { withinSpeakerTrends } from "../../lib/timeline/within-model";
import { near } from "../stats/near";
import { row } from "./rows";

describe("timeline: the within-speaker trend", () => {
  it("is the conditional logit of presence on the decade, speakers conditioned away", () => {
    // Invented: speaker A says "dialogue" in 2010 but not 2000; B in 2000 and 2010 but not 1990; C always.
    // With one event per speaker the conditional likelihood is Π exp(βx_event) / Σ exp(βx): for A (x = 1 of 0, 1)
    // and B (x = 1 or 2 of 0, 1, 2 … two events). C carries no information.
    const rows: CodedRow[] = [
      row("a1", 2000, "A", []),
      row("a2", 2010, "A", ["dialogue"]),
      row("b1", 1990, "B", []),
      row("b2", 2000, "B", ["dialogue"]),
      row("b3", 2010, "B", ["dialogue"]),
      row("c1", 2000, "C", ["dialogue"]),
      row("c2", 2010, "C", ["dialogue"]),
    ];
    const [t] = withinSpeakerTrends(rows, ["dialogue"], { from: 1990 });
    assert.equal(t.per, 10);
    assert.equal(t.fit.strata, 3);
    assert.equal(t.fit.informativeStrata, 2);
    // Every informative speaker says it later and not earlier: the data separate, the estimate is +∞.
    assert.equal(t.fit.separated, true);
    assert.equal(t.fit.coefficients[0].estimate, Number.POSITIVE_INFINITY);
    // LR by hand: null log L = log(1/2) + log(1/3) (B: 2 events of 3, C(3,2) = 3 subsets); at +∞ it is 0.
    near(t.fit.lrStatistic, -2 * (Math.log(1 / 2) + Math.log(1 / 3)), 1e-6);
  });
});
