import { strict as assert } from "assert";
import { silenceTable, termUsage } from "../../lib/vocabulary/usage";
import { counts } from "./fixtures";

describe("vocabulary: use and silences", () => {
  it("tables use per year and per group, zeros included", () => {
    assert.deepEqual(termUsage(counts, ["normalization"], "year"), [
      { list: "normalization", year: 2009, group: null, units: 2, unitsUsing: 1, hits: 1 },
      { list: "normalization", year: 2022, group: null, units: 2, unitsUsing: 1, hits: 1 },
    ]);
    assert.deepEqual(
      termUsage(counts, ["normalization"], "group").map((r) => [r.group, r.units, r.unitsUsing, r.hits]),
      [
        ["Alpha", 1, 0, 0],
        ["Beta", 2, 2, 2],
        ["Gamma", 1, 0, 0],
      ],
    );
  });

  it("calls a zero a silence only against a baseline of others using the term", () => {
    const rows = silenceTable(counts, ["normalization", "unheard"]);
    const alpha = rows.find((r) => r.list === "normalization" && r.group === "Alpha")!;
    assert.equal(alpha.silent, true);
    assert.equal(alpha.otherUnits, 3);
    assert.equal(alpha.otherUnitsUsing, 2);
    assert.equal(alpha.otherHits, 2);
    assert.equal(alpha.otherGroupsUsing, "Beta");
    assert.match(
      alpha.reading,
      /never uses it in 1 units; others do in 2 of 3 units \(Beta\) — only 1 of them: too few/,
    );
    const worded = silenceTable(counts, ["normalization"], ["Beta"], {
      unitWord: "passages",
      countWord: "sentences",
      minUnits: 2,
    })[0];
    assert.equal(worded.reading, "uses it in 2 of 2 passages (2 sentences)");
    assert.equal(alpha.fewUnits, true);
    assert.equal(silenceTable(counts, ["normalization"], ["Alpha"], { minUnits: 1 })[0].fewUnits, false);
    const beta = rows.find((r) => r.list === "normalization" && r.group === "Beta")!;
    assert.equal(beta.silent, false);
    // Nobody uses "unheard": no group is silent, there is no baseline.
    const unheard = rows.filter((r) => r.list === "unheard");
    assert.equal(unheard.length, 3);
    assert.ok(unheard.every((r) => !r.silent && /no baseline/.test(r.reading)));
  });

  it("reports a requested group with no units rather than inventing a silence", () => {
    const rows = silenceTable(counts, ["icj"], ["China"]);
    assert.equal(rows[0].units, 0);
    assert.equal(rows[0].silent, false);
    assert.match(rows[0].reading, /no units/);
  });
});
