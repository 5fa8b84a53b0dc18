import { strict as assert } from "assert";
import { outsidePeriods } from "../../lib/timeline/periods";
import { prevalenceByPeriod, prevalenceByYear, prevalenceCell } from "../../lib/timeline/prevalence";
import { periods, rows } from "./rows";

describe("timeline: prevalence", () => {
  it("counts units per period, so a share shows what it rests on", () => {
    const c = prevalenceByPeriod(rows, periods, ["unilateral"]);
    assert.deepEqual(
      c.map((x) => [x.key, x.present, x.units, x.share]),
      [
        ["2008–2011", 0, 3, 0],
        ["2012–2020", 1, 2, 0.5],
        ["2021–2024", 2, 2, 1],
      ],
    );
    assert.deepEqual(
      outsidePeriods(rows, periods).map((r) => r.id),
      ["x"],
    );
  });

  it("gives every year of a range a cell, empty years with share null", () => {
    const c = prevalenceByYear(rows, ["dialogue"], { from: 2008, to: 2010 });
    assert.deepEqual(
      c.map((x) => [x.key, x.present, x.units, x.share]),
      [
        ["2008", 1, 1, 1],
        ["2009", 1, 2, 0.5],
        ["2010", 0, 0, null],
      ],
    );
  });

  it("counts a theme missing from a row's codes as absent", () => {
    const c = prevalenceCell("all", 2008, 2024, "minorities", rows);
    assert.deepEqual([c.units, c.present, c.share, c.mentions], [8, 0, 0, 0]);
  });
});
