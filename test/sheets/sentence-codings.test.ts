import { strict as assert } from "assert";
import type { CodedUnit } from "../../lib/core";
import { bySentence, dictionaryCoding, fullyCoded, onlyUnits, sentenceDisagreements } from "../../lib/sheets";
import { ANA, BEN, KEYS, UNITS } from "./qdpx/fixtures";

describe("sheets: sentence codings", () => {
  it("bySentence keys each sentence <unit>#<n>, the shape the reliability functions take", () => {
    const s = bySentence(ANA);
    assert.equal(Object.keys(s).length, 9);
    assert.deepEqual(s["AAA_63_2008#2"], { sovereignty: 0, dialogue: 1, heritage: 0 });
  });

  it("onlyUnits keeps the units asked for", () => {
    assert.deepEqual(Object.keys(onlyUnits(ANA, ["CCC_65_2010", "ZZZ"]).sentences), ["CCC_65_2010"]);
    assert.equal(onlyUnits(ANA, []).coder, "ana");
  });

  it("fullyCoded: every sentence, every theme 0 or 1", () => {
    assert.equal(fullyCoded(BEN.sentences.AAA_63_2008, KEYS), true);
    assert.equal(fullyCoded(BEN.sentences.CCC_65_2010, KEYS), false);
    assert.equal(fullyCoded(undefined, KEYS), false);
    assert.equal(fullyCoded([], KEYS), false);
  });

  it("sentenceDisagreements: where both coded and differ, in unit, sentence, codebook order; blanks missing", () => {
    // ana and ben differ on AAA sentence 2 (dialogue 1 / 0); on CCC sentence 4 ben is blank: not a disagreement
    assert.deepEqual(sentenceDisagreements([ANA, BEN], KEYS), [
      { id: "AAA_63_2008", sentence: 2, theme: "dialogue", values: [1, 0] },
    ]);
    assert.deepEqual(sentenceDisagreements([ANA, ANA], KEYS), []);
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
