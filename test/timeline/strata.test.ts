import { strict as assert } from "assert";
import { stratifiedPeriodTest } from "../../lib/timeline/strata";
import { near } from "../stats/near";
import { periods, row } from "./rows";

// Invented: "sovereignty" is said by every SRB unit and by no other; SRB has 1 of 4 early units and 3 of 4 late ones.
const rows = [
  row("e1", 2008, "SRB", ["sovereignty"]),
  row("e2", 2009, "FRA", []),
  row("e3", 2010, "DEU", []),
  row("e4", 2011, "ITA", []),
  row("l1", 2021, "SRB", ["sovereignty"]),
  row("l2", 2022, "SRB", ["sovereignty"]),
  row("l3", 2023, "SRB", ["sovereignty"]),
  row("l4", 2024, "FRA", []),
];
const speaker = (r: { country: string }) => r.country;

describe("timeline: change within strata", () => {
  it("finds a rise in share (1/4 → 3/4) that no speaker's own language explains", () => {
    const t = stratifiedPeriodTest(rows, "sovereignty", periods[0], periods[2], speaker, "speaker");
    assert.deepEqual(
      [t.crude.earlierPresent, t.crude.earlierUnits, t.crude.laterPresent, t.crude.laterUnits],
      [1, 4, 3, 4],
    );
    // No stratum lets the theme vary between periods (SRB always says it, FRA never), so no within test.
    assert.equal(t.informative, 0);
    assert.equal(t.p, null);
    // Kitagawa by hand: SRB weight 1/4 → 3/4 at share 1: mix = 1·(3/4 − 1/4) = 0.5; FRA share 0: nothing;
    // DEU and ITA leave with share 0. Within = 0; crude = 0.5.
    near(t.decomposition?.crude, 0.5, 1e-12);
    near(t.decomposition?.within, 0, 1e-12);
    near(t.decomposition?.composition, 0.5, 1e-12);
    assert.equal(t.oneStratum, false);
  });

  it("reads the exact test when the Mantel–Fleiss margin is small, and says it is one stratum when it is", () => {
    const one = rows.filter((r) => r.country === "SRB" || r.id === "e2").map((r) => ({ ...r, country: "SRB" }));
    const t = stratifiedPeriodTest(one, "sovereignty", periods[0], periods[2], speaker, "speaker");
    assert.equal(t.oneStratum, true);
    assert.equal(t.pFrom, "exact conditional");
    // One stratum, 1 of 2 early and 3 of 3 late: the exact test is Fisher's. By hand, with 4 present of 5 and 3
    // late units, P(a = 3) = C(4,3)·C(1,0)/C(5,3) = 0.4 and P(a = 2) = 0.6: only the observed table is as unlikely.
    near(t.p, 0.4, 1e-12);
    near(t.crudeP, 0.4, 1e-12);
  });
});
