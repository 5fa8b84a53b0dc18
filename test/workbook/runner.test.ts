/**
 * The workbook's main job: executing the chapters with the tslab kernel through Jupyter.
 * These tests run the real runner (scripts/run-workbook.ts) on fixture notebooks.
 */
import { strict as assert } from "assert";
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

  it("refuses an unknown chapter or corpus with a usage message", function () {
    const a = runScript("run-workbook", ["--only", "99-nothing"]);
    assert.equal(a.status, 2);
    assert.match(a.stderr, /no chapter matches "99-nothing"/);
    const b = runScript("run-workbook", ["--corpus", "no-such-card"]);
    assert.equal(b.status, 2);
    assert.match(b.stderr, /unknown corpus "no-such-card"/);
  });
});
