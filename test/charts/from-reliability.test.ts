import { strict as assert } from "assert";
import { agreementKappaChart, agreementKappaPoints, alphaIntervalChart } from "../../lib/charts";
import * as R from "../../lib/reliability";
import { reliabilityTable } from "../../lib/reliability";
import { paradoxData } from "../reliability/fixtures";

describe("charts: agreement against kappa, from the reliability table", () => {
  it("one point per theme whose kappa is defined (and overall)", () => {
    const { rows } = paradoxData();
    assert.deepEqual(
      agreementKappaPoints(rows).map((p) => p.label),
      ["common", "balanced", "overall"],
    );
  });
  it("chart data: one point per spot, shared spots named in the caption, axes from the data", () => {
    const t = reliabilityTable(
      [0, 1].map((c) =>
        Object.fromEntries(
          ["u1", "u2", "u3", "u4"].map((id, i) => [
            id,
            {
              a: (i % 2) as 0 | 1,
              b: (i % 2) as 0 | 1,
              c: (i % 2) as 0 | 1,
              d: (c === 0 ? (i < 2 ? 1 : 0) : i < 1 ? 1 : 0) as 0 | 1,
              e: 0 as 0 | 1,
            },
          ]),
        ),
      ),
      ["a", "b", "c", "d", "e"],
    );
    const c = agreementKappaChart(t);
    // a, b, c agree fully (1, 1); d: coder 1 = 1 1 0 0, coder 2 = 1 0 0 0 → agreement 0.75, kappa 0.5;
    // e: kappa undefined
    assert.deepEqual(c.points, [
      { label: "3 themes", x: 1, y: 1 },
      { label: "d", x: 0.75, y: 0.5 },
    ]);
    assert.deepEqual(c.xDomain, [0.5, 1]);
    assert.deepEqual(c.yDomain, [0, 1]);
    assert.match(c.caption, /3 themes at agreement 1\.000, κ 1\.000: a, b, c\./);
    assert.match(c.caption, /κ not defined \(not drawn\): e\./);
  });
  it("draws α per theme with its interval against 0.667 and 0.800, leaving out a theme nobody marked", () => {
    const { coders } = paradoxData();
    const themes = ["common", "balanced", "never"];
    const intervals = R.themeIntervals(coders, themes, { reps: 100, seed: 1 });
    const c = alphaIntervalChart(intervals, R.codeSupport(coders, themes));
    assert.deepEqual(
      c.rules.map((r) => r.value),
      [0.667, 0.8],
    );
    assert.ok(!c.points.some((p) => p.label.startsWith("never")));
    assert.ok(c.points.every((p) => p.lower <= p.value && p.value <= p.upper));
    assert.ok(c.xDomain[0] <= Math.min(...c.points.map((p) => p.lower)));
  });
});
