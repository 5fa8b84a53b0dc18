/**
 * Issue 19, class 7 — quadratic corners. A long text without sentence punctuation was one sentence of
 * megabytes: every near-pattern hit was compared with every other (1 MB 4 s, 2 MB 25 s, 4 MB 106 s),
 * and the trie looked through every earlier hit of a term before adding one. Now a near pattern over
 * many hits searches each hit's window, a hit is checked against the term's last hit only, and a
 * sentence over 20,000 characters is coded in pieces (`forEachCodedSentence`). Speed and memory are
 * measured by `npm run bench:long` (scripts/bench-long-texts.ts), not here; these cases check that the
 * coding is the same and that the long text finishes at all.
 *
 *  Q1  the real corpus (ungdc-kosovo) coded with the bound and without it  → identical codes and evidence
 *  Q2  8 MB without punctuation, half of it codebook words, in a child killed after 120 s
 *                                                                       → coded (the old coder: hours)
 *  (the windowed pair search against every pair: test/coding/fire.test.ts; the pieces: test/coding/pieces.test.ts)
 */
import { strict as assert } from "assert";
import { loadCodebook } from "../../lib/codebook";
import { codeUnits, compileCodebook } from "../../lib/coding";
import { loadUnits } from "../../lib/corpus";
import { runSnippet } from "../support/adversarial-fixtures";

describe("adversarial (issue 19, class 7): long sentences", function () {
  this.timeout(180000);

  it("Q1 the bound on sentence length changes no coding of the real corpus", () => {
    const units = loadUnits("ungdc-kosovo");
    const codebook = loadCodebook();
    const bounded = codeUnits(compileCodebook(codebook, { mode: "sentence" }), units);
    const unbounded = codeUnits(
      compileCodebook(codebook, { mode: "sentence", maxSentenceChars: Number.POSITIVE_INFINITY }),
      units,
    );
    assert.ok(units.length > 0);
    assert.deepEqual(bounded, unbounded);
  });

  it("Q2 8 MB of text without a sentence end is coded (in a child killed after 120 s)", () => {
    const r = runSnippet<{ result: { present: number; evidence: number } }>(
      `import { compileCodebook, codeUnit } from "./lib/coding";
import { loadCodebook } from "./lib/codebook";
let seed = 19;
const rng = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648; // a fixed sequence
const words = ["Serbia", "sovereignty", "dialogue", "support", "territorial", "integrity", "kalo", "renvek", "dunmi"];
const parts: string[] = [];
for (let n = 0; n < 8 * 1024 * 1024; ) {
  const w = words[Math.floor(rng() * words.length)];
  parts.push(w);
  n += w.length + 1;
}
const c = codeUnit(compileCodebook(loadCodebook(), { mode: "unit" }), { id: "long", body: parts.join(" ") });
console.log(JSON.stringify({ result: { present: c.codes.sovereignty.present, evidence: c.evidence.length } }));
`,
      { killAfterMs: 120000 },
    );
    assert.equal(r.result.present, 1);
    assert.ok(r.result.evidence > 0);
  });
});
