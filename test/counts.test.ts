import { strict as assert } from "assert";
import { CodedRow } from "../lib/core";
import {
  countBy,
  countThemes,
  countsRows,
  comparisonRows,
  hierarchy,
  kendallTauB,
  loadPaperFigures,
  paperCounts,
  paperVsCorpus,
  parsePaperFigures,
  ranksDescending,
  spearmanRho,
  themeKeys,
} from "../lib/counts";
import { ValidationError } from "../lib/core";

/** An invented coded row: presences from `present`, mentions from `mentions` (default 1 per present theme). */
function row(
  id: string,
  year: number,
  category: string,
  present: string[],
  mentions: Record<string, number> = {},
): CodedRow {
  const themes = ["sovereignty", "dialogue", "unilateral", "un_authority", "us_nato", "eu_antagonism", "minorities"];
  const codes: CodedRow["codes"] = {};
  for (const t of themes)
    codes[t] = present.includes(t) ? { present: 1, mentions: mentions[t] ?? 1 } : { present: 0, mentions: 0 };
  return { id, date: null, year, category, country: "CHN", speaker: "", codes, vocabulary: {} };
}

// Four invented units: sovereignty in 3 (mentions 2+1+2), dialogue in 2, unilateral in 1, others in none.
const rows: CodedRow[] = [
  row("a", 2008, "mfa", ["sovereignty", "dialogue"], { sovereignty: 2 }),
  row("b", 2009, "unsc", ["sovereignty"]),
  row("c", 2021, "unsc", ["sovereignty", "unilateral", "dialogue"], { sovereignty: 2, dialogue: 3 }),
  row("d", 2022, "leader", []),
];

describe("counts", () => {
  it("counts units where present, share and mention totals per theme", () => {
    const c = countThemes(rows, ["sovereignty", "dialogue", "unilateral", "eu_antagonism"]);
    assert.deepEqual(
      c.map((x) => [x.theme, x.units, x.present, x.share, x.mentions]),
      [
        ["sovereignty", 4, 3, 0.75, 5],
        ["dialogue", 4, 2, 0.5, 4],
        ["unilateral", 4, 1, 0.25, 1],
        ["eu_antagonism", 4, 0, 0, 0],
      ],
    );
  });

  it("lists the core themes first, in the coding guide's order, then the others", () => {
    assert.deepEqual(themeKeys(rows), [
      "sovereignty",
      "dialogue",
      "unilateral",
      "un_authority",
      "us_nato",
      "eu_antagonism",
      "minorities",
    ]);
  });

  it("gives an empty corpus a null share rather than 0/0", () => {
    assert.equal(countThemes([], ["dialogue"])[0].share, null);
  });

  it("sorts the hierarchy largest first, ties sharing a rank and ordered by key", () => {
    const h = hierarchy(countThemes(rows, ["unilateral", "dialogue", "sovereignty", "us_nato", "un_authority"]));
    assert.deepEqual(
      h.map((x) => [x.rank, x.theme]),
      [
        [1, "sovereignty"],
        [2, "dialogue"],
        [3, "unilateral"],
        [4, "un_authority"],
        [4, "us_nato"],
      ],
    );
  });

  it("breaks counts down by a field, keys sorted", () => {
    const b = countBy(rows, "category", ["sovereignty"]);
    assert.deepEqual(
      b.map((x) => [x.key, x.present, x.units]),
      [
        ["leader", 0, 1],
        ["mfa", 1, 1],
        ["unsc", 2, 2],
      ],
    );
    const byPeriod = countBy(rows, (r) => (r.year < 2012 ? "early" : "late"), ["dialogue"]);
    assert.deepEqual(
      byPeriod.map((x) => [x.key, x.present, x.units]),
      [
        ["early", 1, 2],
        ["late", 1, 2],
      ],
    );
  });

  it("reads the paper's figures as published in sections 4 and 4.1 (EU mentions left empty)", () => {
    const f = loadPaperFigures();
    const texts = f.filter((x) => x.measure === "texts").map((x) => [x.theme, x.value, x.of]);
    assert.deepEqual(texts, [
      ["sovereignty", 66, 82],
      ["dialogue", 65, 82],
      ["unilateral", 22, 82],
      ["un_authority", 63, 82],
      ["us_nato", 15, 82],
      ["eu_antagonism", 0, 82],
    ]);
    const mentions = f.filter((x) => x.measure === "mentions").map((x) => [x.theme, x.value]);
    assert.deepEqual(mentions, [
      ["sovereignty", 132],
      ["dialogue", 130],
      ["unilateral", 44],
      ["un_authority", 126],
      ["us_nato", 30],
      ["eu_antagonism", null],
    ]);
    for (const x of f) assert.match(x.source, /section 4/);
    assert.match(f.find((x) => x.measure === "texts" && x.theme === "dialogue")?.note ?? "", /130 texts/);
  });

  it("turns the paper's figures into counts out of 82", () => {
    const p = paperCounts(loadPaperFigures());
    assert.equal(p[0].theme, "sovereignty");
    assert.equal(p[0].present, 66);
    assert.equal(p[0].units, 82);
    assert.equal(p[0].mentions, 132);
    assert.equal(p[5].mentions, null);
  });

  it("rejects a figures file with bad values, naming line and column", () => {
    const csv = "measure,theme,value,of,source,note\ntexts,sovereignty,sixty,82,section 4,\ncounts,dialogue,65,82,,\n";
    assert.throws(
      () => parsePaperFigures(csv, "figs.csv"),
      (e: unknown) =>
        e instanceof ValidationError &&
        e.problems.map((p) => `${p.line}:${p.column}`).join(" ") === "2:value 3:measure 3:source",
    );
  });

  it("ranks descending with tied values averaged", () => {
    assert.deepEqual(ranksDescending([66, 65, 22, 63, 15]), [1, 2, 4, 3, 5]);
    assert.deepEqual(ranksDescending([3, 1, 3, 2]), [1.5, 4, 1.5, 3]);
  });

  it("reproduces R's cor.test example (Hollander & Wolfe 1973, p. 188): Kendall's tau = 0.4444444", () => {
    // Published: cor.test(x, y, method = "kendall") → tau 0.4444444 (R documentation example; S-Plus output in
    // B. Habing's course notes, stat.sc.edu/~habing/courses/518splus3F98.html).
    const x = [44.4, 45.9, 41.9, 53.3, 44.7, 44.1, 50.7, 45.2, 60.1];
    const y = [2.6, 3.1, 2.5, 5.0, 3.6, 4.0, 5.2, 2.8, 3.8];
    assert.ok(Math.abs((kendallTauB(x, y) ?? NaN) - 0.4444444) < 1e-7);
    // Spearman's rho for the same data, by hand: sum of squared rank differences 48, 1 − 6·48/(9·80) = 0.6.
    assert.ok(Math.abs((spearmanRho(x, y) ?? NaN) - 0.6) < 1e-12);
  });

  it("gives tau-b with ties the textbook value (1 tie in x: 5/sqrt(6·5) for 4 items)", () => {
    // x = 1,2,2,3 ; y = 1,2,3,4 → 5 concordant, 0 discordant, 1 tie in x: 5/sqrt(6·5)
    assert.ok(Math.abs((kendallTauB([1, 2, 2, 3], [1, 2, 3, 4]) ?? NaN) - 5 / Math.sqrt(30)) < 1e-12);
  });

  it("compares the paper with a corpus: shares side by side, ranks, rho/tau, labelled as different corpora", () => {
    const corpus = countThemes(rows, [
      "sovereignty",
      "dialogue",
      "unilateral",
      "un_authority",
      "us_nato",
      "eu_antagonism",
    ]);
    const cmp = paperVsCorpus(loadPaperFigures(), corpus, { corpus: "invented" });
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
    // rho = Pearson of those ranks: by hand, sum of (r−3)(s−3) = 4+1+0+0+3 = 8; sxx = 10; syy = 4+1+0+2.25+2.25 = 9.5
    assert.ok(Math.abs((cmp.spearman ?? NaN) - 8 / Math.sqrt(10 * 9.5)) < 1e-12);
    assert.equal(cmp.rows.find((r) => r.theme === "eu_antagonism")?.paperRank, null);
    assert.equal(comparisonRows(cmp)[0].paper, "66 / 82 (80.5%)");
    assert.deepEqual(countsRows(corpus)[0], {
      theme: "sovereignty",
      units: 4,
      present: 3,
      share: "75.0%",
      mentions: 5,
    });
    const same = paperVsCorpus(loadPaperFigures(), corpus, { corpus: "china-kosovo", sameCorpus: true });
    assert.match(same.label, /^Same corpus/);
  });
});
