/**
 * The workbook's main job: executing the chapters with the tslab kernel through Jupyter.
 * These tests run the real runner (scripts/run-workbook.ts) on fixture notebooks.
 */
import { strict as assert } from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ROOT, runScript } from "../support/run";

const FIXTURES = path.join(ROOT, "test", "fixtures", "notebooks");
const tmp = (name: string) => fs.mkdtempSync(path.join(os.tmpdir(), `workbook-${name}-`));

describe("workbook runner (scripts/run-workbook.ts)", function () {
  this.timeout(120_000);

  it("stops on a cell that throws, naming the notebook, the cell and the error text", function () {
    const out = tmp("throws");
    const r = runScript("run-workbook", ["--dir", path.join(FIXTURES, "throws"), "--out", out]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /01-throws failed at cell 3 \(id cell-2\)/);
    assert.match(r.stderr, /\| \/\/ this cell fails on purpose/);
    assert.match(r.stderr, /deliberate failure in fixture/);
    assert.match(r.stdout, /\[1\/1\] 01-throws\s+FAIL/);
    // the executed notebook is kept, with the error in place; no index is written for a failed run
    assert.ok(fs.existsSync(path.join(out, "notebooks", "01-throws.ipynb")));
    assert.ok(!fs.existsSync(path.join(out, "index.html")));
  });

  it("stops on a type error, naming the notebook, the cell and the compiler's message", function () {
    const out = tmp("type-error");
    const r = runScript("run-workbook", ["--dir", path.join(FIXTURES, "type-error"), "--out", out]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /01-type-error failed at cell 2 \(id cell-1\)/);
    assert.match(r.stderr, /\| const n: number = "not a number";/);
    assert.match(r.stderr, /Type 'string' is not assignable to type 'number'/);
  });

  it("runs a working notebook: executed copy, HTML export and index.html", function () {
    const out = tmp("ok");
    const r = runScript("run-workbook", ["--dir", path.join(FIXTURES, "ok"), "--out", out]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /\[1\/1\] 01-ok\s+ok/);
    const executed = JSON.parse(fs.readFileSync(path.join(out, "notebooks", "01-ok.ipynb"), "utf8"));
    const text = executed.cells[1].outputs.map((o: { text?: string[] }) => (o.text ?? []).join("")).join("");
    assert.equal(text.trim(), "a&lt;b");
    const index = fs.readFileSync(path.join(out, "index.html"), "utf8");
    assert.match(index, /<a href="01-ok.html">A chapter that works<\/a>/);
    assert.ok(fs.existsSync(path.join(out, "01-ok.html")));
  });

  it("shows a failing cell's error message and fix first, and its trace only with --verbose", function () {
    const out = tmp("input-error");
    const r = runScript("run-workbook", ["--dir", path.join(FIXTURES, "input-error"), "--out", out]);
    assert.equal(r.status, 1);
    const first = r.stderr.split("\n").find((l) => l.startsWith("workbook: "));
    assert.equal(
      first,
      "workbook: 01-input-error failed at cell 2 (id cell-1): " +
        "InputError: data/invented.csv:3: an invented problem — an invented fix",
    );
    assert.doesNotMatch(r.stderr, /^\s+at /m, "a stack frame was shown without --verbose");
    assert.match(r.stderr, /The full trace: npm start -- --verbose/);
    const verbose = runScript("run-workbook", ["--dir", path.join(FIXTURES, "input-error"), "--out", out, "--verbose"]);
    assert.equal(verbose.status, 1);
    assert.match(verbose.stderr, /^\s+at /m);
  });

  it("a first run with no data at all: one line per missing piece and how to get it, and no chapter run", function () {
    // a copy of the project without its subset, in a folder with no ../shared beside it
    const copy = path.join(tmp("no-data"), "workbook");
    const files = spawnSync("git", ["ls-files", "--cached", "--others", "--exclude-standard"], {
      cwd: ROOT,
      encoding: "utf8",
    })
      .stdout.split("\n")
      .filter(Boolean);
    for (const f of files.filter((x) => !x.startsWith("data/ungdc-subset/") && fs.existsSync(path.join(ROOT, x)))) {
      fs.mkdirSync(path.dirname(path.join(copy, f)), { recursive: true });
      fs.copyFileSync(path.join(ROOT, f), path.join(copy, f));
    }
    fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(copy, "node_modules"));
    const r = spawnSync(
      process.execPath,
      ["--import", "tsx", "scripts/run-workbook.ts", "--out", path.join(copy, "o")],
      {
        cwd: copy,
        env: { ...process.env, UNGDC_DIR: "" },
        encoding: "utf8",
      },
    );
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.deepEqual(r.stderr.trim().split("\n"), [
      "workbook: the chapters cannot run: the texts they read are not there.",
      "  ../shared/corpora/ungdc/UNGDC_1946-2024.tgz: the full General Debate archive is not there " +
        "(nor in downloads/ungdc) — run `npm run get-data` (downloads it from doi:10.7910/DVN/0TJX8Y), " +
        "or set UNGDC_DIR to the folder that holds it",
      "  data/ungdc-subset/manifest.json: the embedded subset of the archive is not there — " +
        "it comes with the repository: restore it with `git checkout -- data/ungdc-subset`",
    ]);
    assert.doesNotMatch(r.stdout, /\[1\//, "a chapter ran");
  });

  it("refuses an unknown chapter or corpus with a usage message", function () {
    const a = runScript("run-workbook", ["--only", "99-nothing"]);
    assert.equal(a.status, 2);
    assert.match(a.stderr, /no chapter matches "99-nothing"/);
    const b = runScript("run-workbook", ["--corpus", "no-such-card"]);
    assert.equal(b.status, 2);
    assert.match(b.stderr, /unknown corpus "no-such-card"/);
  });
});
