import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parseGold } from "../../lib/sheets";
import { runScript } from "../support/run";
import { FIX, THEMES } from "./fixtures";

describe("sheets: npm run adjudicate (scripts/adjudicate.ts)", function () {
  this.timeout(60000);
  const run = (args: string[]) => runScript("adjudicate", args);
  // the invented sheets have three of the codebook's themes: name them (the default is every theme of the codebook)
  const sheets = ["--sheets", path.join(FIX, "ana.csv"), path.join(FIX, "ben.csv"), "--themes", THEMES.join(",")];
  it("a missing decision: non-zero exit, the missing one listed, no gold file", () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "adj-")), "gold.csv");
    const r = run([...sheets, "--decisions", path.join(FIX, "decisions-partial.csv"), "--out", out]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /no decision for BBB_64_2009 × unilateral \(ana=blank, ben=1\)/);
    assert.equal(fs.existsSync(out), false);
  });
  it("every decision given: writes the gold file", () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "adj-")), "gold.csv");
    const r = run([...sheets, "--decisions", path.join(FIX, "decisions.csv"), "--out", out]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(parseGold(fs.readFileSync(out, "utf8"), out).length, 9);
  });
  it("without decisions: the disagreements on stdout", () => {
    const r = run(sheets);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, "id,theme,ana,ben\nAAA_63_2008,dialogue,1,0\nBBB_64_2009,unilateral,,1\n");
  });
  it("without --themes: every theme of the codebook, and a sheet that lacks one is named", () => {
    const r = run(sheets.slice(0, 3));
    assert.equal(r.status, 1);
    assert.match(r.stderr, /ana\.csv:1 \(column un_authority\): theme column "un_authority" is missing/);
  });
});
