/**
 * Issue 19, class 1 — an output may overwrite an input or another tool's file. Every command that
 * writes runs `checkCommandPaths` (lib/cli/paths-guard.ts) before any work. Each case gives a command
 * an output that would destroy something and checks the exit status, the message and that the
 * protected files are byte-identical afterwards.
 *
 *  O1  code --out data/coding/ungdc-kosovo/coder-a.csv (a coder's hand coding)  → exit 2 "lies in the project's data"
 *  O2  code --out data/corpora/china-kosovo.slots.csv (the slots list)         → exit 2 "lies in the project's data"
 *  O3  code --out x.evidence.csv (a side file's name)                           → exit 2 "ends in .evidence.csv"
 *  O4  code --out ana.csv, a coder's sheet outside data/                        → exit 2 "exists and is not the
 *                                                                                coding CSV"
 *  O5  code --out out.csv whose out.evidence.csv is a coder's sheet             → exit 2 "is not the evidence CSV"
 *  O6  code --codebook cb.csv --out cb.csv (an input)                           → exit 2 "is the input of --codebook"
 *  O7  add-text --dir data/coding/ungdc-kosovo                                  → exit 2 "lies in the project's data"
 *  O8  fetch --texts data/corpora                                               → exit 2 "lies in the project's data"
 *  O9  import --texts data/coding                                               → exit 2 "lies in the project's data"
 *  O10 build-subset --out data/coding                                           → exit 2 "lies in the project's data"
 *  O11 get-data --dir data/coding                                               → exit 2 "lies in the project's data"
 *  O12 code --out an earlier coding CSV (with its evidence)                     → exit 0, both replaced
 * (The sheet commands — sheet, adjudicate, reliability — call the same guard; their cases belong to the
 * sheet-reading work.)
 */
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { ROOT, inventedProse, runScript, snapshot, tmpDir, writeTree } from "../support/adversarial-fixtures";

const SHEET = "id,coder,year,country,speaker,text,dialogue\nu1,ana,2010,SRB,,An invented passage.,1\n";
const CODING = "id,date,year,category,country,speaker,dialogue,dialogue_n\nearlier,,2010,,,,1,1\n";
const DATA = path.join(ROOT, "data");

interface Case {
  id: string;
  what: string;
  command: string;
  args: (dir: string) => string[];
  status: number;
  message: RegExp;
}

describe("adversarial (issue 19, class 1): outputs never destroy an input or the project's data", function () {
  this.timeout(120000);
  let dir: string;
  beforeEach(() => {
    dir = tmpDir("outputs");
    writeTree(dir, {
      "texts/a-2010.txt": `${inventedProse(4, "o", ["Kosovo", "dialogue"])}\n`,
      "ana.csv": SHEET,
      "out.evidence.csv": SHEET,
      "cb.csv": fs.readFileSync(path.join(DATA, "codebook.yaml"), "utf8"),
      "earlier.csv": CODING,
      "earlier.evidence.csv": "unit_id,theme\nearlier,dialogue\n",
    });
  });
  const code =
    (out: (d: string) => string, more: (d: string) => string[] = () => []) =>
    (d: string) => ["--texts", path.join(d, "texts"), "--out", out(d), ...more(d)];
  const inData = /lies in the project's data \(corpus cards, codebook, coding sheets, slots\)/;
  const cases: Case[] = [
    {
      id: "O1",
      what: "a coder's hand coding",
      command: "code",
      status: 2,
      message: inData,
      args: code(() => path.join(DATA, "coding", "ungdc-kosovo", "coder-a.csv")),
    },
    {
      id: "O2",
      what: "the slots list",
      command: "code",
      status: 2,
      message: inData,
      args: code(() => path.join(DATA, "corpora", "china-kosovo.slots.csv")),
    },
    {
      id: "O3",
      what: "a side file's name",
      command: "code",
      status: 2,
      message: /x\.evidence\.csv ends in \.evidence\.csv, the name of the evidence CSV/,
      args: code((d) => path.join(d, "x.evidence.csv")),
    },
    {
      id: "O4",
      what: "a coder's sheet outside data/",
      command: "code",
      status: 2,
      message: /ana\.csv exists and is not the coding CSV \(its first line is "id,coder/,
      args: code((d) => path.join(d, "ana.csv")),
    },
    {
      id: "O5",
      what: "an evidence file that is a sheet",
      command: "code",
      status: 2,
      message: /out\.evidence\.csv exists and is not the evidence CSV/,
      args: code((d) => path.join(d, "out.csv")),
    },
    {
      id: "O6",
      what: "an input",
      command: "code",
      status: 2,
      message: /cb\.csv is the input of --codebook/,
      args: code(
        (d) => path.join(d, "cb.csv"),
        (d) => ["--codebook", path.join(d, "cb.csv")],
      ),
    },
    {
      id: "O7",
      what: "the coding folder",
      command: "add-text",
      status: 2,
      message: inData,
      args: () => [
        "--corpus",
        "china-kosovo",
        "--file",
        "-",
        "--dir",
        path.join(DATA, "coding", "ungdc-kosovo"),
        "--date",
        "2010-07-22",
        "--category",
        "mfa",
        "--speaker",
        "",
        "--venue",
        "v",
        "--source",
        "s",
      ],
    },
    {
      id: "O8",
      what: "the corpus cards",
      command: "fetch",
      status: 2,
      message: inData,
      args: () => ["--corpus", "china-kosovo", "--texts", path.join(DATA, "corpora")],
    },
    {
      id: "O9",
      what: "the coding folder",
      command: "import",
      status: 2,
      message: inData,
      args: (d) => ["--dataset", "unsc-speeches", "--from", d, "--texts", path.join(DATA, "coding")],
    },
    {
      id: "O10",
      what: "the coding folder",
      command: "build-subset",
      status: 2,
      message: inData,
      args: (d) => ["--from", d, "--out", path.join(DATA, "coding")],
    },
    {
      id: "O11",
      what: "the coding folder",
      command: "get-data",
      status: 2,
      message: inData,
      args: () => ["--dir", path.join(DATA, "coding"), "--server", "http://127.0.0.1:9"],
    },
  ];
  for (const c of cases)
    it(`${c.id} ${c.command} onto ${c.what}: exit ${c.status}, nothing written`, () => {
      const data = snapshot(DATA);
      const mine = snapshot(dir);
      const r = runScript(c.command, c.args(dir), { input: "An invented text.\n" });
      assert.equal(r.status, c.status, r.stderr);
      assert.match(r.stderr, c.message);
      assert.doesNotMatch(r.stderr, /\n\s+at .*\.ts:\d+/, "a stack trace");
      assert.deepEqual(snapshot(DATA), data);
      assert.deepEqual(snapshot(dir), mine);
    });

  it("O12 code --out an earlier coding CSV: exit 0, it and its evidence replaced", () => {
    const r = runScript("code", code((d) => path.join(d, "earlier.csv"))(dir));
    assert.equal(r.status, 0, r.stderr);
    assert.match(
      fs.readFileSync(path.join(dir, "earlier.csv"), "utf8"),
      /^id,date,year,category,country,speaker,sovereignty/,
    );
    assert.match(fs.readFileSync(path.join(dir, "earlier.evidence.csv"), "utf8"), /^unit_id,theme,sentence/);
    assert.equal(fs.readdirSync(dir).filter((f) => f.includes(".tmp-")).length, 0);
  });
});
