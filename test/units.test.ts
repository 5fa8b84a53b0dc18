import { strict as assert } from "assert";
import {
  ANCHOR_TERMS,
  anchorCounts,
  countWords,
  findAnchors,
  hasAnchor,
  kosovoPassage,
  normalizeForMatch,
  splitSentences,
  stripPossessive,
  tokenize,
  wholeTextUnit,
} from "../lib/units";
import type { Text } from "../lib/core";

// All sample sentences below are invented for these tests.

const texts = (s: string) => splitSentences(s).map((x) => x.text);

function makeText(body: string, id = "XXX_63_2008"): Text {
  return {
    id,
    date: null,
    year: 2008,
    category: "general-debate",
    speaker: "A. Speaker",
    post: "Minister",
    country: "XXX",
    countryName: "Examplestan",
    venue: "UN General Assembly, General Debate, session 63",
    source: "test",
    body,
    words: countWords(body),
  };
}

describe("units: splitSentences", () => {
  it("splits plain sentences and gives offsets into the text", () => {
    const s = "One thing. Two things! Three things?";
    const got = splitSentences(s);
    assert.deepEqual(
      got.map((x) => x.text),
      ["One thing.", "Two things!", "Three things?"],
    );
    for (const x of got) assert.equal(s.slice(x.start, x.end), x.text);
    assert.deepEqual(
      got.map((x) => x.index),
      [0, 1, 2],
    );
    assert.deepEqual([got[1].start, got[1].end], [11, 22]);
  });

  it("does not break at a hard-wrapped line inside a sentence", () => {
    assert.deepEqual(texts("The council met in\nthe spring and\nagreed. Then it\nadjourned."), [
      "The council met in\nthe spring and\nagreed.",
      "Then it\nadjourned.",
    ]);
  });

  it("keeps a line-end hyphen inside the sentence, offsets pointing into the original", () => {
    const s = "We want a long-\nterm settle-\nment. Next one.";
    const got = splitSentences(s);
    assert.equal(got.length, 2);
    assert.equal(got[0].text, "We want a long-\nterm settle-\nment.");
    assert.equal(s.slice(got[0].start, got[0].end), got[0].text);
  });

  it("ends a sentence after a closing typographic quote", () => {
    assert.deepEqual(texts("He said “we agree.” Then we left. She wrote ‘fine.’ It was."), [
      "He said “we agree.”",
      "Then we left.",
      "She wrote ‘fine.’",
      "It was.",
    ]);
  });

  it("starts a new sentence before an opening quote", () => {
    assert.deepEqual(texts("We met. “Peace is near,” he said."), ["We met.", "“Peace is near,” he said."]);
  });

  it("does not end at a question inside a quotation followed by lower case", () => {
    assert.deepEqual(texts("“Why now?” she asked. Nobody knew."), ["“Why now?” she asked.", "Nobody knew."]);
  });

  it("does not break after titles: Mr., Mrs., Dr., St.", () => {
    assert.deepEqual(texts("Mr. Ade and Mrs. Bo met Dr. Cy at St. Paul. They spoke."), [
      "Mr. Ade and Mrs. Bo met Dr. Cy at St. Paul.",
      "They spoke.",
    ]);
  });

  it("does not break inside U.N. or U.S. before a name, but does before a sentence opener", () => {
    assert.deepEqual(texts("The U.N. Charter binds the U.S. Congress too. It binds the U.S. We agree."), [
      "The U.N. Charter binds the U.S. Congress too.",
      "It binds the U.S.",
      "We agree.",
    ]);
  });

  it("does not break after No., Nos., Art., para. or a month before a number", () => {
    assert.deepEqual(
      texts("See resolution No. 5 and Nos. 6 and 7, Art. 2 and para. 3 of the report of 11 Sept. 2001. Done."),
      ["See resolution No. 5 and Nos. 6 and 7, Art. 2 and para. 3 of the report of 11 Sept. 2001.", "Done."],
    );
  });

  it("reads 'no.' at the end of a sentence as a boundary when no number follows", () => {
    assert.deepEqual(texts("We said no. The vote failed."), ["We said no.", "The vote failed."]);
  });

  it("does not break after e.g., i.e. or etc. in mid-sentence", () => {
    assert.deepEqual(texts("Some States, e.g. Ruritania, i.e. the host, etc. agreed. Others did not."), [
      "Some States, e.g. Ruritania, i.e. the host, etc. agreed.",
      "Others did not.",
    ]);
  });

  it("leaves document symbols, 1244 (1999) and decimals alone", () => {
    assert.deepEqual(
      texts("Under resolution 1244 (1999) and S/2011/43 and A/RES/63/3 growth was 3.5 per cent. Next."),
      ["Under resolution 1244 (1999) and S/2011/43 and A/RES/63/3 growth was 3.5 per cent.", "Next."],
    );
  });

  it("treats a blank line as a boundary even without a full stop", () => {
    assert.deepEqual(texts("Mr. President,\n\nI thank you"), ["Mr. President,", "I thank you"]);
  });

  it("treats a line that begins with a space as a new paragraph", () => {
    assert.deepEqual(texts("A heading without stop\n The speech begins here\nand goes on."), [
      "A heading without stop",
      "The speech begins here\nand goes on.",
    ]);
  });

  it("reads a page break inside a sentence (blank line, then lower case) as no boundary", () => {
    assert.deepEqual(texts("But have these plans worked? What is\n\nneeded is pressure. Next."), [
      "But have these plans worked?",
      "What is\n\nneeded is pressure.",
      "Next.",
    ]);
  });

  it("treats a page-number line before a blank line as part of the break", () => {
    assert.deepEqual(texts("The delegation thanks him.\n23\n\n\nI cannot fail to say more."), [
      "The delegation thanks him.",
      "I cannot fail to say more.",
    ]);
    assert.deepEqual(texts("The force has\n10\n\n\nsupervised relief."), ["The force has\n10\n\n\nsupervised relief."]);
    assert.deepEqual(texts("It began for the first time in\n2\n\n\nKosovo. In fact it did."), [
      "It began for the first time in\n2\n\n\nKosovo.",
      "In fact it did.",
    ]);
    assert.deepEqual(texts("A place to do \n  \n \n06-53317 2 \n \nbusiness here. Next."), [
      "A place to do \n  \n \n06-53317 2 \n \nbusiness here.",
      "Next.",
    ]);
    assert.deepEqual(texts("It ended.\n06-53317 2\nThe next page."), ["It ended.", "The next page."]);
  });

  it("handles CRLF and lone CR line ends", () => {
    assert.deepEqual(texts("First part\r\nof it. Second.\r\r Third."), ["First part\r\nof it.", "Second.", "Third."]);
  });

  it("does not split a list marker from its sentence", () => {
    assert.deepEqual(texts("1. The first point. 2. The second point."), [
      "1. The first point.",
      "2. The second point.",
    ]);
  });

  it("returns no sentences for empty or blank text", () => {
    assert.deepEqual(splitSentences(""), []);
    assert.deepEqual(splitSentences(" \n \n"), []);
  });
});

describe("units: normalizeForMatch", () => {
  it("lower-cases, folds diacritics, quotes and dashes", () => {
    assert.equal(normalizeForMatch("Priština – Đakovica’s “Metohija”"), 'pristina - dakovica\'s "metohija"');
    assert.equal(normalizeForMatch("ŁÓDŹ Øre İzmir"), "lodz ore izmir");
  });

  it("keeps the length 1:1 so offsets map back", () => {
    const samples = ["Priština – Đakovica’s “Metohija”", "İstanbul ǅ ß ﬁ 😀 e\u0301", "Ångström — naïve"];
    for (const s of samples) assert.equal(normalizeForMatch(s).length, s.length, s);
  });
});

describe("units: tokenize and countWords", () => {
  it("gives word tokens with offsets and norms", () => {
    const s = "Kosovo’s status, Secretary-General—1244 (1999).";
    const toks = tokenize(s);
    assert.deepEqual(
      toks.map((t) => t.norm),
      ["kosovo's", "status", "secretary-general", "1244", "1999"],
    );
    for (const t of toks) assert.equal(s.slice(t.start, t.end), t.text);
    assert.deepEqual([toks[0].start, toks[0].end], [0, 8]);
  });

  it("joins a word hyphenated across a line end into one token", () => {
    const toks = tokenize("a long-\nterm plan");
    assert.deepEqual(
      toks.map((t) => t.norm),
      ["a", "long-term", "plan"],
    );
    assert.equal(toks[1].text, "long-\nterm");
  });

  it("does not take quotes into tokens", () => {
    assert.deepEqual(
      tokenize("‘Pristina’ and “EULEX”").map((t) => t.text),
      ["Pristina", "and", "EULEX"],
    );
  });

  it("strips possessives", () => {
    assert.equal(stripPossessive("kosovo's"), "kosovo");
    assert.equal(stripPossessive("Kosovo’s"), "Kosovo");
    assert.equal(stripPossessive("kosovo"), "kosovo");
  });

  it("counts words", () => {
    assert.equal(countWords("The Secretary-General spoke on 3 May."), 6);
    assert.equal(countWords(""), 0);
    assert.equal(countWords(" — … "), 0);
  });
});

describe("units: anchors", () => {
  it("lists the coding guide's anchor terms", () => {
    for (const t of [
      "Kosovo",
      "Kosova",
      "Kosovar",
      "Kosovars",
      "Metohija",
      "Pristina",
      "Priština",
      "Prishtina",
      "UNMIK",
      "KFOR",
      "EULEX",
    ]) {
      assert.ok(ANCHOR_TERMS.includes(t), t);
    }
  });

  it("matches every anchor term, any case, diacritics and possessives", () => {
    for (const s of [
      "KOSOVO",
      "kosova",
      "Kosovars",
      "the Kosovar side",
      "Metohija",
      "Priština",
      "PRISHTINA",
      "UNMIK’s",
      "KFOR's",
      "Eulex",
      "Kosovo’s",
      "Kosovo-related",
    ]) {
      assert.equal(hasAnchor(s), true, s);
    }
  });

  it("matches whole words only: not workforce, Taskforce or Kosovos", () => {
    for (const s of ["a skilled workforce", "the Taskforce", "dozens of Kosovos", "Kosovan", "prekosovo"]) {
      assert.equal(hasAnchor(s), false, s);
    }
  });

  it("matches decomposed (NFD) diacritics", () => {
    assert.equal(hasAnchor("Pris\u030Ctina"), true);
  });

  it("finds anchors with offsets into the text", () => {
    assert.deepEqual(findAnchors("In Kosovo’s north, the KFOR and UNMIK workforce"), [
      { start: 3, end: 9, term: "Kosovo" },
      { start: 23, end: 27, term: "KFOR" },
      { start: 32, end: 37, term: "UNMIK" },
    ]);
  });
});

describe("units: kosovoPassage and wholeTextUnit", () => {
  const body = [
    "S0 opening words.", // 0
    "S1 about trade.", // 1
    "S2 before.", // 2
    "S3 names Kosovo.", // 3
    "S4 after.", // 4
    "S5 gap.", // 5
    "S6 gap.", // 6
    "S7 before.", // 7
    "S8 names UNMIK.", // 8
    "S9 after.", // 9
    "S10 after again.", // 10
    "S11 names EULEX.", // 11
  ].join(" ");

  it("takes each anchor sentence with one sentence either side, merging windows that touch", () => {
    const u = kosovoPassage(makeText(body));
    assert.ok(u);
    const s = splitSentences(body);
    // windows [2,4], [7,9] and [10,11]: the last two touch (9 and 10 are neighbours) and merge
    assert.deepEqual(u.spans, [
      [s[2].start, s[4].end],
      [s[7].start, s[11].end],
    ]);
    assert.equal(
      u.body,
      "S2 before. S3 names Kosovo. S4 after.\n\nS7 before. S8 names UNMIK. S9 after. S10 after again. S11 names EULEX.",
    );
    assert.equal(u.id, "XXX_63_2008");
    assert.equal(u.textId, "XXX_63_2008");
    assert.equal(u.words, countWords(u.body));
    assert.equal(u.country, "XXX");
  });

  it("keeps windows apart when a sentence lies between them", () => {
    const u = kosovoPassage(makeText("Ay Kosovo. Bee. Cee. Dee. Ee Kosovo."));
    assert.ok(u);
    assert.deepEqual(u.spans.length, 2);
    assert.equal(u.body, "Ay Kosovo. Bee.\n\nDee. Ee Kosovo.");
  });

  it("returns null when no anchor term is named", () => {
    assert.equal(kosovoPassage(makeText("The workforce met the Taskforce. Nothing else.")), null);
  });

  it("gives the whole text as one unit", () => {
    const t = makeText("One. Two.");
    const u = wholeTextUnit(t);
    assert.deepEqual(u.spans, [[0, 9]]);
    assert.equal(u.id, t.id);
    assert.equal(u.body, t.body);
    assert.equal(u.words, 2);
  });
});

describe("units: anchorCounts", () => {
  it("counts hits and units per anchor term, folding diacritics and plurals", () => {
    assert.deepEqual(
      anchorCounts([
        { body: "Kosovo and UNMIK. Kosovo again, Priština." },
        { body: "Pristina’s Kosovars, a Kosovar, Kosovo." },
        { body: "workforce" },
      ]),
      [
        { term: "Kosovo", hits: 3, units: 2 },
        { term: "Pristina", hits: 2, units: 2 },
        { term: "Kosovar", hits: 2, units: 1 },
        { term: "UNMIK", hits: 1, units: 1 },
      ],
    );
  });
});
