import { strict as assert } from "assert";
import { paperVsCorpus } from "../../lib/counts/paper-comparison";
import { loadPaperFigures } from "../../lib/counts/paper-figures";
import { countBy, countThemes } from "../../lib/counts/themes";
import { themeChanges } from "../../lib/coding/theme-changes";
import { themeChangeBars } from "../../lib/charts/from-coding";
import { breakdownRows, comparisonRows, countsRows, formatShare, themeChangeRows } from "../../lib/tables/counts";
import { PAPER_THEMES, SIX, rows } from "../counts/rows";

describe("tables: counts", () => {
  it("formats the paper beside a corpus and a corpus's counts as table rows", () => {
    const corpus = countThemes(rows, SIX);
    const cmp = paperVsCorpus(loadPaperFigures(), corpus, { ...PAPER_THEMES, corpus: "invented" });
    assert.equal(comparisonRows(cmp)[0].paper, "66 / 82 (80.5%)");
    assert.deepEqual(countsRows(corpus)[0], {
      theme: "sovereignty",
      units: 4,
      present: 3,
      share: "75.0%",
      mentions: 5,
    });
  });

  it("formats a share with one decimal, '–' when there are no units", () => {
    assert.equal(formatShare(66 / 82), "80.5%");
    assert.equal(formatShare(null), "–");
  });

  it("writes a breakdown as 'present / units' per key and theme", () => {
    assert.deepEqual(breakdownRows(countBy(rows, "category", ["sovereignty"]))[0], {
      key: "leader",
      theme: "sovereignty",
      present: "0 / 1",
      share: "0.0%",
      mentions: 0,
    });
  });

  it("a theme's counts before and after one text added, side by side (table rows and chart bars)", () => {
    const before = [{ theme: "dialogue", units: 2, present: 1, share: 0.5, mentions: 1 }];
    const after = [{ theme: "dialogue", units: 3, present: 2, share: 2 / 3, mentions: 3 }];
    const changes = themeChanges(before, after);
    assert.deepEqual(themeChangeRows(changes), [
      {
        theme: "dialogue",
        "texts before": 2,
        "texts after": 3,
        "present before": 1,
        "present after": 2,
        "mentions before": 1,
        "mentions after": 3,
      },
    ]);
    assert.deepEqual(themeChangeBars(changes), [
      { label: "dialogue", value: 1, group: "before" },
      { label: "dialogue", value: 3, group: "after" },
    ]);
  });
});
