import { strict as assert } from "assert";
import type { CodedRow } from "../../lib/core";
import { stratifiedTests } from "../../lib/timeline/strata";
import { changeVerdicts } from "../../lib/timeline/verdict";
import { periods, row } from "./rows";

/** `n` invented units of a country in a year; unit i has the themes `themesOf(i)`. */
function units(id: string, year: number, country: string, n: number, themesOf: (i: number) => string[]): CodedRow[] {
  return Array.from({ length: n }, (_, i) => row(`${id}${i}`, year, country, themesOf(i)));
}

// Invented. Speaker S always says "sovereignty", O never; S has 2 of 20 units early and 10 of 20 late.
// "dialogue" rises within both speakers: S 0/2 → 9/10, O 2/18 → 9/10. "independence": O 1/18 → 1/10.
const rows: CodedRow[] = [
  ...units("eS", 2009, "S", 2, () => ["sovereignty"]),
  ...units("eO", 2010, "O", 18, (i) => [...(i < 2 ? ["dialogue"] : []), ...(i === 2 ? ["independence"] : [])]),
  ...units("lS", 2022, "S", 10, (i) => ["sovereignty", ...(i < 9 ? ["dialogue"] : [])]),
  ...units("lO", 2023, "O", 10, (i) => [...(i < 9 ? ["dialogue"] : []), ...(i === 9 ? ["independence"] : [])]),
];
const THEMES = ["dialogue", "sovereignty", "independence", "us_nato"];

describe("timeline: verdicts on change", () => {
  const tests = stratifiedTests(rows, THEMES, periods[0], periods[2], (r) => r.country, "speaker");
  const v = changeVerdicts(tests);

  it("calls a change that holds within speakers after Holm 'within speakers'", () => {
    assert.equal(v[0].kind, "within speakers");
    assert.ok((v[0].holm ?? 1) < 0.05, `Holm p ${v[0].holm}`);
    // dialogue and independence can vary within a speaker; sovereignty and us_nato cannot: m = 2.
    assert.equal(v[0].familySize, 2);
  });

  it("calls a rise the speaker mix explains 'compositional', with its parts in the reason", () => {
    // 2/20 → 10/20: +40 points, all from S's larger share (by hand: within 0, mix +40).
    assert.equal(v[1].kind, "compositional");
    assert.match(v[1].reason, /2\/20 → 10\/20 \(\+40 points\): \+40 points from who speaks, 0 points within/);
  });

  it("calls a move under 10 points, or no variation at all, 'no change'", () => {
    assert.equal(v[2].kind, "no change");
    assert.match(v[2].reason, /less than 10 points/);
    assert.equal(v[3].kind, "no change");
    assert.equal(v[3].p, null);
  });

  it("for one speaker, says any change is within it", () => {
    const one = stratifiedTests(
      rows.filter((r) => r.country === "O"),
      ["dialogue"],
      periods[0],
      periods[2],
      (r) => r.country,
      "speaker",
    );
    const w = changeVerdicts(one)[0];
    assert.equal(w.kind, "within speakers");
    assert.match(w.reason, /one speaker only/);
  });
});
