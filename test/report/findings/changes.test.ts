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
    assert.equal(s.rows, s.kosovoRows);
  });

  it("on China's whole speeches, the five principles by decade", () => {
    const s = timeShiftSetup("china-ungdc");
    assert.deepEqual(s.themes, ["p_sovereignty", "p_un", "p_dialogue", "p_unilateralism", "p_hegemony"]);
    assert.equal(s.periods[0].label, "1971–1979");
  });

  it("counts the tests as the chapter does: 6 themes × 3 pairs of the 3 periods = 18", () => {
    const f = changesFinding("ungdc-kosovo");
    assert.ok(claimsOf(f).some((c) => c.text === "18 tests" && c.cell.tag === "finding-changes"));
    assert.ok(f.caveat && claimsOf(f).some((c) => c.cell.tag === "finding-stance"));
    assert.equal(f.chart, "06-prevalence-by-year");
  });
});
