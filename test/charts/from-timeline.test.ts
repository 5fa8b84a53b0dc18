import { strict as assert } from "assert";
import { periodShares, stancePoints, trajectoryPanels, yearShares } from "../../lib/charts/from-timeline";
import { prevalenceByPeriod, prevalenceByYear } from "../../lib/timeline/prevalence";
import { speakerTrajectories } from "../../lib/timeline/speakers";
import { periods, rows } from "../timeline/rows";
import { CODED, UNITS } from "./passages";

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

describe("charts: unit stances with who spoke (for stanceTimeline)", () => {
  it("joins each stance with its unit's country, speaker and first stance sentence", () => {
    const stances = [
      {
        id: "AAA_1_2009",
        date: null,
        year: 2009,
        country: "AAA",
        group: "all",
        proSerbia: 1,
        proKosovo: 0,
        stance: 1 / 3,
      },
      { id: "ZZZ_9_2011", date: null, year: 2011, country: "ZZZ", group: "all", proSerbia: 0, proKosovo: 0, stance: 0 },
    ];
    assert.deepEqual(stancePoints(stances, UNITS, CODED, ["sovereignty", "unilateral", "us_nato", "independence"]), [
      {
        id: "AAA_1_2009",
        date: null,
        year: 2009,
        stance: 1 / 3,
        countryName: "Aland",
        speaker: "Ann Ames",
        evidence: "Talks respect borders.",
      },
      { id: "ZZZ_9_2011", date: null, year: 2011, stance: 0 },
    ]);
  });
});
