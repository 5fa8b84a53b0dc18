import { strict as assert } from "assert";
import { paperVsCorpus } from "../../lib/counts/paper-comparison";
import { loadPaperFigures } from "../../lib/counts/paper-figures";
import { countBy, countThemes } from "../../lib/counts/themes";
import { breakdownRows, comparisonRows, countsRows, formatShare } from "../../lib/tables/counts";
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
});
