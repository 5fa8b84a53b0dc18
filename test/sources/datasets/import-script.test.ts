import { strict as assert } from "assert";
import * as path from "path";
import { runScript } from "../../support/run";
import { tmpDir, writePressCon, writeUnscSpeeches } from "../../corpus/datasets/fixtures";

describe("npm run import", () => {
  const speeches = writeUnscSpeeches(path.join(tmpDir(), "unsc-speeches"));

  it("imports, prints each text and the coverage table, and changes nothing the second time", () => {
    const texts = tmpDir();
    const first = runScript("import", ["--dataset", "unsc-speeches", "--from", speeches, "--texts", texts]);
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stdout, /^import: UNSC Meetings and Speeches v5\.0 \(doi:10\.7910\/DVN\/CKPTRB\)/);
    assert.match(first.stdout, /read 32 speeches; 9 of China at Kosovo meetings → 7 texts/);
    assert.match(first.stdout, /\nunsc-2008-02-18 +yes +symbol S\/PV\.5839 +written +\d+\n/);
    assert.match(first.stdout, /\nunsc-2019-07-01 +candidate +no slot +written/);
    assert.match(first.stdout, /\nunsc-speeches +0 +6 +0 +6\n/);
    assert.match(first.stdout, /\nmissing +11 +55 +6 +72\n/);
    assert.match(first.stdout, /fetches only the 72 slot\(s\) still missing/);
    const second = runScript("import", ["--dataset", "unsc-speeches", "--from", speeches, "--texts", texts]);
    assert.equal(second.status, 0);
    assert.match(second.stdout, /written 0, updated 0, replaced 0, unchanged 7, kept 0/);
  });

  it("reads the press conferences' workbook from its folder", () => {
    const file = writePressCon(path.join(tmpDir(), "CMFA_PressCon_v4.xlsx"));
    const r = runScript("import", ["--dataset", "cmfa-presscon", "--from", path.dirname(file), "--texts", tmpDir()]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /read 7 question–answer pairs; 4 about Kosovo → 4 texts/);
  });

  it("exits 2 with the usage for a bad command line, and with the file's fault for a wrong folder", () => {
    const none = runScript("import", ["--from", speeches]);
    assert.equal(none.status, 2);
    assert.match(none.stderr, /--dataset is required[\s\S]*usage: npm run import/);
    const years = runScript("import", ["--dataset", "unsc-speeches", "--from", speeches, "--years", "2024-2008"]);
    assert.equal(years.status, 2);
    assert.match(years.stderr, /--years: expected FROM-TO/);
    const wrong = runScript("import", ["--dataset", "unsc-debates", "--from", speeches, "--texts", tmpDir()]);
    assert.equal(wrong.status, 2);
    assert.match(wrong.stderr, /expected meta\.tsv or meta\.tab .*found meetings\.tsv, speeches\.tsv/);
  });
});
