import { strict as assert } from "assert";
import { dispersedKeyness } from "../../lib/vocabulary/dispersed-keyness";
import { documentFrequencies } from "../../lib/vocabulary/documents";
import { near } from "../stats/near";
import { tokenize } from "./fixtures";

// Invented: four early documents, four late ones, each four words long. "restraint" is in every early document
// once; "burst" is said four times, all in one late document.
const early = ["restraint calm one two", "restraint calm three four", "restraint calm five six", "restraint calm a b"];
const late = ["burst burst burst burst", "calm c d e", "f g h i", "j k l m"];
const doc = (texts: string[], p: string) => texts.map((body, i) => ({ id: `${p}${i}`, body }));

describe("vocabulary: keyness with dispersion", () => {
  const rows = dispersedKeyness(
    documentFrequencies(doc(early, "e"), tokenize),
    documentFrequencies(doc(late, "l"), tokenize),
    {
      minFreq: 4,
    },
  );
  const of = (w: string) => rows.find((r) => r.term === w)!;

  it("flags a word whose hits all sit in one document, and gives its DP", () => {
    const burst = of("burst");
    assert.equal(burst.keyFor, "B");
    assert.equal(burst.docsB, 1);
    assert.equal(burst.totalDocsB, 4);
    assert.equal(burst.concentrated, true);
    assert.equal(burst.topDocumentShare, 1);
    // DP by hand: all hits in one of four equal documents: ½(|1 − ¼| + 3·¼) = 0.75.
    near(burst.dpB, 0.75, 1e-12);
  });

  it("does not flag a word spread over every document, whose DP is 0", () => {
    const r = of("restraint");
    assert.equal(r.docsA, 4);
    assert.equal(r.concentrated, false);
    near(r.dpA, 0, 1e-12);
  });

  it("tests documents as well as tokens: 4 of 4 documents against 0 of 4 gives Fisher p = 2/70", () => {
    // One-sided P = 1/C(8,4) = 1/70, two tables as extreme: 2/70.
    near(of("restraint").documentP, 2 / 70, 1e-12);
    // "burst": 0 of 4 against 1 of 4 documents: p = 1.
    near(of("burst").documentP, 1, 1e-12);
  });

  it("adjusts G²'s p over every word tested, by BH and Holm", () => {
    assert.equal(rows[0].family, rows.length);
    for (const r of rows) {
      assert.ok(r.pBH >= r.p - 1e-15 && r.pHolm >= r.pBH - 1e-15, r.term);
    }
    // Holm's smallest is m·p.
    const smallest = rows.reduce((a, b) => (b.p < a.p ? b : a));
    near(smallest.pHolm, Math.min(1, rows.length * smallest.p), 1e-12);
  });
});
