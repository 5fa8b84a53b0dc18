import { strict as assert } from "assert";
import { chartCounts, comparisonBars, groupShareCells } from "../../lib/charts/from-counts";
import { paperVsCorpus } from "../../lib/counts/paper-comparison";
import { loadPaperFigures } from "../../lib/counts/paper-figures";
import { countThemes } from "../../lib/counts/themes";
import { PAPER_THEMES, SIX, rows } from "../counts/rows";

describe("charts: data from counts", () => {
  it("shapes counts for the hierarchy chart", () => {
    assert.deepEqual(chartCounts(countThemes(rows, ["sovereignty"])), [
      { theme: "sovereignty", presence: 3, mentions: 5 },
    ]);
  });

  it("gives a bar per known share, the paper's first (66/82) then the corpus's (3/4)", () => {
    const cmp = paperVsCorpus(loadPaperFigures(), countThemes(rows, SIX), PAPER_THEMES);
    const bars = comparisonBars(cmp, "invented");
    assert.deepEqual(bars.slice(0, 2), [
      { label: "sovereignty", value: 66 / 82, group: "paper (82 texts)" },
      { label: "sovereignty", value: 0.75, group: "invented (4 units)" },
    ]);
    assert.equal(bars.length, 12);
  });
});

describe("charts: a group × theme grid of shares", () => {
  it("groups in the given order, each labelled with its units, shares to two decimals, empty groups left out", () => {
    const profile = [
      { key: "Russia", theme: "dialogue", units: 3, present: 1, share: 1 / 3, mentions: 1 },
      { key: "China", theme: "dialogue", units: 8, present: 2, share: 0.25, mentions: 2 },
      { key: "France", theme: "dialogue", units: 0, present: 0, share: null, mentions: 0 },
    ];
    assert.deepEqual(groupShareCells(profile, ["China", "France", "Russia"]), [
      { unit: "China (8)", theme: "dialogue", value: 0.25 },
      { unit: "Russia (3)", theme: "dialogue", value: 0.33 },
    ]);
  });
});
