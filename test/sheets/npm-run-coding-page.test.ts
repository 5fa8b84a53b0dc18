import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ROOT, runScript } from "../support/run";

describe("sheets: npm run coding-page (scripts/coding-page.ts)", function () {
  this.timeout(120000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "page-"));
  const list = path.join(ROOT, "data", "coding", "ungdc-kosovo-1989-2007", "sample.csv");

  it("writes a blind page of the listed units and says what it holds; the same command gives the same bytes", () => {
    const out = path.join(dir, "ana.html");
    const args = ["--corpus", "ungdc-kosovo-1989-2007", "--coder", "ana", "--units", list, "--half", "tune"];
    const r = runScript("coding-page", [...args, "--out", out]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(
      r.stderr,
      new RegExp(
        "coding-page: 25 units, 156 sentences × 12 themes for ana \\(blind; the 25 units listed in sample\\.csv, " +
          'half "tune"; codebook [0-9a-f]{12}\\)',
      ),
    );
    const html = fs.readFileSync(out, "utf8");
    assert.doesNotMatch(html, /"dictionary"/);
    const again = path.join(dir, "again.html");
    assert.equal(runScript("coding-page", [...args, "--out", again]).status, 0);
    assert.equal(fs.readFileSync(again, "utf8"), html);
  });

  it("--evidence: an instructor's page with the dictionary coder's marks", () => {
    const out = path.join(dir, "instructor.html");
    const r = runScript("coding-page", [
      "--corpus",
      "ungdc-kosovo-1989-2007",
      "--coder",
      "i",
      "--units",
      list,
      "--evidence",
      "--out",
      out,
    ]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /50 units, \d+ sentences × 12 themes for i \(with the dictionary coder's evidence/);
    assert.match(fs.readFileSync(out, "utf8"), /"dictionary":\[\{"theme":/);
  });

  it("usage errors (exit 2): no coder, --sample without --seed, --half without --units, --out not .html", () => {
    const base = ["--corpus", "ungdc-kosovo-1989-2007"];
    const cases: Array<[string[], RegExp]> = [
      [[...base, "--out", "a.html"], /no coder: pass --coder/],
      [[...base, "--coder", "a", "--sample", "0.2", "--out", "a.html"], /--sample needs --seed/],
      [[...base, "--coder", "a", "--half", "tune", "--out", "a.html"], /--half picks a half of a --units list/],
      [[...base, "--coder", "a", "--out", "a.csv"], /--out must name an \.html file/],
    ];
    for (const [args, message] of cases) {
      const r = runScript("coding-page", args);
      assert.equal(r.status, 2, r.stderr);
      assert.match(r.stderr, message);
      assert.match(r.stderr, /^usage: npm run coding-page/m);
    }
  });

  it("a list naming units the corpus lacks: an input error (exit 1) naming the file", () => {
    const bad = path.join(dir, "bad.csv");
    fs.writeFileSync(bad, "id\nNOT_A_UNIT\n");
    const r = runScript("coding-page", [
      "--corpus",
      "ungdc-kosovo-1989-2007",
      "--coder",
      "a",
      "--units",
      bad,
      "--out",
      path.join(dir, "x.html"),
    ]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /bad\.csv: 1 listed unit\(s\) are not in the corpus: NOT_A_UNIT/);
  });
});
