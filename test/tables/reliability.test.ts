import { strict as assert } from "assert";
import {
  formatInterval,
  intervalReportRecords,
  intervalTable,
  reliabilityRecords,
  reliabilityReportRecords,
} from "../../lib/tables/reliability";
import { paradoxData } from "../reliability/fixtures";
import type { CoderCodes } from "../../lib/reliability";
import { themeIntervals } from "../../lib/reliability/intervals";
import { codeSupport } from "../../lib/reliability/support";
import { reliabilityTable } from "../../lib/reliability/table";

describe("tables: reliability for display", () => {
  const { coders, rows } = paradoxData();
  it("formats records", () => {
    const rec = reliabilityRecords(rows);
    assert.equal(rec[0].prevalence, "0.950");
    assert.equal(rec[0].agreement, "0.900");
    assert.equal(rec[1].cohen_kappa, "1.000");
    assert.equal(rec[2].cohen_kappa, "NA");
  });
  it("bootstrap intervals per theme are seeded and formatted", () => {
    const t1 = intervalTable(coders, ["common"], { reps: 200, seed: 5 });
    const t2 = intervalTable(coders, ["common"], { reps: 200, seed: 5 });
    assert.deepEqual(t1, t2);
    assert.equal(t1[0].units, 20);
    assert.match(t1[0].alpha_interval, /^(\[-?\d\.\d{3}, -?\d\.\d{3}\]|NA \(.+\))$/);
  });
  it("an interval as [lower, upper], or NA with the reason", () => {
    const ci = { lower: 0.61234, upper: 0.9, level: 0.95, reps: 1000, used: 1000, seed: "1" };
    assert.equal(formatInterval(ci), "[0.612, 0.900]");
    assert.equal(formatInterval({ ...ci, lower: -0.00001 }, 2), "[0.00, 0.90]");
    assert.equal(formatInterval({ value: null, reason: "no units" }), "NA (no units)");
  });
});

// Invented codes of two coders on ten units. "none": never marked. "few": both coders mark u1 only (2 positive
// codes). "split": both mark u1–u5, and coder A also marks u6 (one disagreement). "same": both mark u1–u4.
const ids = Array.from({ length: 10 }, (_, i) => `u${i + 1}`);
const code = (marks: Record<string, number[]>) =>
  Object.fromEntries(
    ids.map((id, i) => [
      id,
      Object.fromEntries(Object.entries(marks).map(([t, on]) => [t, on.includes(i + 1) ? 1 : 0])),
    ]),
  ) as CoderCodes;
const A = code({ none: [], few: [1], split: [1, 2, 3, 4, 5, 6], same: [1, 2, 3, 4] });
const B = code({ none: [], few: [1], split: [1, 2, 3, 4, 5], same: [1, 2, 3, 4] });
const THEMES = ["none", "few", "split", "same"];

describe("tables: the reliability report", () => {
  const support = codeSupport([A, B], THEMES);
  const rows = reliabilityReportRecords(reliabilityTable([A, B], THEMES), support);

  it("lists the themes first and the pooled decisions last, with truthful units and decisions", () => {
    assert.deepEqual(
      rows.map((r) => r.theme),
      [...THEMES, "all themes (pooled decisions)"],
    );
    assert.equal(rows[4].units, "10 units × 4 themes");
    assert.equal(rows[4].decisions, 40);
  });

  it("prints no coefficient for a theme nobody marked, and says why", () => {
    assert.equal(rows[0].gwet_ac1, "–");
    assert.equal(rows[0].kripp_alpha, "–");
    assert.equal(rows[0].agreement, "1.000 (absence only)");
    assert.match(String(rows[0].warning), /no coder marked this theme/);
  });

  it("marks a coefficient resting on fewer than three positive codes, never a bare 1.000", () => {
    assert.equal(rows[1].kripp_alpha, "1.000 ⚠");
    assert.equal(rows[1]["positive codes"], 2);
    assert.equal(rows[1]["α reading"], "too few positive codes to judge");
    assert.match(String(rows[1].warning), /rests on 2 positive codes/);
  });

  it("says when no disagreement was seen, and how many bootstrap replicates were dropped", () => {
    const intervals = intervalReportRecords(themeIntervals([A, B], THEMES, { reps: 200, seed: 3 }), support);
    assert.equal(intervals[3].alpha_interval, "[1.000, 1.000] (no disagreement seen)");
    assert.equal(intervals[0].alpha_interval, "– (no positive code)");
    assert.equal(intervals[0]["α undefined replicates"], "–");
    assert.match(String(intervals[2]["α undefined replicates"]), /^\d+ of 200/);
    assert.equal(intervals[2].disagreements, 1);
  });
});
