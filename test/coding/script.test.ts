import { strict as assert } from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parse as parseCsv } from "csv-parse/sync";

const ROOT = path.join(__dirname, "..", "..");
const FIX = path.join(__dirname, "..", "fixtures", "codebook");

describe("coding: npm run code", () => {
  const run = (args: string[]) =>
    spawnSync(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts", "code.ts"), ...args], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, WORKBOOK_OUTPUT: fs.mkdtempSync(path.join(os.tmpdir(), "code-out-")) },
    });

  it("codes a folder of .txt files, front matter optional, and writes the evidence beside the CSV", function () {
    this.timeout(60000);
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "code-")), "coding.csv");
    const r = run(["--texts", path.join(FIX, "texts"), "--out", out, "--codebook", path.join(FIX, "minimal.yaml")]);
    assert.equal(r.status, 0, r.stderr);
    const recs = parseCsv(fs.readFileSync(out, "utf8"), { columns: true }) as Array<Record<string, string>>;
    assert.deepEqual(
      recs.map((x) => [x.id, x.date, x.year, x.sovereignty, x.dialogue, x.dialogue_n, x.heritage]),
      [
        ["note-2010-a", "", "2010", "1", "1", "1", "0"],
        ["note-b", "2021-03-04", "2021", "0", "0", "0", "1"],
      ],
    );
    assert.ok(fs.existsSync(out.replace(/\.csv$/, ".evidence.csv")));
  });

  it("exits non-zero naming the file and line of a bad codebook", function () {
    this.timeout(60000);
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "code-")), "coding.csv");
    const bad = path.join(FIX, "bad-near.yaml");
    const r = run(["--texts", path.join(FIX, "texts"), "--out", out, "--codebook", bad]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, new RegExp(`${bad.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}:13: malformed proximity`));
    assert.ok(!fs.existsSync(out));
  });

  it("exits 2 on a usage error", function () {
    this.timeout(60000);
    const r = run(["--texts", FIX]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--out <file.csv> is required/);
  });

  it("exits 2 with the usage on an unknown option, a stray argument or a bad value, naming no file", function () {
    this.timeout(60000);
    for (const args of [
      ["--texts", FIX, "--out", "x.csv", "--colour", "red"],
      ["--texts", FIX, "--out", "x.csv", "stray"],
      ["--texts", FIX, "--out", "x.csv", "--mode", "paragraph"],
      ["--corpus", "ungdc-kosovo", "--out", "x.csv", "--years", "2008"],
    ]) {
      const r = run(args);
      assert.equal(r.status, 2, args.join(" "));
      assert.match(r.stderr, /^code: .*\nusage: npm run code/s, args.join(" "));
    }
  });

  it("a pasted press-briefing page: codes the answer only, and reports each line left out", function () {
    this.timeout(60000);
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "code-")), "coding.csv");
    const pages = path.join(FIX, "pages");
    const r = run(["--texts", pages, "--out", out, "--codebook", path.join(FIX, "minimal.yaml")]);
    assert.equal(r.status, 0, r.stderr);
    const recs = parseCsv(fs.readFileSync(out, "utf8"), { columns: true }) as Array<Record<string, string>>;
    // the question, the ticker and the related headline name dialogue or negotiations too: 4 sentences if
    // read whole; the answer alone has 1
    assert.deepEqual(
      recs.map((x) => [x.id, x.dialogue, x.dialogue_n]),
      [["briefing-2023", "1", "1"]],
    );
    const file = path.join(pages, "briefing-2023.txt");
    assert.ok(
      r.stderr.includes(`${file}: left out 1 navigation, 1 question, 1 ticker, 2 related news lines`),
      r.stderr,
    );
    assert.ok(r.stderr.includes(`${file}:3 (question) Q: A paper says the dialogue`), r.stderr);
    assert.ok(r.stderr.includes(`${file}:6 (ticker) BREAKING: Negotiations`), r.stderr);
  });
});
