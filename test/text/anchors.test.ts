import { strict as assert } from "assert";
import { ANCHOR_TERMS, anchorCounts, findAnchors, foldedAnchorTerms, hasAnchor } from "../../lib/text";

// All sample sentences below are invented for these tests.

describe("text: anchors", () => {
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

describe("text: anchorCounts", () => {
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

describe("text: foldedAnchorTerms", () => {
  it("folds the anchor terms for matching, each once (Priština is Pristina)", () => {
    assert.deepEqual(foldedAnchorTerms(), [
      "kosovo",
      "kosova",
      "kosovar",
      "kosovars",
      "metohija",
      "pristina",
      "prishtina",
      "unmik",
      "kfor",
      "eulex",
    ]);
  });

  it("finds the longest term at a place: Kosovars, not Kosovar", () => {
    assert.deepEqual(findAnchors("The Kosovars met."), [{ start: 4, end: 12, term: "Kosovars" }]);
  });
});
