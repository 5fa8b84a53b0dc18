import { strict as assert } from "assert";
import { ArgumentError } from "../../lib/core";
import { idsOfHalf, parseHalf, parseSampleList, sampleListCsv } from "../../lib/sheets";
import { problemsOf } from "./fixtures";

describe("sheets: the sample list of a round", () => {
  const entries = [
    { id: "u2", stratum: "a × b", half: "tune", sentences: 3 },
    { id: "u1", stratum: "a × b", half: "holdout", sentences: 1 },
    { id: "u3", stratum: "c × d", half: "tune", sentences: 12 },
  ];
  it("writes and reads back the list", () => {
    const csv = sampleListCsv(entries);
    assert.equal(csv, "id,stratum,half,sentences\nu2,a × b,tune,3\nu1,a × b,holdout,1\nu3,c × d,tune,12\n");
    assert.deepEqual(parseSampleList(csv, "sample.csv"), entries);
  });
  it("the ids of a half, sorted; all of them for 'all'", () => {
    assert.deepEqual(idsOfHalf(entries, "tune"), ["u2", "u3"]);
    assert.deepEqual(idsOfHalf(entries, "holdout"), ["u1"]);
    assert.deepEqual(idsOfHalf(entries, "all"), ["u1", "u2", "u3"]);
  });
  it("names every bad row, and refuses a half that is not tune, holdout or all", () => {
    const bad = "id,stratum,half,sentences\nu1,s,tuning,3\nu1,s,tune,x\n";
    assert.deepEqual(
      problemsOf(() => parseSampleList(bad, "sample.csv")),
      [
        '2|half|half "tuning" is not tune or holdout',
        "3|id|unit u1 is listed twice",
        '3|sentences|"x" is not a number of sentences',
      ],
    );
    assert.equal(parseHalf("holdout"), "holdout");
    assert.throws(() => parseHalf("held-out"), ArgumentError);
  });
});
