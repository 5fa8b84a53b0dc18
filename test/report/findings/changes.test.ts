import { strict as assert } from "assert";
import { loadCard } from "../../../lib/corpus";
import { changesFinding, claimsOf, timeShiftSetup } from "../../../lib/report";

describe("report: the findings of chapter 06 (time shifts)", function () {
  this.timeout(60_000);

  it("sets up as chapter 06 does: ungdc-kosovo widened to 1989–2024, the ranked themes and independence", () => {
    const s = timeShiftSetup("ungdc-kosovo");
    assert.deepEqual(s.years, [1989, 2024]);
    assert.deepEqual(s.themes, ["sovereignty", "dialogue", "unilateral", "un_authority", "us_nato", "independence"]);
    assert.deepEqual(s.periods, loadCard("ungdc-kosovo").periods);
    assert.deepEqual(s.rows, s.kosovoRows);
  });

  it("on China's whole speeches, the five principles by decade", () => {
    const s = timeShiftSetup("china-ungdc");
    assert.deepEqual(s.themes, ["p_sovereignty", "p_un", "p_dialogue", "p_unilateralism", "p_hegemony"]);
    assert.equal(s.periods[0].label, "1971–1979");
  });

  it("reads the declared family and the within-speaker verdicts as the chapter does", () => {
    const f = changesFinding("ungdc-kosovo");
    const claims = claimsOf(f);
    // first vs last, one test per theme: dialogue 12/39 → 13/18 and us_nato 0/39 → 4/18 hold after Holm (m = 6)
    assert.ok(claims.some((c) => c.text === "first vs last" && c.cell.tag === "finding-changes"));
    assert.ok(claims.some((c) => c.text === "12/39 (30.8%)" && c.row?.[0] === "dialogue"));
    // within speaker groups: dialogue is a change within speakers, us_nato and sovereignty are compositional
    const text = f.sentences.map((p) => p.map((x) => (typeof x === "string" ? x : x.text)).join("")).join(" ");
    assert.match(text, /within speakers: dialogue/);
    assert.match(text, /compositional: [^;]*sovereignty/);
    assert.match(text, /compositional: [^;]*us_nato/);
    assert.ok(f.caveat && claimsOf(f).some((c) => c.cell.tag === "finding-stance"));
    assert.equal(f.chart, "06-prevalence-by-year");
  });
});
