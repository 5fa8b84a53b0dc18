import { strict as assert } from "assert";
import { mostSingleSentence, presentCells, singleSentenceLine, themeReach } from "../../lib/chapter";
import { row, rows } from "../counts/rows";

// rows (test/counts/rows.ts): four invented units; sovereignty in 3, dialogue in 2, unilateral in 1.
describe("chapter: chapter 03's checks", () => {
  it("present cells: 3 + 2 + 1 = 6 over the three themes", () => {
    assert.equal(presentCells(rows, ["sovereignty", "dialogue", "unilateral"]), 6);
    assert.match(
      singleSentenceLine([1, 2], rows, ["sovereignty", "dialogue", "unilateral"]),
      /\*\*2\*\* .* \(of 6 present cells\)/,
    );
  });

  it("a theme's reach: its units and their countries (one more unit of another country)", () => {
    const more = [...rows, { ...row("e", 2010, "mfa", ["dialogue"]), country: "SRB" }];
    assert.deepEqual(themeReach(more, "dialogue"), { units: 3, countries: 2 });
  });

  it("the theme most often found in one sentence only: the first in theme order on a tie, null for none", () => {
    const once = [{ theme: "dialogue" }, { theme: "sovereignty" }, { theme: "dialogue" }];
    assert.equal(mostSingleSentence(once, ["sovereignty", "dialogue"]), "dialogue");
    assert.equal(mostSingleSentence([{ theme: "a" }, { theme: "b" }], ["b", "a"]), "b");
    assert.equal(mostSingleSentence([], ["a"]), null);
  });
});
