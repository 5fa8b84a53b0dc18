/**
 * The guard of a command's files (lib/cli/paths-guard.ts), table-driven: each case is a command's
 * inputs and outputs in a temporary folder, and what the guard says.
 */
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { type CommandPaths, checkCommandPaths, OutputRefused, projectDataPlaces } from "../../lib/cli";
import { InputError, projectRoot } from "../../lib/core";
import { tmpDir, writeTree } from "../support/adversarial-fixtures";

const CODING = "id,date,year,category,country,speaker,dialogue,dialogue_n\n";
const SHEET = "id,coder,year,country,speaker,text,dialogue\nu1,ana,2010,SRB,,An invented passage.,1\n";
const isCoding = (line: string) => line.startsWith("id,date,year,category,country,speaker");

describe("cli: the guard of a command's inputs and outputs", () => {
  // the cases below are built from these paths when the file loads: the folder is made then
  const dir = tmpDir("guard");
  before(() => {
    writeTree(dir, {
      "cb.yaml": "version: 1\n",
      "texts/a-2010.txt": "An invented text.\n",
      "earlier.csv": CODING,
      "ana.csv": SHEET,
      "empty.csv": "",
      "a-file": "not a folder\n",
    });
    fs.symlinkSync(path.join(dir, "loop-b"), path.join(dir, "loop-a"));
    fs.symlinkSync(path.join(dir, "loop-a"), path.join(dir, "loop-b"));
    fs.mkdirSync(path.join(dir, "folder.csv"));
    fs.linkSync(path.join(dir, "cb.yaml"), path.join(dir, "hard-link.csv"));
  });
  const at = (p: string) => path.join(dir, p);
  const run =
    (out: string, more: Partial<CommandPaths> = {}) =>
    () =>
      checkCommandPaths({
        inputs: [
          { option: "--codebook", path: at("cb.yaml"), kind: "file" },
          { option: "--texts", path: at("texts"), kind: "folder" },
        ],
        outputs: [{ option: "--out", path: out, kind: "file", what: "the coding CSV", replaces: isCoding }],
        sideSuffixes: [{ suffix: ".evidence.csv", of: "the evidence CSV" }],
        ...more,
      });

  const refusals: Array<[string, string, RegExp]> = [
    [
      "an input (the codebook)",
      at("cb.yaml"),
      /is the input of --codebook: writing the coding CSV there would destroy it/,
    ],
    ["a hard link to an input", at("hard-link.csv"), /is the input of --codebook/],
    ["a coder's sheet", at("ana.csv"), /exists and is not the coding CSV \(its first line is "id,coder,year/],
    ["a side file's name", at("x.evidence.csv"), /ends in \.evidence\.csv, the name of the evidence CSV/],
    ["a folder", at("folder.csv"), /is a folder, not a file/],
    ["a path through a file", at("a-file/out.csv"), /goes through a file as if it were a folder/],
    ["a loop of links", at("loop-a"), /is a loop of symbolic links/],
    ["the project's coding sheets", path.join(projectRoot(), "data", "coding", "x.csv"), /lies in the project's data/],
    ["a corpus card", path.join(projectRoot(), "data", "corpora", "china-kosovo.yaml"), /lies in the project's data/],
  ];
  for (const [what, out, message] of refusals)
    it(`refuses an output that is ${what}`, () => {
      assert.throws(run(out), (e: Error) => e instanceof OutputRefused && message.test(e.message));
    });

  it("allows a new file, an earlier output of the same kind and an empty file", () => {
    for (const out of [at("new/coding.csv"), at("earlier.csv"), at("empty.csv")]) assert.doesNotThrow(run(out), out);
  });

  it("allows the project's data folders a command writes by design (mayWriteIn), and only those", () => {
    const subset = path.join(projectRoot(), "data", "ungdc-subset");
    const out = { option: "--out", path: subset, kind: "folder" as const, what: "the subset" };
    assert.doesNotThrow(() => checkCommandPaths({ inputs: [], outputs: [out], mayWriteIn: [subset] }));
    assert.throws(() => checkCommandPaths({ inputs: [], outputs: [out] }), OutputRefused);
  });

  it("refuses two outputs that are one file", () => {
    const o = (option: string) => ({ option, path: at("same.csv"), kind: "file" as const, what: option });
    assert.throws(() => checkCommandPaths({ inputs: [], outputs: [o("--out"), o("--table")] }), /is also --out/);
  });

  const inputs: Array<[string, string, "file" | "folder", RegExp]> = [
    ["missing", at("no-such.yaml"), "file", /no-such\.yaml: does not exist/],
    ["a folder given as a file", at("texts"), "file", /texts: is a folder, not a file — give --in a file/],
    ["a file given as a folder", at("cb.yaml"), "folder", /cb\.yaml: is a file, not a folder/],
    ["a loop of links", at("loop-a"), "file", /loop-a: is a loop of symbolic links/],
  ];
  for (const [what, p, kind, message] of inputs)
    it(`names an input that is ${what} (InputError, before any work)`, () => {
      assert.throws(
        () => checkCommandPaths({ inputs: [{ option: "--in", path: p, kind }], outputs: [] }),
        (e: Error) => e instanceof InputError && message.test(e.message),
      );
    });

  it("knows the project's data: data/ and every corpus card's texts folder", () => {
    const places = projectDataPlaces().map((p) => p.what);
    assert.ok(places[0].startsWith("the project's data"));
    assert.ok(places.includes("the texts of corpus china-kosovo"));
  });
});

describe("cli: the guard, for outputs that are always new files", () => {
  it("replaces: false refuses any existing file, even an empty one, and allows a new one", () => {
    const dir = tmpDir("guard-new");
    writeTree(dir, { "ana.csv": "", "ben.csv": SHEET });
    const sheetAt = (f: string) => () =>
      checkCommandPaths({
        inputs: [],
        outputs: [
          { option: "--out", path: path.join(dir, f), kind: "file", what: "a blank coding sheet", replaces: false },
        ],
      });
    for (const f of ["ana.csv", "ben.csv"])
      assert.throws(sheetAt(f), /exists: not overwriting it \(it may hold someone's work\)/);
    assert.doesNotThrow(sheetAt("carla.csv"));
  });
});
