import { strict as assert } from "assert";
import { pairwiseTables } from "../../lib/reliability";
import { bySentence, codingPageData, codingPageHtml, findSentenceDisagreements } from "../../lib/sheets";
import { codingPageRecords, pairKappaRecords, roundTripRecords, sentenceDisagreementRecords } from "../../lib/tables";
import { ANA, BEN, CODEBOOK, KEYS, sheetOf, UNITS } from "../sheets/qdpx/fixtures";

describe("tables: a class's coding (coders.ts)", () => {
  it("pairKappaRecords: a row per theme then the pooled decisions, κ and agreement per pair", () => {
    const pairs = pairwiseTables(
      [ANA, BEN].map((c) => ({ name: c.coder, codes: bySentence(c) })),
      KEYS,
    );
    const rows = pairKappaRecords(pairs);
    assert.deepEqual(
      rows.map((r) => r.theme),
      ["sovereignty", "dialogue", "heritage", "pooled decisions"],
    );
    // AAA's 3 sentences and CCC's first 3 are coded by both: 6; dialogue: ana 1 of 6 (AAA s2), ben 0 of 6
    // → agreement 5/6 = 0.833, κ 0 (ben never marks it: chance agreement equals the observed)
    assert.deepEqual(rows[1], {
      theme: "dialogue",
      "κ ana–ben": "0.000",
      "agreement ana–ben": "0.833",
      "coded by both": 6,
    });
    assert.deepEqual(pairKappaRecords([]), []);
  });

  it("sentenceDisagreementRecords: each coder's code (blank: not coded), the sentence as the sheet prints it", () => {
    // the sheets as the one reader loads them; the finder is adjudicate's: ana and ben differ on AAA sentence 2
    // (dialogue 1 / 0), and ben left CCC sentence 4 blank where ana coded it (0, 1, 0): three cells to decide
    const found = findSentenceDisagreements([sheetOf(ANA), sheetOf(BEN)], KEYS);
    const rows = sentenceDisagreementRecords(found, ["ana", "ben"], UNITS);
    const talks = "Talks between the two sides should go on.";
    assert.deepEqual(rows, [
      { id: "AAA_63_2008", sentence: 2, theme: "dialogue", ana: 1, ben: 0, text: talks },
      { id: "CCC_65_2010", sentence: 4, theme: "sovereignty", ana: 0, ben: "blank", text: "Dialogue must resume." },
      { id: "CCC_65_2010", sentence: 4, theme: "dialogue", ana: 1, ben: "blank", text: "Dialogue must resume." },
      { id: "CCC_65_2010", sentence: 4, theme: "heritage", ana: 0, ben: "blank", text: "Dialogue must resume." },
    ]);
    const short = sentenceDisagreementRecords(found, ["ana", "ben"], UNITS, 20);
    assert.equal(short[0].text, "Talks between the …");
  });

  it("codingPageRecords: what each page holds", () => {
    const data = codingPageData({
      units: UNITS,
      codebook: CODEBOOK,
      coder: "ana",
      corpus: "t",
      sample: "s",
      sampleKey: "k",
    });
    const html = codingPageHtml(data);
    const rows = codingPageRecords([{ file: "output/coding-pages/ana.html", page: { html, data, sentences: 9 } }]);
    assert.deepEqual(rows, [
      {
        coder: "ana",
        units: 3,
        sentences: 9,
        page: "blind",
        KB: Math.round(Buffer.byteLength(html) / 1024),
        codebook: data.codebook,
        file: "output/coding-pages/ana.html",
      },
    ]);
  });

  it("roundTripRecords: the round trip's counts under names a reader can check", () => {
    const row = { coder: "ana", codings: 6, sheetOnes: 6, readOnes: 5, cells: 27, differing: 1 };
    assert.deepEqual(roundTripRecords([row]), [
      {
        coder: "ana",
        "codings in the project": 6,
        "1s in the sheet": 6,
        "1s read back": 5,
        "cells compared": 27,
        "cells that differ": 1,
      },
    ]);
  });
});
