/**
 * Issue 19, class 10 — paths and options. Relative paths are read from where the user typed the command
 * (npm says where in INIT_CWD), not from the project root; options that cannot apply are refused; a path
 * that cannot be read or written is said in words before the work starts (lib/cli/paths-guard.ts); a
 * corpus with nothing to code writes nothing.
 *
 *  P1  code --texts t --out o.csv, typed in another folder     → reads <there>/t, writes <there>/o.csv
 *  P2  add-text --file t.txt --dir corpus, typed in another folder → reads and writes there
 *  P3  fetch --slots s.csv --texts t --cache c, typed in another folder → reads and writes there
 *  P4  code --texts … --years 2008-2010                         → exit 2 "--years: applies to --corpus only"
 *  P5  reliability --bootstrap abc                              → exit 2 "--bootstrap: expected a whole number"
 *  P6  code --out <a folder>.csv                                → exit 2 "is a folder, not a file", before coding
 *  P7  code --out <a file>/out.csv                              → exit 2 "goes through a file as if it were a folder"
 *  P8  code --out <a loop of links>                             → exit 2 "is a loop of symbolic links"
 *  P9  code --codebook <a folder>                               → exit 1 "<folder>: is a folder, not a file"
 *  P10 code --texts <a file>                                    → exit 1 "<file>: is a file, not a folder"
 *  P11 code --corpus china-kosovo, its folder empty, an earlier output → exit 1 "holds no text of corpus
 *      china-kosovo: nothing coded, nothing written"; the earlier output untouched
 *  P12 the same with the folder missing                         → exit 1, the same
 */
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import {
  EARLIER_CODING,
  inventedProse,
  runScript,
  sheet,
  snapshot,
  textFile,
  tmpDir,
  writeTree,
} from "../support/adversarial-fixtures";

const prose = inventedProse(3, "p", ["Kosovo", "dialogue"]);

describe("adversarial (issue 19, class 10): paths and options", function () {
  this.timeout(60000);

  it("P1 code: relative paths from where the command was typed", () => {
    const here = tmpDir("typed-here");
    writeTree(here, { "t/a-2010.txt": `${prose}\n` });
    const r = runScript("code", ["--texts", "t", "--out", "o.csv"], { env: { INIT_CWD: here } });
    assert.equal(r.status, 0, r.stderr);
    assert.ok(fs.existsSync(path.join(here, "o.csv")) && fs.existsSync(path.join(here, "o.evidence.csv")));
    assert.match(r.stdout, /wrote o\.csv, o\.evidence\.csv/);
  });

  it("P2 add-text: --file and --dir from where the command was typed", () => {
    const here = tmpDir("typed-here");
    writeTree(here, { "t.txt": `${prose}\n`, "corpus/.keep": "" });
    const r = runScript(
      "add-text",
      [
        "--corpus",
        "china-kosovo",
        "--file",
        "t.txt",
        "--dir",
        "corpus",
        "--date",
        "2010-07-22",
        "--category",
        "mfa",
      ].concat(["--speaker", "", "--venue", "An invented venue", "--source", "invented"]),
      { env: { INIT_CWD: here } },
    );
    assert.equal(r.status, 0, r.stderr);
    assert.ok(fs.existsSync(path.join(here, "corpus", "mfa-2010-07-22.txt")));
  });

  it("P3 fetch: --slots, --texts and --cache from where the command was typed", () => {
    const here = tmpDir("typed-here");
    const header = "slot,date,category,speaker,speaker_title,venue,title,doc_ref,url,alt_url,evidence";
    writeTree(here, { "s.csv": `${header}\nleader-2031-10-10,2031-10-10,leader,,,Somewhere,Article,,,,invented\n` });
    const r = runScript("fetch", ["--corpus", "china-kosovo", "--slots", "s.csv", "--texts", "t", "--cache", "c"], {
      env: { INIT_CWD: here },
    });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stderr, /fetch: 1 slot of china-kosovo → t \(cache c;/);
  });

  it("P4 code --texts with --years: exit 2, the option refused", () => {
    const dir = tmpDir("years");
    writeTree(dir, { "t/a-2010.txt": `${prose}\n` });
    const r = runScript("code", [
      "--texts",
      path.join(dir, "t"),
      "--out",
      path.join(dir, "o.csv"),
      "--years",
      "2008-2010",
    ]);
    assert.equal(r.status, 2, r.stderr);
    assert.match(
      r.stderr,
      /code: --years: applies to --corpus only \(a folder of texts is coded whole, whatever the years\)/,
    );
    assert.deepEqual(Object.keys(snapshot(dir)), ["t/a-2010.txt"]);
  });

  it("P5 reliability --bootstrap abc: exit 2", () => {
    const dir = tmpDir("bootstrap");
    const rows = (coder: string) => [["u1", coder, "2010", "SRB", "", "t", "1", "0"]];
    writeTree(dir, {
      "a.csv": sheet(["sovereignty", "dialogue"], rows("ana")),
      "b.csv": sheet(["sovereignty", "dialogue"], rows("ben")),
    });
    const r = runScript("reliability", [
      "--coders",
      path.join(dir, "a.csv"),
      path.join(dir, "b.csv"),
      "--out",
      path.join(dir, "r.csv"),
      "--bootstrap",
      "abc",
    ]);
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /--bootstrap: expected a whole number of replicates, got "abc"/);
  });

  const places: Array<[string, (d: string) => string[], number, RegExp]> = [
    ["P6 --out a folder", (d) => ["--out", path.join(d, "folder.csv")], 2, /folder\.csv is a folder, not a file/],
    [
      "P7 --out through a file",
      (d) => ["--out", path.join(d, "t", "a-2010.txt", "o.csv")],
      2,
      /goes through a file as if it were a folder/,
    ],
    [
      "P8 --out a loop of links",
      (d) => ["--out", path.join(d, "loop.csv")],
      2,
      /loop\.csv is a loop of symbolic links/,
    ],
    [
      "P9 --codebook a folder",
      (d) => ["--out", path.join(d, "o.csv"), "--codebook", path.join(d, "t")],
      1,
      /t: is a folder, not a file — give --codebook a file/,
    ],
  ];
  for (const [what, args, status, message] of places)
    it(`${what}: exit ${status} in words, before any coding`, () => {
      const dir = tmpDir("places");
      writeTree(dir, { "t/a-2010.txt": `${prose}\n` });
      fs.mkdirSync(path.join(dir, "folder.csv"));
      fs.symlinkSync(path.join(dir, "loop.csv"), path.join(dir, "loop.csv"));
      const r = runScript("code", ["--texts", path.join(dir, "t"), ...args(dir)]);
      assert.equal(r.status, status, r.stderr);
      assert.match(r.stderr, message);
      assert.doesNotMatch(r.stderr, /E(ISDIR|NOTDIR|LOOP|PERM|ACCES)|\n\s+at /);
      assert.doesNotMatch(r.stdout, /coded/);
    });

  it("P10 code --texts a file: exit 1 in words", () => {
    const dir = tmpDir("texts-file");
    writeTree(dir, { "a-2010.txt": `${prose}\n` });
    const r = runScript("code", ["--texts", path.join(dir, "a-2010.txt"), "--out", path.join(dir, "o.csv")]);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /a-2010\.txt: is a file, not a folder — give --texts a folder/);
  });

  for (const [id, what, make] of [
    ["P11", "empty", (d: string) => fs.mkdirSync(path.join(d, "corpus"))],
    ["P12", "missing", () => {}],
  ] as const)
    it(`${id} code --corpus with its folder ${what}: exit 1, the earlier output untouched`, () => {
      const dir = tmpDir(`corpus-${what}`);
      writeTree(dir, { "o.csv": EARLIER_CODING, "o.evidence.csv": "unit_id,theme\n" });
      make(dir);
      const before = snapshot(dir);
      const r = runScript("code", ["--corpus", "china-kosovo", "--out", path.join(dir, "o.csv")], {
        env: { CHINA_KOSOVO_TEXTS: path.join(dir, "corpus") },
      });
      assert.equal(r.status, 1, r.stderr);
      assert.match(r.stderr, /corpus: holds no text of corpus china-kosovo: nothing coded, nothing written — fill/);
      assert.deepEqual(snapshot(dir), before);
    });

  it("a text in the folder with front matter still reads (the case P11 guards against is an empty folder only)", () => {
    const dir = tmpDir("corpus-one");
    writeTree(dir, { "corpus/mfa-2010-07-22.txt": textFile(prose) });
    const r = runScript("code", ["--corpus", "china-kosovo", "--out", path.join(dir, "o.csv")], {
      env: { CHINA_KOSOVO_TEXTS: path.join(dir, "corpus") },
    });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /coded 1 units/);
  });
});
