import { strict as assert } from "assert";
import {
  formatP,
  periodTestRows,
  prevalenceRows,
  prevalenceWide,
  rateWide,
  trendRows,
} from "../../lib/tables/timeline";
import { periodTests, trendTests } from "../../lib/timeline/changes";
import { prevalenceByPeriod } from "../../lib/timeline/prevalence";
import { mentionRates } from "../../lib/timeline/rates";
import { periods, rows } from "../timeline/rows";

describe("tables: timeline", () => {
  it("shapes cells and tests into rows a reader checks by hand", () => {
    const wide = prevalenceWide(prevalenceByPeriod(rows, periods, ["dialogue", "unilateral"]));
    assert.deepEqual(wide[0], { period: "2008–2011", units: 3, dialogue: "2/3", unilateral: "0/3" });
    const r = periodTestRows(periodTests(rows, periods, ["unilateral"]))[0];
    assert.equal(r["Fisher p"], "0.100");
    assert.equal(r.earlier, "0/3 (0.0%)");
    // 2 of 2 against 0 of 3: the conditional MLE is infinite, the exact interval open above; no 0.5 added.
    assert.match(String(r["odds ratio [95% CI]"]), /^∞ \[\d+\.\d\d, ∞\]$/);
    assert.match(String(r["difference [95% CI]"]), /^1\.00 \[0\.\d\d, 1\.00\]$/);
    const ha = periodTestRows(periodTests(rows, periods, ["unilateral"], undefined, 0.95, { haldane: true }))[0];
    // By hand: (2.5·3.5)/(0.5·0.5) = 35, se = √(1/2.5 + 1/0.5 + 1/0.5 + 1/3.5) = 2.1646, 35·e^(∓1.96·se).
    assert.equal(ha["odds ratio [95% CI]"], "35.00 [0.50, 2435.69] (HA)");
  });

  it("formats p to three decimals, '<0.001' below and '–' without a test", () => {
    assert.equal(formatP(0.48571), "0.486");
    assert.equal(formatP(0.0002), "<0.001");
    assert.equal(formatP(null), "–");
  });

  it("writes one row per prevalence cell, and a trend test with its cells", () => {
    assert.deepEqual(prevalenceRows(prevalenceByPeriod(rows, periods, ["unilateral"]))[0], {
      period: "2008–2011",
      theme: "unilateral",
      present: "0 / 3",
      share: "0.0%",
      mentions: 0,
    });
    const t = trendRows(trendTests(rows, ["unilateral"], { periods }))[0];
    assert.equal(t.cells, "2008–2011 0/3 · 2012–2020 1/2 · 2021–2024 2/2");
    assert.equal(t.direction, "rising");
  });

  it("a z that rounds to zero is written without a sign (no -0.00)", () => {
    const flat = trendRows([{ theme: "x", cells: [], scores: [], z: -0.001, chiSquare: 0, p: 0.999, m2: 0, units: 4 }]);
    assert.equal(flat[0].z, "0.00");
  });

  it("writes rates per 1,000 words with two decimals", () => {
    const wide = rateWide(mentionRates(rows, () => 500, ["sovereignty"], periods));
    // 2008–2011: 1 mention in 3 × 500 words = 0.67 per 1,000.
    assert.deepEqual(wide[0], { period: "2008–2011", units: 3, words: 1500, sovereignty: "0.67" });
  });
});
