import { strict as assert } from "assert";
import { paperVsCorpus } from "../../lib/counts/paper-comparison";
import { loadPaperFigures } from "../../lib/counts/paper-figures";
import { countThemes } from "../../lib/counts/themes";
import { PAPER_THEMES, SIX, rows } from "./rows";

describe("counts: the paper beside a corpus", () => {
  it("compares the paper with a corpus: shares side by side, ranks, rho/tau, labelled as different corpora", () => {
    const corpus = countThemes(rows, SIX);
    const cmp = paperVsCorpus(loadPaperFigures(), corpus, { ...PAPER_THEMES, corpus: "invented" });
    assert.equal(cmp.sameCorpus, false);
    assert.match(cmp.label, /^Different corpora/);
    assert.deepEqual(cmp.rankedThemes, ["sovereignty", "dialogue", "unilateral", "un_authority", "us_nato"]);
    // Paper shares rank: sov 1, dia 2, uni 4, un 3, us 5. Invented corpus: sov 1, dia 2, uni 3, un 4.5, us 4.5.
    assert.deepEqual(
      cmp.rows.slice(0, 5).map((r) => [r.paperRank, r.corpusRank]),
      [
        [1, 1],
        [2, 2],
        [4, 3],
        [3, 4.5],
        [5, 4.5],
      ],
    );
    // rho = Pearson of those ranks: by hand, sum of (r−3)(s−3) = 4+1+0+0+3 = 8; sxx = 10;
    // syy = 4+1+0+2.25+2.25 = 9.5
    assert.ok(Math.abs((cmp.spearman ?? NaN) - 8 / Math.sqrt(10 * 9.5)) < 1e-12);
    assert.equal(cmp.rows.find((r) => r.theme === "eu_antagonism")?.paperRank, null);
    const same = paperVsCorpus(loadPaperFigures(), corpus, {
      ...PAPER_THEMES,
      corpus: "china-kosovo",
      sameCorpus: true,
    });
    assert.match(same.label, /^Same corpus/);
  });

  it("says which counts can be compared: only 4 of 82 texts loaded, or ρ's step for 5 themes (12/120 = 0.10)", () => {
    const corpus = countThemes(rows, SIX);
    const same = paperVsCorpus(loadPaperFigures(), corpus, { ...PAPER_THEMES, sameCorpus: true });
    assert.match(same.caveat, /^Only 4 of the paper's 82 texts are loaded/);
    const other = paperVsCorpus(loadPaperFigures(), corpus, PAPER_THEMES);
    assert.match(other.caveat, /changes ρ by 0\.10\)\.$/);
  });

  it("takes the compared and ranked themes as parameters", () => {
    const corpus = countThemes(rows, SIX);
    const cmp = paperVsCorpus(loadPaperFigures(), corpus, {
      coreThemes: ["dialogue", "sovereignty"],
      rankedThemes: ["dialogue", "sovereignty"],
    });
    // Only the themes the paper is asked for (and the corpus has) are compared, in the order asked.
    assert.deepEqual(
      cmp.rows.map((r) => r.theme),
      ["dialogue", "sovereignty"],
    );
    // Paper: sovereignty 66 > dialogue 65; corpus: sovereignty 3 > dialogue 2 — the same order, ρ = 1.
    assert.equal(cmp.spearman, 1);
  });
});
