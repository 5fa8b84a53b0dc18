import { strict as assert } from "assert";
import * as path from "path";
import { ArgumentError } from "../../lib/core";
import { codersValues, commonIds, disagreementsCsv, findDisagreements, loadSheet } from "../../lib/sheets";
import { FIX, THEMES } from "./fixtures";

describe("sheets: disagreements", () => {
  const ana = loadSheet(path.join(FIX, "ana.csv"), { themeKeys: THEMES });
  const ben = loadSheet(path.join(FIX, "ben.csv"), { themeKeys: THEMES });
  it("finds the two cells where ana and ben differ (a blank counts)", () => {
    assert.deepEqual(findDisagreements([ana, ben], THEMES), [
      { id: "AAA_63_2008", theme: "dialogue", values: { ana: 1, ben: 0 } },
      { id: "BBB_64_2009", theme: "unilateral", values: { ana: null, ben: 1 } },
    ]);
  });
  it("writes the disagreements table", () => {
    const ds = findDisagreements([ana, ben], THEMES);
    assert.equal(
      disagreementsCsv(ds, ["ana", "ben"]),
      "id,theme,ana,ben\nAAA_63_2008,dialogue,1,0\nBBB_64_2009,unilateral,,1\n",
    );
    assert.equal(codersValues(ds[1]), "ana=blank ben=1");
    assert.equal(codersValues(ds[0], ", "), "ana=1, ben=0");
  });
  it("refuses two sheets by the same coder, and a single sheet", () => {
    assert.throws(() => findDisagreements([ana, ana], THEMES), /names more than one sheet/);
    assert.throws(() => findDisagreements([ana], THEMES), ArgumentError);
  });
  it("the units in every sheet, sorted", () => {
    assert.deepEqual(commonIds([ben, ana]), ["AAA_63_2008", "BBB_64_2009", "CCC_65_2010"]);
  });
});
