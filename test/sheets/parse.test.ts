import { strict as assert } from "assert";
import * as path from "path";
import { loadSheet, parseSheet } from "../../lib/sheets";
import { FIX, IDS, problemsOf, THEMES } from "./fixtures";

describe("sheets: loading filled sheets", () => {
  it("reads a spreadsheet's CSV (BOM, CRLF, a quoted cell over two lines)", () => {
    const s = loadSheet(path.join(FIX, "ana.csv"), { themeKeys: THEMES, knownIds: IDS });
    assert.equal(s.coder, "ana");
    assert.deepEqual(s.ids, IDS);
    assert.deepEqual(s.codes.BBB_64_2009, { sovereignty: 0, dialogue: 1, unilateral: null });
    assert.deepEqual(s.codes.CCC_65_2010, { sovereignty: 1, dialogue: 0, unilateral: 1 });
  });
  it("reports every problem with its row and column", () => {
    const problems = problemsOf(() =>
      loadSheet(path.join(FIX, "bad.csv"), { themeKeys: ["sovereignty", "unilateral"], knownIds: IDS }),
    );
    assert.deepEqual(problems, [
      '2|sovereignty|value "yes" for unit AAA_63_2008 is not 0 or 1',
      '3|id|unit id "ZZZ_99_2099" is not in the corpus',
      '4|id|unit id "AAA_63_2008" appears again (first on row 2)',
      "5|id|empty unit id",
    ]);
  });
  it("reads a sheet saved with semicolons (a spreadsheet in a European locale)", () => {
    const text =
      "\uFEFFid;coder;year;country;speaker;text;dialogue\r\n" +
      'AAA_63_2008;ana;2008;AAA;;"Invented; with a semicolon, and a comma.";1\r\n';
    const s = parseSheet(text, "semi.csv", { themeKeys: ["dialogue"] });
    assert.deepEqual(s.codes, { AAA_63_2008: { dialogue: 1 } });
  });
  it("rejects a value of 2", () => {
    const text = "id,coder,year,country,speaker,text,dialogue\nAAA_63_2008,ana,2008,AAA,,x,2\n";
    assert.deepEqual(
      problemsOf(() => parseSheet(text, "t.csv", { themeKeys: ["dialogue"] })),
      ['2|dialogue|value "2" for unit AAA_63_2008 is not 0 or 1'],
    );
  });
  it("names every missing theme column", () => {
    const problems = problemsOf(() => loadSheet(path.join(FIX, "bad.csv"), { themeKeys: THEMES }));
    assert.deepEqual(problems, ['1|dialogue|theme column "dialogue" is missing']);
  });
  it("the error message names the file and row", () => {
    assert.throws(
      () => loadSheet(path.join(FIX, "bad.csv"), { themeKeys: ["sovereignty", "unilateral"] }),
      /bad\.csv:2 \(column sovereignty\)/,
    );
  });
  it("a missing file is an InputError naming it", () => {
    assert.throws(() => loadSheet(path.join(FIX, "nope.csv"), { themeKeys: THEMES }), /nope\.csv: file not found/);
  });
  it("takes the coder from the option, else the file name, when the sheet has no coder column", () => {
    const text = "id,dialogue\nu1,1\n";
    assert.equal(parseSheet(text, "data/ben.csv", { themeKeys: ["dialogue"] }).coder, "ben");
    assert.equal(parseSheet(text, "data/ben.csv", { themeKeys: ["dialogue"], coder: "cy" }).coder, "cy");
  });
});
