import { strict as assert } from "assert";
import * as charts from "../../lib/charts/from-timeline";
import * as stats from "../../lib/stats";
import * as tables from "../../lib/tables/timeline";
import * as timeline from "../../lib/timeline";

describe("timeline: the stage's face", () => {
  it("keeps the old names working (deprecated aliases, listed in RENAMES.md)", () => {
    const moved: Array<[unknown, unknown]> = [
      [timeline.fisherExact, stats.fisherExact],
      [timeline.chiSquare, stats.chiSquare],
      [timeline.riskDifference, stats.riskDifference],
      [timeline.oddsRatio, stats.oddsRatio],
      [timeline.cochranArmitage, stats.cochranArmitage],
      [timeline.holm, stats.holm],
      [timeline.wilsonInterval, stats.wilsonInterval],
      [timeline.formatP, tables.formatP],
      [timeline.prevalenceRows, tables.prevalenceRows],
      [timeline.prevalenceWide, tables.prevalenceWide],
      [timeline.periodTestRows, tables.periodTestRows],
      [timeline.trendRows, tables.trendRows],
      [timeline.rateWide, tables.rateWide],
      [timeline.yearShares, charts.yearShares],
      [timeline.periodShares, charts.periodShares],
    ];
    for (const [old, now] of moved) assert.equal(old, now);
  });
});
