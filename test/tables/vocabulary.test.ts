import { strict as assert } from "assert";
import { dispersedKeynessCsv, dispersedKeynessRows, keynessCsv, sidesKeywordRows } from "../../lib/tables/vocabulary";
import { dispersedKeyness } from "../../lib/vocabulary/dispersed-keyness";
import { documentFrequencies } from "../../lib/vocabulary/documents";
import { tokenize } from "../vocabulary/fixtures";
import { keyness } from "../../lib/vocabulary/keyness";
import { ENGLISH_STOPWORDS } from "../../lib/vocabulary/stopwords";
import { A, B } from "../vocabulary/keyness-fixtures";

describe("tables: vocabulary", () => {
  it("writes the same CSV bytes for the same rows", () => {
    const rows = keyness(A, B, { minFreq: 4, stopwords: ENGLISH_STOPWORDS });
    const csv = keynessCsv(rows);
    assert.equal(csv, keynessCsv(keyness(A, B, { minFreq: 4, stopwords: ENGLISH_STOPWORDS })));
    assert.equal(csv.split("\n")[0], "term,freq_a,freq_b,per10k_a,per10k_b,key_for,g2,p,chi2,chi2_p,log_ratio");
    assert.match(csv.split("\n")[1], /^dialogue,5,0,2500\.00,0\.00,A,7\.648,/);
  });

  it("quotes a term holding a comma or a quote", () => {
    const [row] = keyness(
      { counts: new Map([['a,"b', 5]]), total: 10 },
      { counts: new Map(), total: 10 },
      {
        minFreq: 1,
        lettersOnly: false,
      },
    );
    assert.match(keynessCsv([row]).split("\n")[1], /^"a,""b",5,0,/);
  });

  it("shows range, DP, the BH p with m, keyness over documents and a flag for words in one document", () => {
    // Invented: "burst" four times in one of two late documents; "calm" once in each of three early ones.
    const a = documentFrequencies(
      [
        { id: "e1", body: "calm one" },
        { id: "e2", body: "calm two" },
        { id: "e3", body: "calm six" },
      ],
      tokenize,
    );
    const b = documentFrequencies(
      [
        { id: "l1", body: "burst burst burst burst" },
        { id: "l2", body: "x y" },
      ],
      tokenize,
    );
    const rows = dispersedKeyness(a, b, { minFreq: 2 });
    const shown = dispersedKeynessRows(rows, { a: "early", b: "late" });
    const burst = shown.find((r) => r.word === "burst")!;
    assert.equal(burst["documents late"], "1/2");
    assert.equal(burst.hits, "⚠ 4 hits in 1 document");
    assert.match(String(burst["p BH"]), new RegExp(`\\(m = ${rows.length}\\)$`));
    const calm = shown.find((r) => r.word === "calm")!;
    assert.equal(calm.hits, "3 hits in 3 documents");
    const csv = dispersedKeynessCsv(rows);
    assert.equal(csv, dispersedKeynessCsv(dispersedKeyness(a, b, { minFreq: 2 })));
    assert.match(csv.split("\n")[0], /,docs_a,docs_b,.*,concentrated,document_p,p_bh,p_holm,document_p_bh,family$/);
  });

  it("key words of two sides: the count columns named after the sides, p written as the tables write it", () => {
    const [row] = keyness(
      { counts: new Map([["dialogue", 5]]), total: 6 },
      { counts: new Map(), total: 6 },
      { minFreq: 1 },
    );
    const [shown] = sidesKeywordRows([row], "Serbia", "EU");
    assert.deepEqual(Object.keys(shown), ["word", "Serbia", "EU", "G2", "p", "Log Ratio"]);
    assert.deepEqual([shown.word, shown.Serbia, shown.EU], ["dialogue", 5, 0]);
    const g2 = 2 * (5 * Math.log(2) + Math.log(2 / 7) + 6 * Math.log(12 / 7)); // the 2×2 table 5, 0; 1, 6
    assert.ok(Math.abs((shown.G2 as number) - g2) < 1e-9);
    assert.equal(shown.p, "<0.001"); // G² = 10.89 on 1 df: p = 0.00096
  });
});
