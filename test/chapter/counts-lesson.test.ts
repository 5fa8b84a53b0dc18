import { strict as assert } from "assert";
import { busiestYear, mostDwelt } from "../../lib/chapter";
import { countThemes } from "../../lib/counts";
import { row, rows } from "../counts/rows";

describe("chapter: chapter 05's checks", () => {
  it("the theme dwelt on most: mentions per unit with it (sovereignty 5/3, dialogue 4/2 = 2)", () => {
    assert.deepEqual(mostDwelt(countThemes(rows, ["sovereignty", "dialogue", "unilateral"])), {
      theme: "dialogue",
      perUnit: 2,
    });
    assert.equal(mostDwelt(countThemes([row("x", 2008, "mfa", [])], ["dialogue"])), null);
  });

  it("the busiest year: the most units, the earliest on a tie", () => {
    assert.deepEqual(busiestYear([...rows, row("e", 2009, "mfa", [])]), { year: 2009, units: 2 });
    assert.deepEqual(busiestYear(rows), { year: 2008, units: 1 });
    assert.equal(busiestYear([]), null);
  });
});
