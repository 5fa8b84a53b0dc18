import { strict as assert } from "assert";
import { ValidationError } from "../../lib/core";
import { loadPaperFigures, paperCounts, parsePaperFigures } from "../../lib/counts/paper-figures";
import { SIX } from "./rows";

describe("counts: the paper's figures", () => {
  it("reads the paper's figures as published in sections 4 and 4.1 (EU mentions left empty)", () => {
    const f = loadPaperFigures();
    const texts = f.filter((x) => x.measure === "texts").map((x) => [x.theme, x.value, x.of]);
    assert.deepEqual(texts, [
      ["sovereignty", 66, 82],
      ["dialogue", 65, 82],
      ["unilateral", 22, 82],
      ["un_authority", 63, 82],
      ["us_nato", 15, 82],
      ["eu_antagonism", 0, 82],
    ]);
    const mentions = f.filter((x) => x.measure === "mentions").map((x) => [x.theme, x.value]);
    assert.deepEqual(mentions, [
      ["sovereignty", 132],
      ["dialogue", 130],
      ["unilateral", 44],
      ["un_authority", 126],
      ["us_nato", 30],
      ["eu_antagonism", null],
    ]);
    for (const x of f) assert.match(x.source, /section 4/);
    assert.match(f.find((x) => x.measure === "texts" && x.theme === "dialogue")?.note ?? "", /130 texts/);
  });

  it("turns the paper's figures into counts out of 82", () => {
    const p = paperCounts(loadPaperFigures(), SIX);
    assert.equal(p[0].theme, "sovereignty");
    assert.equal(p[0].present, 66);
    assert.equal(p[0].units, 82);
    assert.equal(p[0].mentions, 132);
    assert.equal(p[5].mentions, null);
  });

  it("rejects a figures file with bad values, naming line and column", () => {
    const csv = "measure,theme,value,of,source,note\ntexts,sovereignty,sixty,82,section 4,\ncounts,dialogue,65,82,,\n";
    assert.throws(
      () => parsePaperFigures(csv, "figs.csv"),
      (e: unknown) =>
        e instanceof ValidationError &&
        e.problems.map((p) => `${p.line}:${p.column}`).join(" ") === "2:value 3:measure 3:source",
    );
  });

  it("reports a second row for the same measure and theme, with the line of the first", () => {
    const csv = "measure,theme,value,of,source,note\ntexts,dialogue,1,82,s4,\ntexts,dialogue,2,82,s4,\n";
    assert.throws(
      () => parsePaperFigures(csv, "figs.csv"),
      (e: unknown) => e instanceof ValidationError && /already on line 2/.test(e.problems[0].message),
    );
  });
});
