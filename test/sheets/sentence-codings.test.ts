import { strict as assert } from "assert";
import type { CodedUnit } from "../../lib/core";
import { bySentence, dictionaryCoding, fullyCoded, restrictSheet, sentenceView } from "../../lib/sheets";
import { ANA, BEN, KEYS, sheetOf, UNITS } from "./qdpx/fixtures";

describe("sheets: sentence codings", () => {
  it("bySentence keys each sentence <unit>#<n>, the shape the reliability functions take", () => {
    const s = bySentence(ANA);
    assert.equal(Object.keys(s).length, 9);
    assert.deepEqual(s["AAA_63_2008#2"], { sovereignty: 0, dialogue: 1, heritage: 0 });
  });

  it("a sheet loaded by the one reader is a coding: the same keyed codes, and sentenceView's codes are them", () => {
    const ana = sheetOf(ANA);
    assert.deepEqual(bySentence(ana), bySentence(ANA));
    assert.deepEqual(sentenceView(ana).codes, bySentence(ana));
    assert.deepEqual(sentenceView(ana).ids, Object.keys(bySentence(ANA)));
    // ben's CCC sentence 4 is blank in the sheet: null on every theme, as in the coding
    assert.deepEqual(bySentence(sheetOf(BEN))["CCC_65_2010#4"], { sovereignty: null, dialogue: null, heritage: null });
    // a coding cut to some units (the tuning half) is the sheet restricted to them
    assert.deepEqual(Object.keys(bySentence(restrictSheet(ana, ["CCC_65_2010", "ZZZ"]))), [
      "CCC_65_2010#1",
      "CCC_65_2010#2",
      "CCC_65_2010#3",
      "CCC_65_2010#4",
    ]);
  });

  it("fullyCoded: every sentence, every theme 0 or 1", () => {
    assert.equal(fullyCoded(BEN.sentences.AAA_63_2008, KEYS), true);
    assert.equal(fullyCoded(BEN.sentences.CCC_65_2010, KEYS), false);
    assert.equal(fullyCoded(undefined, KEYS), false);
    assert.equal(fullyCoded([], KEYS), false);
  });

  it("dictionaryCoding: 1 where the evidence puts a theme, 0 on every other sentence and theme", () => {
    const coded: CodedUnit[] = [
      {
        unitId: "CCC_65_2010",
        codes: {},
        vocabulary: {},
        evidence: [
          {
            unitId: "CCC_65_2010",
            theme: "sovereignty",
            sentence: 2,
            text: "",
            match: "part of Serbia",
            start: 68,
            end: 82,
            pattern: "part of Serbia",
          },
          {
            unitId: "CCC_65_2010",
            theme: "normalization",
            sentence: 3,
            text: "",
            match: "x",
            start: 0,
            end: 1,
            pattern: "x",
          },
        ],
      },
    ];
    const d = dictionaryCoding(UNITS, coded, KEYS);
    assert.equal(d.coder, "dictionary coder");
    assert.deepEqual(
      d.sentences.CCC_65_2010.map((r) => KEYS.map((k) => r.codes[k])),
      [
        [0, 0, 0],
        [0, 0, 0],
        [1, 0, 0],
        [0, 0, 0],
      ],
    );
    assert.deepEqual(
      d.sentences.AAA_63_2008.map((r) => r.sentence),
      [1, 2, 3],
    );
  });
});
