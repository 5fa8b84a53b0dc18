import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ROOT, runScript } from "../support/run";

describe("reliability: npm run reliability (scripts/reliability.ts)", function () {
  this.timeout(60000);
  const fix = path.join(ROOT, "test", "fixtures", "sheets");
  const run = (args: string[]) => runScript("reliability", args);
  it("writes one row per theme plus overall, with the exact columns", () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "rel-")), "r.csv");
    const themes = ["--themes", "sovereignty,dialogue,unilateral"];
    const r = run(["--coders", path.join(fix, "ana.csv"), path.join(fix, "ben.csv"), "--out", out, ...themes]);
    assert.equal(r.status, 0, r.stderr);
    // dialogue: ana 1 1 0, ben 0 1 0 → agreement 2/3;
    // kappa: pe = (2/3)(1/3) + (1/3)(2/3) = 4/9 → (2/3 - 4/9)/(5/9) = 0.4
    assert.equal(
      fs.readFileSync(out, "utf8"),
      [
        "theme,units,decisions,agreement,cohen_kappa,scott_pi,kripp_alpha,gwet_ac1",
        "sovereignty,3,3,1.000,1.000,1.000,1.000,1.000",
        "dialogue,3,3,0.667,0.400,0.333,0.444,0.333",
        "unilateral,2,2,1.000,1.000,1.000,1.000,1.000",
        // 8 decisions from 3 units (BBB's unilateral is blank for ana: 2 units on every theme)
        "overall,3,8,0.875,0.750,0.746,0.762,0.754",
        "",
      ].join("\n"),
    );
  });
  it("one coder: a clear error, non-zero exit, no output file", () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "rel-")), "r.csv");
    const r = run(["--coders", path.join(fix, "ana.csv"), "--out", out]);
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /only one coder/);
    assert.equal(fs.existsSync(out), false);
  });
  it("a bad option or a bad number of replicates: usage error (exit 2), no output file", () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "rel-")), "r.csv");
    const sheets = [path.join(fix, "ana.csv"), path.join(fix, "ben.csv")];
    const a = run(["--coders", ...sheets, "--out", out, "--colour", "red"]);
    assert.equal(a.status, 2);
    assert.match(a.stderr, /got "--colour"/);
    assert.match(a.stderr, /^usage: npm run reliability/m);
    const b = run(["--coders", ...sheets, "--out", out, "--bootstrap", "many"]);
    assert.equal(b.status, 2);
    assert.match(b.stderr, /--bootstrap: expected a whole number of replicates, got "many"/);
    assert.equal(fs.existsSync(out), false);
  });
});
