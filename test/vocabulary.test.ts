import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { parseCodebook } from "../lib/codebook";
import { InputError } from "../lib/core";
import type { Evidence, Unit } from "../lib/core";
import {
  ENGLISH_STOPWORDS,
  chiSquareTable,
  countDifferences,
  countTermLists,
  criticalChiSquare1,
  findTerms,
  frequencyList,
  fromCodedVocabulary,
  g2Table,
  keyness,
  keynessCsv,
  kwic,
  kwicEvidence,
  keynessBars,
  keynessByGroup,
  namingPanels,
  type FrequencyList,
  logLikelihood,
  logRatio,
  namingRows,
  pChiSquare1,
  parseTerm,
  parseTerms,
  silenceTable,
  termListsFromCodebook,
  termUsage,
  unitSizes,
  topKeywords,
  type WordToken,
} from "../lib/vocabulary";

// A stand-in for lib/units.ts `tokenize`: words (with an apostrophe part), norm = lower case
// without diacritics. The tests only rely on the shape { text, norm, start, end }.
function tokenize(text: string): WordToken[] {
  const out: WordToken[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)) {
    const t = m[0];
    out.push({
      text: t,
      norm: t.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase(),
      start: m.index!,
      end: m.index! + t.length,
    });
  }
  return out;
}

// Invented passages (our own writing, not any real statement).
function unit(id: string, year: number, country: string, body: string, date: string | null = null): Unit {
  return {
    id,
    textId: id,
    date,
    year,
    category: "General Debate",
    speaker: "",
    post: "",
    country,
    countryName: country,
    venue: "",
    source: "",
    spans: [[0, body.length]],
    body,
    words: tokenize(body).length,
  };
}

const U = [
  unit(
    "AAA_1",
    2009,
    "AAA",
    "We urge both sides to resume negotiations. The Pristina authorities acted alone.",
    "2009-09-24",
  ),
  unit("BBB_1", 2009, "BBB", "Normalization of relations is our hope. The advisory opinion was clear.", "2009-09-25"),
  unit(
    "BBB_2",
    2022,
    "BBB",
    "We welcome normalisation and the negotiated agreement. The Kosovo authorities must talk.",
    "2022-09-21",
  ),
  unit(
    "CCC_1",
    2022,
    "CCC",
    "Unilateral steps by the Pristina authorities are unacceptable. Negotiation is the only way.",
    "2022-09-23",
  ),
];
const GROUP: Record<string, string> = { AAA: "Alpha", BBB: "Beta", CCC: "Gamma" };
const groupOf = (u: Unit) => GROUP[u.country];

describe("vocabulary: terms", () => {
  it("parses a prefix wildcard and a phrase with the text's tokenizer", () => {
    assert.deepEqual(parseTerm("Negotiat*", tokenize), {
      label: "Negotiat*",
      words: [{ norm: "negotiat", prefix: true }],
    });
    assert.deepEqual(parseTerm("Kosovo  authorities", tokenize).words, [
      { norm: "kosovo", prefix: false },
      { norm: "authorities", prefix: false },
    ]);
  });

  it("rejects empty terms, a bare '*' and a '*' inside a word, naming the list", () => {
    assert.throws(() => parseTerm("  ", tokenize), InputError);
    assert.throws(() => parseTerm("*", tokenize), /has no word in it/);
    assert.throws(
      () => parseTerm("neg*tiate", tokenize, { file: "data/codebook.yaml", list: "dialogue" }),
      (e: unknown) => {
        assert.ok(e instanceof InputError);
        assert.equal(e.file, "data/codebook.yaml");
        assert.equal(e.column, "dialogue");
        return true;
      },
    );
  });

  it("finds the longest term at a position and never overlaps hits", () => {
    const toks = tokenize("the Pristina authorities and the authorities of Pristina");
    const terms = [parseTerm("authorities", tokenize), parseTerm("Pristina authorities", tokenize)];
    assert.deepEqual(findTerms(toks, terms), [
      { term: "Pristina authorities", first: 1, last: 2 },
      { term: "authorities", first: 5, last: 5 },
    ]);
  });

  it("splits codebook alternatives on '|' and matches a word's possessive too", () => {
    assert.deepEqual(
      parseTerms(["normaliz*|normalis*", "ICJ"], tokenize).map((t) => t.label),
      ["normaliz*", "normalis*", "ICJ"],
    );
    assert.throws(() => parseTerms([{ near: ["a", "b"] }], tokenize, { list: "icj" }), /must be a string/);
    const toks = tokenize("Kosovo's status and Kosovo");
    assert.equal(findTerms(toks, [parseTerm("Kosovo", tokenize)]).length, 2);
  });

  it("matches a prefix against every form and diacritics-insensitively", () => {
    const toks = tokenize("negotiate, negotiations, Négotiated; renegotiate");
    assert.equal(findTerms(toks, [parseTerm("negotiat*", tokenize)]).length, 3);
  });
});

describe("vocabulary: KWIC", () => {
  it("gives one row per hit with N words of context and the unit's metadata", () => {
    const rows = kwic(U, ["negotiat*"], tokenize, { window: 2, groupOf });
    assert.deepEqual(
      rows.map((r) => [r.unitId, r.group, r.left, r.match, r.right]),
      [
        ["AAA_1", "Alpha", "to resume", "negotiations", ". The Pristina"],
        ["BBB_2", "Beta", "and the", "negotiated", "agreement. The"],
        ["CCC_1", "Gamma", "are unacceptable.", "Negotiation", "is the"],
      ],
    );
    // Offsets point into the unit body.
    const r = rows[0];
    assert.equal(U[0].body.slice(r.start, r.end), "negotiations");
  });

  it("keeps the text's punctuation in the context, and a window of 0 gives none", () => {
    const rows = kwic([U[0]], ["negotiat*"], tokenize, { window: 0 });
    assert.deepEqual([rows[0].left, rows[0].match, rows[0].right], ["", "negotiations", ""]);
  });

  it("sorts by the first word to the right, by the first word to the left, and by date", () => {
    const terms = ["authorities"];
    const byRight = kwic(U, terms, tokenize, { window: 3, sort: "right" }).map((r) => r.unitId);
    // right words: "acted" (AAA_1), "are" (CCC_1), "must" (BBB_2)
    assert.deepEqual(byRight, ["AAA_1", "CCC_1", "BBB_2"]);
    const byLeft = kwic(U, terms, tokenize, { window: 3, sort: "left" }).map((r) => r.unitId);
    // words on the left, nearest first: BBB_2 "kosovo …"; CCC_1 "pristina the by";
    // AAA_1 "pristina the negotiations" — the tie on the first two words is broken by the third.
    assert.deepEqual(byLeft, ["BBB_2", "CCC_1", "AAA_1"]);
    const byDate = kwic(U, terms, tokenize, { window: 3 }).map((r) => r.unitId);
    assert.deepEqual(byDate, ["AAA_1", "BBB_2", "CCC_1"]);
  });

  it("rejects a negative window and an unknown sort", () => {
    assert.throws(() => kwic(U, ["x"], tokenize, { window: -1 }), /window/);
    assert.throws(() => kwic(U, ["x"], tokenize, { sort: "size" as never }), /unknown sort/);
  });

  it("builds concordance lines from codebook evidence offsets", () => {
    const body = U[1].body;
    const start = body.indexOf("advisory opinion");
    const ev: Evidence = {
      unitId: "BBB_1",
      theme: "icj",
      sentence: 1,
      text: "",
      match: "advisory opinion",
      start,
      end: start + 16,
      pattern: "advisory opinion",
    };
    const other: Evidence = { ...ev, theme: "normalization", start: 0, end: 13, match: "Normalization" };
    const rows = kwicEvidence(U, [ev, other], tokenize, { window: 2, keys: ["icj"] });
    assert.equal(rows.length, 1);
    assert.deepEqual(
      [rows[0].term, rows[0].left, rows[0].match, rows[0].right],
      ["icj", "hope. The", "advisory opinion", "was clear"],
    );
    assert.throws(() => kwicEvidence(U, [{ ...ev, unitId: "ZZZ_9" }], tokenize), /not among the units/);
  });
});

describe("vocabulary: use, silences, naming", () => {
  const lists = {
    normalization: ["normali*"],
    icj: ["ICJ", "International Court of Justice", "advisory opinion"],
    pristina_authorities: ["Pristina authorities"],
    kosovo_authorities: ["Kosovo authorities"],
  };
  const counts = countTermLists(U, lists, tokenize, groupOf);

  it("counts each list's hits per unit (hand count of the fixture)", () => {
    assert.deepEqual(
      counts.map((c) => [c.unitId, c.group, c.counts]),
      [
        ["AAA_1", "Alpha", { icj: 0, kosovo_authorities: 0, normalization: 0, pristina_authorities: 1 }],
        ["BBB_1", "Beta", { icj: 1, kosovo_authorities: 0, normalization: 1, pristina_authorities: 0 }],
        ["BBB_2", "Beta", { icj: 0, kosovo_authorities: 1, normalization: 1, pristina_authorities: 0 }],
        ["CCC_1", "Gamma", { icj: 0, kosovo_authorities: 0, normalization: 0, pristina_authorities: 1 }],
      ],
    );
  });

  it("tables use per year and per group, zeros included", () => {
    assert.deepEqual(termUsage(counts, ["normalization"], "year"), [
      { list: "normalization", year: 2009, group: null, units: 2, unitsUsing: 1, hits: 1 },
      { list: "normalization", year: 2022, group: null, units: 2, unitsUsing: 1, hits: 1 },
    ]);
    assert.deepEqual(
      termUsage(counts, ["normalization"], "group").map((r) => [r.group, r.units, r.unitsUsing, r.hits]),
      [
        ["Alpha", 1, 0, 0],
        ["Beta", 2, 2, 2],
        ["Gamma", 1, 0, 0],
      ],
    );
  });

  it("calls a zero a silence only against a baseline of others using the term", () => {
    const rows = silenceTable(counts, ["normalization", "unheard"]);
    const alpha = rows.find((r) => r.list === "normalization" && r.group === "Alpha")!;
    assert.equal(alpha.silent, true);
    assert.equal(alpha.otherUnits, 3);
    assert.equal(alpha.otherUnitsUsing, 2);
    assert.equal(alpha.otherHits, 2);
    assert.equal(alpha.otherGroupsUsing, "Beta");
    assert.match(
      alpha.reading,
      /never uses it in 1 units; others do in 2 of 3 units \(Beta\) — only 1 of them: too few/,
    );
    const worded = silenceTable(counts, ["normalization"], ["Beta"], {
      unitWord: "passages",
      countWord: "sentences",
      minUnits: 2,
    })[0];
    assert.equal(worded.reading, "uses it in 2 of 2 passages (2 sentences)");
    assert.equal(alpha.fewUnits, true);
    assert.equal(silenceTable(counts, ["normalization"], ["Alpha"], { minUnits: 1 })[0].fewUnits, false);
    const beta = rows.find((r) => r.list === "normalization" && r.group === "Beta")!;
    assert.equal(beta.silent, false);
    // Nobody uses "unheard": no group is silent, there is no baseline.
    const unheard = rows.filter((r) => r.list === "unheard");
    assert.equal(unheard.length, 3);
    assert.ok(unheard.every((r) => !r.silent && /no baseline/.test(r.reading)));
  });

  it("reports a requested group with no units rather than inventing a silence", () => {
    const rows = silenceTable(counts, ["icj"], ["China"]);
    assert.equal(rows[0].units, 0);
    assert.equal(rows[0].silent, false);
    assert.match(rows[0].reading, /no units/);
  });

  it("gives naming rows by year × group for a chart", () => {
    const rows = namingRows(counts, ["kosovo_authorities", "pristina_authorities"], "year-group");
    assert.deepEqual(
      rows.filter((r) => r.count > 0).map((r) => [r.name, r.year, r.group, r.count, r.units]),
      [
        ["kosovo_authorities", 2022, "Beta", 1, 1],
        ["pristina_authorities", 2009, "Alpha", 1, 1],
        ["pristina_authorities", 2022, "Gamma", 1, 1],
      ],
    );
    assert.equal(rows.length, 2 * 4); // 4 year×group cells, each with both names
  });

  it("sizes groups in units and words, with zero rows for groups asked for", () => {
    assert.deepEqual(unitSizes(U, groupOf, ["Delta", "Beta", "Alpha"]), [
      { key: "Delta", units: 0, words: 0 },
      { key: "Beta", units: 2, words: U[1].words + U[2].words },
      { key: "Alpha", units: 1, words: U[0].words },
      { key: "Gamma", units: 1, words: U[3].words },
    ]);
    assert.deepEqual(
      unitSizes(U, groupOf).map((r) => r.key),
      ["Alpha", "Beta", "Gamma"],
    );
  });

  it("lists the units where two counts disagree about use (or, exactly, about the number)", () => {
    const coded = fromCodedVocabulary(
      U,
      U.map((u) => ({ unitId: u.id, vocabulary: { normalization: u.id === "BBB_1" ? 0 : u.id === "BBB_2" ? 2 : 0 } })),
      groupOf,
    );
    // Plain hits: BBB_1 and BBB_2 have one each. The coder dropped BBB_1 and counted BBB_2 twice.
    assert.deepEqual(countDifferences(coded, counts, ["normalization"]), [
      { unitId: "BBB_1", year: 2009, group: "Beta", list: "normalization", a: 0, b: 1 },
    ]);
    assert.deepEqual(
      countDifferences(coded, counts, ["normalization"], { exact: true }).map((d) => d.unitId),
      ["BBB_1", "BBB_2"],
    );
    assert.throws(() => countDifferences(coded, counts.slice(1), ["normalization"]), /not in the second/);
  });

  it("takes counts from a coding's vocabulary too", () => {
    const rows = fromCodedVocabulary(U, [{ unitId: "CCC_1", vocabulary: { normalization: 0, icj: 2 } }], groupOf);
    assert.deepEqual(rows, [
      { unitId: "CCC_1", year: 2022, country: "CCC", group: "Gamma", counts: { normalization: 0, icj: 2 } },
    ]);
    assert.throws(() => fromCodedVocabulary(U, [{ unitId: "nope", vocabulary: {} }], groupOf), /not among the units/);
  });
});

describe("vocabulary: keyness statistics against published values", () => {
  it("G² of a full 2×2 table matches Dunning's reference implementation", () => {
    // Apache Mahout, math/src/test/java/org/apache/mahout/math/stats/LogLikelihoodTest.java
    // (Dunning's LLR code; the same values are in Apache Commons Math's GTestTest).
    assert.ok(Math.abs(g2Table(1, 0, 0, 1) - 2.772589) < 1e-6);
    assert.ok(Math.abs(g2Table(10, 0, 0, 10) - 27.72589) < 1e-5);
    assert.ok(Math.abs(g2Table(5, 1995, 0, 100000) - 39.33052) < 1e-5);
    assert.ok(Math.abs(g2Table(1000, 1995, 1000, 100000) - 4730.737) < 1e-3);
    assert.ok(Math.abs(g2Table(1000, 1000, 1000, 100000) - 5734.343) < 1e-3);
    assert.ok(Math.abs(g2Table(1000, 1000, 1000, 99000) - 5714.932) < 1e-3);
  });

  it("reproduces the UCREL log-likelihood calculator's worked example (LL +2.65, not significant)", () => {
    // Lancaster corpus-linguistics course notes on ucrel.lancs.ac.uk/llwizard.html: a word with
    // 52 hits in 50,000 tokens vs 57 in 75,000 gives "Word 52 0.10 57 0.08 + 2.65", below 3.84.
    // (Copy seen at https://www.scribd.com/presentation/807361921/Corpus-2.)
    assert.equal(logLikelihood(52, 57, 50000, 75000, "rayson").toFixed(2), "2.65");
    assert.equal(logLikelihood(52, 57, 50000, 75000, "full").toFixed(2), "2.65");
    assert.ok(pChiSquare1(logLikelihood(52, 57, 50000, 75000, "rayson")) > 0.05);
    // "+": relatively more frequent in corpus 1; percentages 0.10 and 0.08.
    const rows = keyness(
      { counts: new Map([["word", 52]]), total: 50000 },
      { counts: new Map([["word", 57]]), total: 75000 },
      { minFreq: 1 },
    );
    assert.equal(rows[0].keyFor, "A");
    assert.equal((rows[0].per10kA / 100).toFixed(2), "0.10");
    assert.equal((rows[0].per10kB / 100).toFixed(2), "0.08");
  });

  it("the full form gives WordSmith's keyness 228.02 where the two-cell form gives 227.64", () => {
    // WordSmith keyness reported in a corpus4u.org thread (http://corpus4u.org/threads/8377/):
    // 288 in 92,965 tokens vs 114,099 in 104,570,472 tokens → keyness 228.02.
    assert.equal(logLikelihood(288, 114099, 92965, 104570472, "full").toFixed(2), "228.02");
    assert.equal(logLikelihood(288, 114099, 92965, 104570472, "rayson").toFixed(2), "227.64");
  });

  it("χ² with Yates' correction and its p match scipy's documented example", () => {
    // scipy.stats.chi2_contingency docstring (aspirin / ischemic stroke, Berger et al. 2006):
    // [[176, 230], [21035, 21018]] → statistic 6.892569132546561, pvalue 0.008655478161175739.
    const x = chiSquareTable(176, 230, 21035, 21018, true);
    assert.ok(Math.abs(x - 6.892569132546561) < 1e-9);
    assert.ok(Math.abs(pChiSquare1(x) - 0.008655478161175739) < 1e-9);
    // Without the correction the statistic is larger (|O − E| is not reduced).
    assert.ok(chiSquareTable(176, 230, 21035, 21018, false) > x);
  });

  it("χ² without correction equals the textbook hand computation", () => {
    // [[10, 20], [30, 40]]: N = 100, E = [[12, 18], [28, 42]];
    // χ² = 4/12 + 4/18 + 4/28 + 4/42 = 0.7937 (to 4 d.p.).
    assert.equal(chiSquareTable(10, 20, 30, 40).toFixed(4), "0.7937");
  });

  it("critical values of χ² with 1 df are those of the UCREL page and of χ² tables", () => {
    // ucrel.lancs.ac.uk/llwizard.html: LL above 3.84 is significant at p < 0.05; a χ² table
    // (1 df) gives 6.63 for p < 0.01 and 10.83 for p < 0.001.
    assert.equal(criticalChiSquare1(0.05).toFixed(2), "3.84");
    assert.equal(criticalChiSquare1(0.01).toFixed(2), "6.63");
    assert.equal(criticalChiSquare1(0.001).toFixed(2), "10.83");
    assert.ok(Math.abs(pChiSquare1(criticalChiSquare1(0.05)) - 0.05) < 1e-9);
    assert.equal(pChiSquare1(0), 1);
  });

  it("Log Ratio: +1 is twice as frequent in A, −2 four times as frequent in B; zero → 0.5", () => {
    // Hand computation: 20/1000 vs 10/1000 → log2(2) = 1; 5/1000 vs 40/2000 → log2(0.005/0.02) = −2.
    assert.equal(logRatio(20, 10, 1000, 1000), 1);
    assert.equal(logRatio(5, 40, 1000, 2000), -2);
    // 4 hits in A, 0 in B (same sizes): log2(4 / 0.5) = 3.
    assert.equal(logRatio(4, 0, 1000, 1000), 3);
    assert.equal(logRatio(0, 0, 1000, 1000), 0);
    assert.throws(() => logRatio(5, 1, 4, 10), /exceeds its corpus size/);
  });
});

describe("vocabulary: keyness tables", () => {
  // Invented word lists: A says "dialogue" often, B says "unilateral" often.
  const early = [
    "We support dialogue and dialogue again and dialogue with restraint and dialogue.",
    "Dialogue is the way, with restraint and calm.",
  ];
  const late = [
    "Unilateral acts must stop now. Unilateral steps harm the north.",
    "We oppose unilateral measures and unilateral raids in the north.",
  ];
  const A = frequencyList(early, tokenize);
  const B = frequencyList(late, tokenize);

  it("counts word tokens of each set (hand count)", () => {
    assert.equal(A.total, 20);
    assert.equal(A.counts.get("dialogue"), 5);
    assert.equal(B.total, 20);
    assert.equal(B.counts.get("unilateral"), 4);
  });

  it("counts a chosen normal form (possessives folded) when given one", () => {
    const strip = (w: string) => w.replace(/'s$/, "");
    const f = frequencyList(["Kosovo's status and Kosovo."], tokenize, strip);
    assert.equal(f.counts.get("kosovo"), 2);
    assert.equal(f.total, 4);
  });

  it("ranks by G², marks the side, filters by minimum frequency and stop words", () => {
    const rows = keyness(A, B, { minFreq: 4, stopwords: ENGLISH_STOPWORDS });
    assert.deepEqual(
      rows.map((r) => [r.term, r.freqA, r.freqB, r.keyFor]),
      [
        ["dialogue", 5, 0, "A"],
        ["unilateral", 0, 4, "B"],
      ],
    );
    // "and" (4 + 1 = 5 hits) is a stop word; without the list it comes back.
    assert.ok(keyness(A, B, { minFreq: 4 }).some((r) => r.term === "and"));
    // G² for 5 vs 0 in 20 vs 20 words, by hand: E = 2.5 and 17.5,
    // 2[5 ln(5/2.5) + 15 ln(15/17.5) + 20 ln(20/17.5)] = 2[3.46574 − 2.31226 + 2.67063] = 7.6482.
    assert.equal(rows[0].g2.toFixed(4), "7.6482");
    // 0 vs 4: 2[4 ln(4/2) + 20 ln(20/18) + 16 ln(16/18)] = 2[2.77259 + 2.10721 − 1.88453] = 5.9905.
    assert.equal(rows[1].g2.toFixed(4), "5.9905");
    assert.deepEqual(
      topKeywords(rows, "B", 5).map((r) => r.term),
      ["unilateral"],
    );
  });

  it("leaves out words without a letter (page and document numbers) unless asked", () => {
    const X: FrequencyList = {
      counts: new Map([
        ["64", 9],
        ["court", 9],
      ]),
      total: 100,
    };
    const Y: FrequencyList = { counts: new Map([["other", 9]]), total: 100 };
    assert.deepEqual(
      keyness(X, Y, { minFreq: 1 })
        .map((r) => r.term)
        .sort(),
      ["court", "other"],
    );
    assert.deepEqual(
      keyness(X, Y, { minFreq: 1, lettersOnly: false })
        .map((r) => r.term)
        .sort(),
      ["64", "court", "other"],
    );
  });

  it("keeps only rows below alpha when asked", () => {
    // "and" (4 vs 1) is far from significant; both content words are below p = 0.05 (G² > 3.84).
    assert.deepEqual(
      keyness(A, B, { minFreq: 4, alpha: 0.05 }).map((r) => r.term),
      ["dialogue", "unilateral"],
    );
  });

  it("writes the same CSV bytes for the same rows", () => {
    const rows = keyness(A, B, { minFreq: 4, stopwords: ENGLISH_STOPWORDS });
    const csv = keynessCsv(rows);
    assert.equal(csv, keynessCsv(keyness(A, B, { minFreq: 4, stopwords: ENGLISH_STOPWORDS })));
    assert.equal(csv.split("\n")[0], "term,freq_a,freq_b,per10k_a,per10k_b,key_for,g2,p,chi2,chi2_p,log_ratio");
    assert.match(csv.split("\n")[1], /^dialogue,5,0,2500\.00,0\.00,A,7\.648,/);
  });
});

describe("vocabulary: keyness per group and chart rows", () => {
  const units = [
    unit("G1_1", 2010, "AAA", "Dialogue dialogue dialogue and more dialogue today."),
    unit("G1_2", 2011, "AAA", "Dialogue is good and dialogue helps."),
    unit("G2_1", 2010, "BBB", "Sovereignty sovereignty sovereignty and more sovereignty today."),
    unit("G3_1", 2010, "CCC", "Sovereignty matters and dialogue matters today."),
  ];
  it("finds each group's words against all the others, with the sizes behind them", () => {
    const rows = keynessByGroup(units, groupOf, tokenize, { top: 1, minFreq: 3, stopwords: ENGLISH_STOPWORDS });
    assert.deepEqual(
      rows.map((r) => [r.group, r.term, r.freqA, r.freqB, r.units, r.words, r.restUnits, r.restWords]),
      [
        // Alpha: 7 + 6 = 13 words, 6 × "dialogue"; the rest: 7 + 6 = 13 words, 1 × "dialogue".
        ["Alpha", "dialogue", 6, 1, 2, 13, 2, 13],
        // Beta: 7 words, 4 × "sovereignty"; the rest: 13 + 6 = 19 words, 1 × "sovereignty".
        ["Beta", "sovereignty", 4, 1, 1, 7, 3, 19],
        // Gamma (6 words) has no word with 3+ hits of its own; "today" (1 of 6 vs 2 of 20) is its top.
        ["Gamma", "today", 1, 2, 1, 6, 3, 20],
      ],
    );
  });

  it("signs keyness bars + for A and − for B", () => {
    const A: FrequencyList = {
      counts: new Map([
        ["early", 10],
        ["both", 5],
      ]),
      total: 100,
    };
    const B: FrequencyList = {
      counts: new Map([
        ["late", 10],
        ["both", 5],
      ]),
      total: 100,
    };
    const bars = keynessBars(keyness(A, B, { minFreq: 1 }), 1);
    assert.deepEqual(
      bars.map((b) => [b.label, Math.sign(b.value)]),
      [
        ["early", 1],
        ["late", -1],
      ],
    );
    assert.deepEqual(
      keynessBars(keyness(A, B, { minFreq: 1 }), 1, "logRatio").map((b) => b.value),
      [Math.log2(10 / 0.5), -Math.log2(10 / 0.5)],
    );
  });

  it("turns year × group naming rows into small-multiple points", () => {
    const counts = countTermLists(U, { pristina_authorities: ["Pristina authorities"] }, tokenize, groupOf);
    const pts = namingPanels(namingRows(counts, ["pristina_authorities"], "year-group"));
    // Beta never says it: its all-zero line is dropped unless asked for.
    assert.deepEqual(pts, [
      { group: "Alpha", x: 2009, y: 1, series: "pristina_authorities" },
      { group: "Gamma", x: 2022, y: 1, series: "pristina_authorities" },
    ]);
    const all = namingPanels(namingRows(counts, ["pristina_authorities"], "year-group"), "group", (k) => k, {
      dropEmpty: false,
    });
    assert.deepEqual(
      all.map((p) => [p.group, p.x, p.y]),
      [
        ["Alpha", 2009, 1],
        ["Beta", 2009, 0],
        ["Beta", 2022, 0],
        ["Gamma", 2022, 1],
      ],
    );
    assert.throws(() => namingPanels(namingRows(counts, ["pristina_authorities"], "year")), /year-group/);
  });
});

describe("vocabulary: term lists from the codebook", () => {
  it("takes the phrase patterns of the project's codebook, by group", () => {
    const cb = parseCodebook(
      fs.readFileSync(path.join(__dirname, "..", "data", "codebook.yaml"), "utf8"),
      "data/codebook.yaml",
    );
    const all = termListsFromCodebook(cb.vocabulary);
    assert.deepEqual(all.lists.normalization, ["normaliz*|normalis*"]);
    assert.deepEqual(all.lists.name_republic_of_kosovo, ["Republic of Kosovo"]);
    const names = termListsFromCodebook(cb.vocabulary, "names");
    assert.ok(Object.keys(names.lists).every((k) => k.startsWith("name_")));
    assert.ok(!("icj" in names.lists));
    // Every pattern can be parsed for KWIC with our tokenizer.
    for (const terms of Object.values(all.lists)) assert.ok(parseTerms(terms, tokenize).length > 0);
  });
});
