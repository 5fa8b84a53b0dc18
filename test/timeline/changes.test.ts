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
    assert.ok(t.caveats.some((c) => /small samples/.test(c)));
    assert.ok(t.caveats.some((c) => /expected count is below 5/.test(c)));
    assert.equal(periodTests(rows, periods, ["unilateral", "dialogue"]).length, 6);
  });

  it("gives exact and score intervals by default: an infinite conditional odds ratio, Newcombe's difference", () => {
    // 2 of 2 against 0 of 3: Newcombe's lower limit is 1 − √(u(0,2)² + u(0,3)²), u(0,n) = z²/(n + z²).
    const t = comparePeriods(rows, "unilateral", periods[0], periods[2]);
    const u0 = (n: number) => 1.959963984540054 ** 2 / (n + 1.959963984540054 ** 2);
    near(t.riskDifference?.lower, 1 - Math.sqrt(u0(2) ** 2 + u0(3) ** 2), 1e-12, "Newcombe lower");
    near(t.riskDifference?.upper, 1, 1e-12, "Newcombe upper");
    assert.equal(t.oddsRatio?.estimate, Number.POSITIVE_INFINITY);
    assert.equal(t.oddsRatio?.haldane, false);
    assert.match(t.oddsRatioMethod, /conditional MLE/);
    assert.ok(t.caveats.some((c) => /odds ratio is 0 or infinite/.test(c)));
    assert.ok(!t.caveats.some((c) => /Haldane/.test(c)));
  });

  it("applies the Haldane–Anscombe correction only when asked, and says so", () => {
    // (2.5·3.5)/(0.5·0.5) = 35.
    const t = comparePeriods(rows, "unilateral", periods[0], periods[2], 0.95, { haldane: true });
    near(t.oddsRatio?.estimate, 35, 1e-9);
    assert.equal(t.oddsRatio?.haldane, true);
    assert.match(t.oddsRatioMethod, /Haldane/);
    assert.ok(t.caveats.some((c) => /Haldane/.test(c)));
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
