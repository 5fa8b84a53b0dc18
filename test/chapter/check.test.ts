import { strict as assert } from "assert";
import { CheckFailed, checkCodes, checkSet, checkSummary, checkValue, expectChecks } from "../../lib/chapter";

describe("chapter: predict, run, check", () => {
  it("a number within a tolerance, a word without regard to case; null is 'not answered yet'", () => {
    assert.equal(checkValue("p", 0.08, 74 / 924, { tolerance: 0.001 }).ok, true);
    assert.equal(checkValue("p", 0.07, 74 / 924, { tolerance: 0.001 }).ok, false);
    assert.equal(checkValue("theme", " Dialogue", "dialogue").ok, true);
    assert.equal(checkValue("theme", null, "dialogue").ok, null);
    assert.equal(checkValue("theme", "?", "dialogue").ok, null);
    // shown to four significant digits
    const p = checkValue("p", 74 / 924, 74 / 924);
    assert.deepEqual([p.yours, p.answer], ["0.08009", "0.08009"]);
  });

  it("sets in any order; one check per item; 'none' for an empty set", () => {
    assert.equal(checkSet("s", ["b", "a"], ["a", "b"]).ok, true);
    assert.equal(checkSet("s", [], ["a"]).ok, false);
    assert.equal(checkSet("s", [], []).answer, "none");
    const c = checkCodes({ s1: ["x"], s2: [] }, { s1: ["x"], s2: ["y"], s3: [] }, { s2: "read the unless" });
    assert.deepEqual(
      c.map((x) => [x.check, x.ok, x.hint]),
      [
        ["s1", true, ""],
        ["s2", false, "read the unless"],
        ["s3", null, ""],
      ],
    );
    assert.equal(checkSummary(c), "1 of 3 right; 1 wrong; 1 not answered yet");
  });

  it("expectChecks throws CheckFailed naming each check that is wrong or unanswered", () => {
    expectChecks([checkValue("n", 3, 3)]);
    assert.throws(
      () => expectChecks([checkValue("n", 3, 3), checkValue("m", 2, 3), checkValue("k", null, 1)]),
      (e: Error) =>
        e instanceof CheckFailed &&
        e.checks.length === 2 &&
        /m: answered 2, the answer is 3/.test(e.message) &&
        /k: not answered, the answer is 1/.test(e.message),
    );
  });
});
