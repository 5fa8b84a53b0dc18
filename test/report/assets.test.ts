import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { InputError } from "../../lib/core";
import { PAGE_ASSETS, RUNTIMES, writeAssets } from "../../lib/report";
import { ROOT } from "../support/run";

describe("report: the assets every page loads", () => {
  it("copies the vega runtimes (with their licences), the page script and the stylesheet", () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "report-assets-"));
    const files = writeAssets(out);
    assert.deepEqual(
      files.map((f) => path.basename(f)),
      [...RUNTIMES, ...PAGE_ASSETS].map((a) => a.name),
    );
    for (const a of [...RUNTIMES, ...PAGE_ASSETS]) {
      assert.ok(fs.readFileSync(path.join(out, "assets", a.name)).equals(fs.readFileSync(path.join(ROOT, a.from))));
    }
    assert.match(fs.readFileSync(path.join(out, "assets", "vega.min.js"), "utf8").slice(0, 400), /vega/);
  });

  it("leaves a file with the same bytes alone", () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "report-assets-"));
    writeAssets(out);
    const file = path.join(out, "assets", "workbook.js");
    const old = new Date(2000, 0, 1);
    fs.utimesSync(file, old, old);
    writeAssets(out);
    assert.equal(fs.statSync(file).mtime.getFullYear(), 2000);
  });

  it("a runtime that is not installed is an InputError that says how to install it", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "report-root-"));
    assert.throws(
      () => writeAssets(fs.mkdtempSync(path.join(os.tmpdir(), "report-assets-")), root),
      (e: unknown) => e instanceof InputError && /vega\.min\.js/.test(e.message) && /npm start/.test(e.message),
    );
  });
});
