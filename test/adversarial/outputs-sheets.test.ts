/**
 * Issue 19, class 1, for the sheet commands: sheet, adjudicate, reliability, validate, coding-page,
 * export and import-codings run the same guard (`checkCommandPaths`, lib/cli/paths-guard.ts) before any
 * work, with what an earlier output of each kind begins with (lib/cli/output-kinds.ts). The sheets are
 * copies of data/coding/ungdc-kosovo/ in a temporary folder; data/ is byte-compared before and after.
 *
 *  G1  adjudicate --disagreements data/…/decisions.csv (filled)  → exit 2 "is not a disagreements table"
 *  G2  adjudicate --disagreements decisions.csv outside data/     → exit 2 "is not a disagreements table"
 *  G3  adjudicate --template an existing decisions file           → exit 2 "exists: not overwriting it"
 *  G4  adjudicate --decisions d.csv --out a coder's sheet          → exit 2 "is the input of --sheets"
 *  G5  adjudicate --out the decisions it reads                     → exit 2 "is the input of --decisions"
 *  G6  reliability --out a filled decisions file                   → exit 2 "is not the reliability table"
 *  G7  reliability --out data/corpora/x.csv                        → exit 2 "lies in the project's data"
 *  G8  sheet --out an existing sheet                               → exit 2 "exists: not overwriting it"
 *  G9  sheet --out x.evidence.csv                                  → exit 2 "ends in .evidence.csv"
 *  G10 validate (validate-coder) --out data/coding/ungdc-kosovo/gold.csv → exit 2 "lies in the project's data"
 *  G11 coding-page --out an HTML file that is not a coding page    → exit 2 "is not a coding page"
 *  G12 export --out a zip that is not a REFI-QDA project           → exit 2 "is not a REFI-QDA project"
 *  G13 import-codings --out a coder's sheet                        → exit 2 "exists: not overwriting it"
 *  G15 adjudicate --out without --decisions (it was ignored)      → exit 2 "--out writes the gold standard of step 2"
 *  G14 reliability --out an earlier reliability table, adjudicate --disagreements an earlier table → replaced
 */
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { ROOT, runScript, snapshot, tmpDir, writeTree } from "../support/adversarial-fixtures";

const DATA = path.join(ROOT, "data");
const ROUND = path.join(DATA, "coding", "ungdc-kosovo");

interface Case {
  id: string;
  what: string;
  command: string;
  args: (dir: string) => string[];
  message: RegExp;
}

describe("adversarial (issue 19, class 1): the sheet commands never destroy a sheet, decisions or data", function () {
  this.timeout(120000);
  let dir: string;
  beforeEach(() => {
    dir = tmpDir("outputs-sheets");
    for (const f of ["coder-a.csv", "coder-b.csv", "decisions.csv"])
      fs.copyFileSync(path.join(ROUND, f), path.join(dir, f));
    writeTree(dir, {
      "notes.html": "<!doctype html>\n<html><head><title>My own notes</title></head><body>mine</body></html>\n",
      "other.qdpx": "PK\u0003\u0004 an invented archive of another tool\n",
    });
  });
  const sheets = (d: string) => [path.join(d, "coder-a.csv"), path.join(d, "coder-b.csv")];
  const inData = /lies in the project's data/;
  const cases: Case[] = [
    {
      id: "G1",
      what: "a filled decisions file in data/",
      command: "adjudicate",
      args: () => ["--sheets", ...sheets(ROUND), "--disagreements", path.join(ROUND, "decisions.csv")],
      message: /decisions\.csv exists and is not a disagreements table \(its first line is "id,theme,value,reason"\)/,
    },
    {
      id: "G2",
      what: "a filled decisions file",
      command: "adjudicate",
      args: (d) => ["--sheets", ...sheets(d), "--disagreements", path.join(d, "decisions.csv")],
      message: /exists and is not a disagreements table/,
    },
    {
      id: "G3",
      what: "an existing decisions file",
      command: "adjudicate",
      args: (d) => ["--sheets", ...sheets(d), "--template", path.join(d, "decisions.csv")],
      message: /--template .*decisions\.csv exists: not overwriting it/,
    },
    {
      id: "G4",
      what: "a coder's sheet",
      command: "adjudicate",
      args: (d) => ["--sheets", ...sheets(d), "--decisions", path.join(d, "decisions.csv"), "--out", sheets(d)[0]],
      message: /coder-a\.csv is the input of --sheets/,
    },
    {
      id: "G5",
      what: "the decisions it reads",
      command: "adjudicate",
      args: (d) => [
        "--sheets",
        ...sheets(d),
        "--decisions",
        path.join(d, "decisions.csv"),
        "--out",
        path.join(d, "decisions.csv"),
      ],
      message: /decisions\.csv is the input of --decisions/,
    },
    {
      id: "G6",
      what: "a filled decisions file",
      command: "reliability",
      args: (d) => ["--coders", ...sheets(d), "--out", path.join(d, "decisions.csv")],
      message: /decisions\.csv exists and is not the reliability table/,
    },
    {
      id: "G7",
      what: "the corpus cards' folder",
      command: "reliability",
      args: (d) => ["--coders", ...sheets(d), "--out", path.join(DATA, "corpora", "x.csv")],
      message: inData,
    },
    {
      id: "G8",
      what: "an existing sheet",
      command: "sheet",
      args: (d) => ["--corpus", "ungdc-kosovo", "--coder", "c", "--out", sheets(d)[1]],
      message: /coder-b\.csv exists: not overwriting it \(it may hold someone's work\)/,
    },
    {
      id: "G9",
      what: "a side file's name",
      command: "sheet",
      args: (d) => ["--corpus", "ungdc-kosovo", "--coder", "c", "--out", path.join(d, "c.evidence.csv")],
      message: /ends in \.evidence\.csv/,
    },
    {
      id: "G10",
      what: "the gold standard in data/",
      command: "validate-coder",
      args: () => ["--out", path.join(ROUND, "gold.csv")],
      message: inData,
    },
    {
      id: "G11",
      what: "another HTML file",
      command: "coding-page",
      args: (d) => ["--corpus", "ungdc-kosovo", "--coder", "c", "--out", path.join(d, "notes.html")],
      message: /notes\.html exists and is not a coding page/,
    },
    {
      id: "G12",
      what: "another tool's zip",
      command: "export",
      args: (d) => ["--format", "qdpx", "--corpus", "ungdc-kosovo", "--out", path.join(d, "other.qdpx")],
      message: /other\.qdpx exists and is not a REFI-QDA project/,
    },
    {
      id: "G13",
      what: "a coder's sheet",
      command: "import-codings",
      args: (d) => ["--from", path.join(d, "other.qdpx"), "--coder", "A", "--out", sheets(d)[0]],
      message: /coder-a\.csv exists: not overwriting it/,
    },
    {
      id: "G15",
      what: "a gold file without --decisions (step 1)",
      command: "adjudicate",
      args: (d) => ["--sheets", ...sheets(d), "--out", path.join(d, "gold.csv")],
      message: /--out writes the gold standard of step 2: give --decisions <decisions\.csv> too/,
    },
  ];
  for (const c of cases)
    it(`${c.id} ${c.command} onto ${c.what}: exit 2, nothing written`, () => {
      const data = snapshot(DATA);
      const mine = snapshot(dir);
      const r = runScript(c.command, c.args(dir));
      assert.equal(r.status, 2, r.stderr);
      assert.match(r.stderr, c.message);
      assert.doesNotMatch(r.stderr, /\n\s+at .*\.ts:\d+/, "a stack trace");
      assert.deepEqual(snapshot(DATA), data);
      assert.deepEqual(snapshot(dir), mine);
    });

  it("G14 an earlier reliability table and an earlier disagreements table are replaced", () => {
    writeTree(dir, { "rel.csv": "theme,units,decisions\nold,1,1\n", "dis.csv": "id,theme,A,B\nold,dialogue,1,0\n" });
    const rel = runScript("reliability", ["--coders", ...sheets(dir), "--out", path.join(dir, "rel.csv")]);
    assert.equal(rel.status, 0, rel.stderr);
    assert.match(fs.readFileSync(path.join(dir, "rel.csv"), "utf8"), /^theme,units,decisions,agreement,/);
    const dis = runScript("adjudicate", ["--sheets", ...sheets(dir), "--disagreements", path.join(dir, "dis.csv")]);
    assert.equal(dis.status, 0, dis.stderr);
    assert.doesNotMatch(fs.readFileSync(path.join(dir, "dis.csv"), "utf8"), /^old,/m);
  });
});
