import { strict as assert } from "assert";
import { periodShares, trajectoryPanels, yearShares } from "../../lib/charts/from-timeline";
import { prevalenceByPeriod, prevalenceByYear } from "../../lib/timeline/prevalence";
import { speakerTrajectories } from "../../lib/timeline/speakers";
import { periods, rows } from "../timeline/rows";

describe("charts: data from the timeline", () => {
  it("gives period shares with Wilson intervals", () => {
    const s = periodShares(prevalenceByPeriod(rows, periods, ["unilateral"]));
    assert.deepEqual(
      s.map((x) => [x.period, x.share, x.n]),
      [
        ["2008–2011", 0, 3],
        ["2012–2020", 0.5, 2],
        ["2021–2024", 1, 2],
      ],
    );
    assert.ok(s[0].high > 0.5 && s[0].low === 0, "0 of 3 still allows a large share");
  });

  it("leaves years without units out of the year shares", () => {
    const y = yearShares(prevalenceByYear(rows, ["dialogue"], { from: 2008, to: 2010 }));
    assert.deepEqual(y, [
      { year: 2008, theme: "dialogue", share: 1, units: 1 },
      { year: 2009, theme: "dialogue", share: 0.5, units: 2 },
    ]);
  });

  it("draws each speaker present in every period as a line in each theme's panel", () => {
    // CHN is the only speaker in every period: unilateral 0/2, 1/1, 1/1.
    assert.deepEqual(trajectoryPanels(speakerTrajectories(rows, periods, ["unilateral"])), [
      { group: "unilateral", x: 2008, y: 0, series: "CHN" },
      { group: "unilateral", x: 2012, y: 1, series: "CHN" },
      { group: "unilateral", x: 2021, y: 1, series: "CHN" },
    ]);
  });
});
