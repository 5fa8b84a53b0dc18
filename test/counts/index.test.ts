import { strict as assert } from "assert";
import * as charts from "../../lib/charts/from-counts";
import * as counts from "../../lib/counts";
import * as stats from "../../lib/stats";
import * as tables from "../../lib/tables/counts";

describe("counts: the stage's face", () => {
  it("keeps the old names working (deprecated aliases, listed in RENAMES.md)", () => {
    assert.equal(counts.themeKeys, counts.themesOfRows);
    assert.equal(counts.ranksDescending, stats.ranksDescending);
    assert.equal(counts.spearmanRho, stats.spearmanRho);
    assert.equal(counts.kendallTauB, stats.kendallTauB);
    assert.equal(counts.formatShare, tables.formatShare);
    assert.equal(counts.countsRows, tables.countsRows);
    assert.equal(counts.breakdownRows, tables.breakdownRows);
    assert.equal(counts.comparisonRows, tables.comparisonRows);
    assert.equal(counts.chartCounts, charts.chartCounts);
    assert.equal(counts.comparisonBars, charts.comparisonBars);
  });
});
