import { strict as assert } from "assert";
import { comparePeriods, defaultPairs, periodTests, trendTests } from "../../lib/timeline/changes";
import { near } from "../stats/near";
import { periods, rows } from "./rows";

describe("timeline: tests of change", () => {
  it("runs per theme over years and over periods", () => {
    const inPeriods = rows.filter((r) => r.id !== "x");
    const t = trendTests(inPeriods, ["unilateral"], { periods })[0];
    assert.deepEqual(
      t.cells.map((c) => [c.key, c.present, c.units]),
      [
        ["2008–2011", 0, 3],
        ["2012–2020", 1, 2],
        ["2021–2024", 2, 2],
      ],
    );
    assert.ok((t.z ?? 0) > 0);
    const byYear = trendTests(inPeriods, ["unilateral"])[0];
    assert.deepEqual(
      byYear.cells.map((c) => c.score),
      [2008, 2009, 2015, 2016, 2022, 2023],
    );
  });

  it("tests first vs last and each neighbour pair, with the table later-first", () => {
    assert.deepEqual(
      defaultPairs(periods).map(([a, b]) => `${a.label}→${b.label}`),
      ["2008–2011→2021–2024", "2008–2011→2012–2020", "2012–2020→2021–2024"],
    );
    const t = comparePeriods(rows, "unilateral", periods[0], periods[2]);
    assert.deepEqual(t.table, [
      [2, 0],
      [0, 3],
    ]);
    // Fisher by hand: only the observed table is as extreme, P = 1/C(5,2) = 0.1.
    near(t.fisher?.p, 0.1, 1e-12);
    near(t.riskDifference?.estimate, 1, 1e-12);
    assert.equal(t.oddsRatio?.haldane, true);
    assert.ok(t.caveats.some((c) => /small samples/.test(c)));
    assert.ok(t.caveats.some((c) => /expected count is below 5/.test(c)));
    assert.ok(t.caveats.some((c) => /Haldane/.test(c)));
    assert.equal(periodTests(rows, periods, ["unilateral", "dialogue"]).length, 6);
  });

  it("has no Fisher test where the theme never varies, and says why", () => {
    // A theme no row has is absent everywhere: nothing to test.
    const t = comparePeriods(rows, "minorities", periods[0], periods[2]);
    assert.equal(t.fisher, null);
    assert.ok(t.caveats.some((c) => /absent \(or present\) everywhere/.test(c)));
    const empty = comparePeriods(rows, "dialogue", { label: "1990s", from: 1990, to: 1999 }, periods[2]);
    assert.ok(empty.caveats.some((c) => /no units in 1990s/.test(c)));
  });
});
