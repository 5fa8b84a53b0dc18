import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { buildGold, goldCsv, loadSheet, parseDecisions, parseGold } from "../../lib/sheets";
import { FIX, problemsOf, THEMES } from "./fixtures";

describe("sheets: the gold standard", () => {
  const ana = loadSheet(path.join(FIX, "ana.csv"), { themeKeys: THEMES });
  const ben = loadSheet(path.join(FIX, "ben.csv"), { themeKeys: THEMES });
  it("lists every disagreement without a decision", () => {
    const decisions = parseDecisions(
      fs.readFileSync(path.join(FIX, "decisions-partial.csv"), "utf8"),
      "decisions-partial.csv",
      { themeKeys: THEMES },
    );
    const problems = problemsOf(() => buildGold([ana, ben], decisions, THEMES, "decisions-partial.csv"));
    assert.deepEqual(problems, ["-|-|no decision for BBB_64_2009 × unilateral (ana=blank, ben=1)"]);
  });
  it("refuses a decision on a cell the coders agreed on", () => {
    const text =
      fs.readFileSync(path.join(FIX, "decisions.csv"), "utf8") + "CCC_65_2010,sovereignty,0,second thoughts\n";
    const decisions = parseDecisions(text, "d.csv", { themeKeys: THEMES });
    assert.deepEqual(
      problemsOf(() => buildGold([ana, ben], decisions, THEMES, "d.csv")),
      ["4|value|the coders agree on CCC_65_2010 × sovereignty (1); there is nothing to adjudicate"],
    );
  });
  it("builds the gold standard: agreed codes plus decisions with reasons", () => {
    const decisions = parseDecisions(fs.readFileSync(path.join(FIX, "decisions.csv"), "utf8"), "decisions.csv", {
      themeKeys: THEMES,
    });
    const gold = buildGold([ana, ben], decisions, THEMES, "decisions.csv");
    assert.equal(gold.length, 9);
    assert.deepEqual(
      gold.filter((g) => g.source === "adjudicated").map((g) => [g.id, g.theme, g.value]),
      [
        ["AAA_63_2008", "dialogue", 1],
        ["BBB_64_2009", "unilateral", 0],
      ],
    );
    const csv = goldCsv(gold);
    assert.equal(csv.split("\n")[0], "id,theme,value,source,reason");
    assert.equal(
      csv.split("\n")[2],
      "AAA_63_2008,dialogue,1,adjudicated,Endorses a negotiated solution (decision rule: dialogue).",
    );
    assert.deepEqual(parseGold(csv, "gold.csv"), gold);
  });
  it("a gold file with a bad value, an empty id and a repeated cell is refused row by row", () => {
    assert.deepEqual(
      problemsOf(() => parseGold("id,theme,value\nu1,t,2\n,t,1\nu1,s,1\nu1,s,0\n", "g.csv")),
      ['2|value|value "2" is not 0 or 1', "3|-|empty id or theme", "5|id|u1 × s appears again (first on row 4)"],
    );
  });
});
