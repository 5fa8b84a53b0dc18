import { strict as assert } from "assert";
import { periodTests } from "../../lib/timeline/changes";
import { PERIOD_FAMILIES, periodTestFamilies } from "../../lib/timeline/families";
import { near } from "../stats/near";
import { periods, rows } from "./rows";

describe("timeline: declared families of period tests", () => {
  it("puts first-vs-last tests in one family and neighbouring periods in another, each adjusted alone", () => {
    const f = periodTestFamilies(periodTests(rows, periods, ["unilateral", "dialogue"]), periods);
    const first = f.filter((x) => x.family.name === PERIOD_FAMILIES.firstLast.name);
    const next = f.filter((x) => x.family.name === PERIOD_FAMILIES.neighbours.name);
    assert.equal(first.length, 2);
    assert.equal(next.length, 4);
    // unilateral first vs last: Fisher p 0.1 (0/3 → 2/2, only the observed table as unlikely: 1/C(5,2)).
    // dialogue 2/3 → 0/2 has p ≥ 0.1, so Holm (m = 2) multiplies the smaller by 2: 0.2.
    near(first[0].test.fisher?.p, 0.1, 1e-12);
    near(first[0].member.holm, 0.2, 1e-12);
    assert.equal(first[0].family.size, 2);
    assert.match(first[0].family.rationale, /first period to the last/);
  });
});
