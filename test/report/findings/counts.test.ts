import { strict as assert } from "assert";
import { loadUnits } from "../../../lib/corpus";
import { claimsOf, corpusStatement, hierarchyFinding } from "../../../lib/report";

describe("report: the findings of chapter 05 (on ungdc-kosovo)", function () {
  this.timeout(60_000);

  it("says which corpus, how many units, and that it is not the paper's", () => {
    const c = corpusStatement("ungdc-kosovo");
    assert.equal(c.units, loadUnits("ungdc-kosovo").length);
    const claims = c.sentences.flat().filter((p) => typeof p !== "string");
    assert.deepEqual(
      claims.map((p) => (typeof p === "string" ? p : p.text)),
      [
        "ungdc-kosovo",
        `${c.units} units`,
        `Different corpora: the paper's 82 Chinese official texts vs ungdc-kosovo (${c.units} units)`,
      ],
    );
  });

  it("gives the paper's order with the paper's figures (data/paper-figures.csv: 66 of 82 is 80.5%)", () => {
    const f = hierarchyFinding("ungdc-kosovo");
    const texts = claimsOf(f).map((c) => c.text);
    for (const t of ["66 / 82 (80.5%)", "65 / 82 (79.3%)", "63 / 82 (76.8%)", "22 / 82 (26.8%)", "15 / 82 (18.3%)"]) {
      assert.ok(texts.includes(t), t);
    }
    assert.deepEqual([...new Set(claimsOf(f).map((c) => c.cell.tag))].sort(), [
      "finding-hierarchy",
      "finding-paper-order",
    ]);
    assert.equal(f.chart, "05-paper-vs-corpus");
  });
});
