/**
 * Every worked answer in notebooks/solutions/ executed by the real runner (`npm start -- --solutions`), so that an
 * answer a student reveals stays true: each solution ends in `expectChecks`, which throws when its answer and the
 * lib's differ, and a thrown cell fails the notebook.
 */
import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { listChapters } from "../../lib/report";
import { ROOT, runScript } from "../support/run";

describe("the worked answers (every notebook in notebooks/solutions/)", function () {
  this.timeout(15 * 60_000);
  const solutions = listChapters(path.join(ROOT, "notebooks", "solutions"));
  let run: ReturnType<typeof runScript>;

  before(function () {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "workbook-solutions-"));
    run = runScript("run-workbook", ["--solutions", "--out", out]);
  });

  it("there is a solutions notebook for each chapter with a Try it, and they all hold", function () {
    assert.ok(solutions.length >= 5, `only ${solutions.length} solution notebooks`);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /every worked answer holds/);
  });

  for (const s of solutions) {
    it(`${s.name}: executed, every expectChecks passes`, function () {
      assert.match(run.stdout, new RegExp(`\\] ${s.name}\\s+ok`), run.stdout + run.stderr);
    });
  }
});
