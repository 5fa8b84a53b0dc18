import { strict as assert } from "assert";
import { decades, outsidePeriods, periodOf, rowsIn } from "../../lib/timeline/periods";
import { periods, rows } from "./rows";

describe("timeline: periods", () => {
  it("cuts decades at years ending in 0, clipped to the range", () => {
    assert.deepEqual(
      decades(1971, 2024).map((p) => p.label),
      ["1971–1979", "1980–1989", "1990–1999", "2000–2009", "2010–2019", "2020–2024"],
    );
  });

  it("finds a year's period, the rows of a period, and the rows of no period", () => {
    assert.equal(periodOf(2012, periods)?.label, "2012–2020");
    assert.equal(periodOf(2005, periods), null);
    assert.deepEqual(
      rowsIn(rows, periods[0]).map((r) => r.id),
      ["e1", "e2", "e3"],
    );
    assert.deepEqual(
      outsidePeriods(rows, periods).map((r) => r.id),
      ["x"],
    );
  });
});
