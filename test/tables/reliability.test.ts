import { strict as assert } from "assert";
import { formatInterval, intervalTable, reliabilityRecords } from "../../lib/tables/reliability";
import { paradoxData } from "../reliability/fixtures";

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
