import { strict as assert } from "assert";
import { periodFamilyRows, speakerMixWide, stratifiedRows, trajectoryRows, verdictRows } from "../../lib/tables/change";
import { periodTests } from "../../lib/timeline/changes";
import { periodTestFamilies } from "../../lib/timeline/families";
import { speakerMix, speakerTrajectories } from "../../lib/timeline/speakers";
import { stratifiedTests } from "../../lib/timeline/strata";
import { changeVerdicts } from "../../lib/timeline/verdict";
import { periods, rows } from "../timeline/rows";

describe("tables: change within speakers", () => {
  it("prints each adjusted p with its family's size", () => {
    const r = periodFamilyRows(periodTestFamilies(periodTests(rows, periods, ["unilateral"]), periods));
    assert.equal(r[0].family, "first vs last");
    // One theme: the first-vs-last family has one test (m = 1), the neighbouring periods two.
    assert.equal(r[0]["Holm p"], "0.100 (m = 1)");
    assert.match(String(r[1]["BH p"]), /\(m = 2\)$/);
  });

  it("shows the stratified counts, tests and parts of a change, and the verdicts", () => {
    const tests = stratifiedTests(rows, ["unilateral"], periods[0], periods[2], (r) => r.country, "speaker");
    const s = stratifiedRows(tests)[0];
    // 0/3 → 2/2; speakers CHN (early 0/2, late 1/1: informative), SRB (late only), USA (early only).
    assert.equal(s["all units"], "0/3 → 2/2");
    assert.equal(s["speakers (informative)"], "3 (1)");
    const v = verdictRows(changeVerdicts(tests))[0];
    assert.equal(v.theme, "unilateral");
    assert.match(String(v["Holm p"]), /\(m = 1\)$/);
  });

  it("shapes the speaker mix wide and the trajectories one row per speaker and theme", () => {
    const mix = speakerMixWide(speakerMix(rows, periods, (r) => r.country));
    assert.deepEqual(mix[0], { period: "2008–2011", units: 3, CHN: "2 (67%)", RUS: "–", SRB: "–", USA: "1 (33%)" });
    assert.deepEqual(trajectoryRows(speakerTrajectories(rows, periods, ["sovereignty"]))[0], {
      speaker: "CHN",
      theme: "sovereignty",
      "2008–2011": "1/2",
      "2012–2020": "1/1",
      "2021–2024": "1/1",
    });
  });
});
