import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { decisionsTemplateCsv, findDisagreements, loadSheet, parseDecisions } from "../../lib/sheets";
import { FIX, IDS, problemsOf, THEMES } from "./fixtures";

describe("sheets: the adjudicator's decisions", () => {
  it("writes a decisions template, one row per disagreement", () => {
    const ana = loadSheet(path.join(FIX, "ana.csv"), { themeKeys: THEMES });
    const ben = loadSheet(path.join(FIX, "ben.csv"), { themeKeys: THEMES });
    const ds = findDisagreements([ana, ben], THEMES);
    assert.equal(decisionsTemplateCsv(ds), "id,theme,value,reason\nAAA_63_2008,dialogue,,\nBBB_64_2009,unilateral,,\n");
  });
  it("checks the decisions file row by row", () => {
    const problems = problemsOf(() =>
      parseDecisions(fs.readFileSync(path.join(FIX, "decisions-bad.csv"), "utf8"), "decisions-bad.csv", {
        themeKeys: THEMES,
        knownIds: IDS,
      }),
    );
    assert.deepEqual(problems, [
      '2|value|value "yes" is not 0 or 1',
      "2|reason|no reason given",
      '3|theme|"dialog" is not a theme key',
    ]);
  });
  it("reads a decision with its row, and refuses a reason over two lines and a second decision", () => {
    const text = 'id,theme,value,reason\nu1,dialogue,1,talks\nu1,dialogue,0,"two\nlines"\n';
    assert.deepEqual(
      problemsOf(() => parseDecisions(text, "d.csv", { themeKeys: THEMES })),
      ["3|reason|the reason runs over several lines", "3|id|u1 × dialogue was already decided on row 2"],
    );
    assert.deepEqual(parseDecisions("id,theme,value,reason\nu1,dialogue,1,talks\n", "d.csv", { themeKeys: THEMES }), [
      { id: "u1", theme: "dialogue", value: 1, reason: "talks", line: 2 },
    ]);
  });
});
