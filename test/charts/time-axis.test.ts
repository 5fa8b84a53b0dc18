import { strict as assert } from "assert";
import { decimalYear, periodLayers, periodRects } from "../../lib/charts";
import { ArgumentError } from "../../lib/core";

describe("charts: the time axis", () => {
  it("decimalYear puts 2 July of the leap year 2008 at exactly 2008.5", () => {
    assert.equal(decimalYear("2008-07-02"), 2008.5);
    assert.equal(decimalYear("2010-01-01"), 2010);
  });
  it("a date not written YYYY-MM-DD is an ArgumentError", () => {
    assert.throws(() => decimalYear("2008"), ArgumentError);
  });
  it("a period spans half a year either side of its years; shading alternates", () => {
    const periods = [
      { label: "A", from: 2008, to: 2011 },
      { label: "B", from: 2012, to: 2020 },
    ];
    assert.deepEqual(periodRects(periods), [
      { label: "A", start: 2007.5, end: 2011.5, shade: 0 },
      { label: "B", start: 2011.5, end: 2020.5, shade: 1 },
    ]);
    assert.equal(periodLayers(periods).length, 2);
  });
});
