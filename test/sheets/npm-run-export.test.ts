/**
 * npm run export -- --format qdpx and npm run import-codings, end to end on round 2's tuning half (the held-out
 * half is not read): coder A's codings go out to a REFI-QDA project and come back as the same sheet.
 */
import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parse } from "csv-parse/sync";
import * as YAML from "yaml";
import { codebookVersion, loadCodebook } from "../../lib/codebook";
import { ROOT, runScript } from "../support/run";

const ROUND = path.join(ROOT, "data", "coding", "ungdc-kosovo-1989-2007");
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "qdpx-"));

describe("sheets: npm run export -- --format qdpx, npm run import-codings", function () {
  this.timeout(180000);
  const dir = tmp();
  const qdpx = path.join(dir, "tune.qdpx");
  const sample = path.join(ROUND, "sample.csv");
  const tune = new Set(
    (parse(fs.readFileSync(sample, "utf8"), { columns: true }) as Array<Record<string, string>>)
      .filter((r) => r.half === "tune")
      .map((r) => r.id),
  );
  let exported: ReturnType<typeof runScript>;
  before(() => {
    const args = ["--format", "qdpx", "--corpus", "ungdc-kosovo-1989-2007", "--units", sample, "--half", "tune"];
    exported = runScript("export", [...args, "--out", qdpx]);
  });

  it("writes the project and says what is in it", () => {
    assert.equal(exported.status, 0, exported.stderr);
    assert.match(exported.stderr, /units: the 25 units listed in sample\.csv, half "tune"/);
    assert.match(exported.stderr, /25 sources, 12 codes, 3 users \(dictionary coder, A, B\)/);
  });

  it("the same command gives the same bytes", () => {
    const again = path.join(dir, "again.qdpx");
    const args = ["--format", "qdpx", "--corpus", "ungdc-kosovo-1989-2007", "--units", sample, "--half", "tune"];
    assert.equal(runScript("export", [...args, "--out", again]).status, 0);
    assert.ok(fs.readFileSync(again).equals(fs.readFileSync(qdpx)));
  });

  it("round trip: coder A's sheet comes back cell for cell (ids, sentences, texts, codebook, codes)", () => {
    const out = path.join(dir, "A.csv");
    const r = runScript("import-codings", ["--from", qdpx, "--coder", "A", "--out", out]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /A: 25 units \(25 coded completely\), sentence level/);
    const read = (f: string) => parse(fs.readFileSync(f, "utf8"), { bom: true }) as string[][];
    const original = read(path.join(ROUND, "coder-a.csv"));
    const note = original[0].indexOf("note");
    const strip = (rows: string[][]) => rows.map((row) => row.filter((_c, i) => i !== note));
    const expected = [original[0], ...original.slice(1).filter((row) => tune.has(row[0]))];
    // the notes stay in the sheet; a QDA project holds codings, not a coder's notes
    assert.deepEqual(strip(read(out)), strip(expected));
    assert.equal(expected.length - 1, 156);
  });

  it("a project coded against another codebook version is refused by import-codings as by reliability", () => {
    // the codebook with one definition changed: another version, the same themes
    const doc = YAML.parse(fs.readFileSync(path.join(ROOT, "data", "codebook.yaml"), "utf8"));
    doc.themes[0].definition += " (changed)";
    const changed = path.join(dir, "codebook-changed.yaml");
    fs.writeFileSync(changed, YAML.stringify(doc));
    const [was, now] = [loadCodebook(), loadCodebook(changed)].map(codebookVersion);
    assert.notEqual(was, now);
    const out = path.join(dir, "A-changed.csv");
    const r = runScript("import-codings", ["--from", qdpx, "--coder", "A", "--codebook", changed, "--out", out]);
    assert.equal(r.status, 1, r.stderr);
    assert.match(
      r.stderr,
      new RegExp(`coded against codebook version ${was}, but the codebook's definitions are now version ${now}`),
    );
    assert.equal(fs.existsSync(out), false);
  });

  it("an existing sheet is never overwritten; no --coder in a project of several users names them", () => {
    const out = path.join(dir, "A.csv");
    const again = runScript("import-codings", ["--from", qdpx, "--coder", "A", "--out", out]);
    assert.equal(again.status, 1);
    assert.match(again.stderr, /exists; not overwriting a coding sheet/);
    const none = runScript("import-codings", ["--from", qdpx, "--out", path.join(dir, "x.csv")]);
    assert.equal(none.status, 2);
    assert.match(none.stderr, /--coder: expected one of the project's users \("dictionary coder", "A", "B"\)/);
  });

  it("a corrupt or foreign file: a clear error (exit 1), no sheet written", () => {
    const bad = path.join(dir, "bad.qdpx");
    fs.writeFileSync(bad, fs.readFileSync(qdpx).subarray(0, 2000));
    const out = path.join(dir, "bad.csv");
    const r = runScript("import-codings", ["--from", bad, "--out", out]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /bad\.qdpx: is not a \.qdpx project: not a readable ZIP archive/);
    const sheet = path.join(ROUND, "sample.csv");
    const f = runScript("import-codings", ["--from", sheet, "--out", out]);
    assert.equal(f.status, 1);
    assert.match(f.stderr, /sample\.csv: is not a \.qdpx project/);
    assert.equal(fs.existsSync(out), false);
  });

  it("usage errors (exit 2): no or another --format, an --out that is not .qdpx", () => {
    const base = ["--corpus", "ungdc-kosovo-1989-2007", "--out", path.join(dir, "x.qdpx")];
    assert.match(runScript("export", base).stderr, /no format: pass --format qdpx/);
    const other = runScript("export", ["--format", "nvivo", ...base]);
    assert.equal(other.status, 2);
    assert.match(other.stderr, /--format must be qdpx/);
    const csv = runScript("export", ["--format", "qdpx", "--corpus", "ungdc-kosovo-1989-2007", "--out", "x.csv"]);
    assert.match(csv.stderr, /--out must name a \.qdpx file/);
  });
});
