import { strict as assert } from "assert";
import { findsRun, newRunFinder, runSpans } from "../../lib/coding/run-finder";

// All sample strings below are invented for these tests.
const token = (norm: string, prefix = false) => ({ norm, prefix });

describe("coding: the run finder", () => {
  const f = newRunFinder(["kosovo", "pristina", "kfor", "kosovo"], [token("kosovo"), token("pristina"), token("kfor")]);

  it("keeps each run once and pivots on a rare letter shared by several runs", () => {
    assert.deepEqual(f.runs, ["kfor", "kosovo", "pristina"]);
    assert.deepEqual(
      f.pivots.map((p) => [p.chars, p.at.map((a) => `${a.run}@${a.offset}`)]),
      [
        [
          ["k", "K"],
          ["kfor@0", "kosovo@0"],
        ],
        [["p", "P"], ["pristina@0"]],
      ],
    );
    // each run is a whole codebook token: inside a longer word it is not the token
    assert.deepEqual([...f.whole], ["kfor", "kosovo", "pristina"]);
  });

  it("finds a run in any case, with diacritics, and as a possessive", () => {
    for (const s of ["The KOSOVO talks", "Priština", "KFOR’s", "ĶOSOVO", "\u212Aosovo"])
      assert.equal(findsRun(f, s), true, s);
  });

  it("does not find a whole-token run inside a longer word", () => {
    for (const s of ["the workforce", "kosovar", "prepristina"]) assert.equal(findsRun(f, s), false, s);
  });

  it("finds a run of a prefix word inside a longer word", () => {
    const prefix = newRunFinder(["kosov"], [token("kosov", true)]);
    assert.deepEqual([...prefix.whole], []);
    assert.equal(findsRun(prefix, "Kosovars"), true);
  });

  it("gives where the runs stand, sorted, as flat [start, end) pairs", () => {
    assert.deepEqual(runSpans(f, "Kosovo and KFOR; Kosovo"), [0, 6, 11, 15, 17, 23]);
    assert.deepEqual(runSpans(f, "no province named"), []);
  });
});
