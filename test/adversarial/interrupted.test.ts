/**
 * Issue 19, class 8 — interrupted writes. Ctrl-C while `npm run code` wrote left a new CSV beside the
 * old evidence file and a `*.tmp-*` file. Now a command's outputs are one unit (lib/core/atomic.ts:
 * every temporary file written, then all renamed), and SIGINT/SIGTERM during the writing removes the
 * temporary files and ends the command with 128 + the signal's number.
 *
 * The signal comes at a known point of the write, not when a poll happens to catch a temporary file:
 * the atomic writer's test hook (`WORKBOOK_TEST_PAUSE_AFTER_TEMPORARY`, lib/core/atomic.ts) stops the
 * command after its n-th temporary file is written whole and says so on stderr; the test then signals.
 * A writer that replaced each output as soon as it was written would have replaced the CSV by then.
 *
 *  I1  SIGINT after the CSV's temporary file is written (the evidence not yet) → exit 130; the earlier
 *      CSV and evidence byte-identical; no temporary file
 *  I2  SIGTERM after all three temporary files are written, before any rename → exit 143; the same
 *  (the unit itself, an error half-way, stale temporary files: test/core/atomic.test.ts; SIGKILL while
 *  coding: test/atomicity.test.ts)
 */
import { strict as assert } from "assert";
import * as path from "path";
import {
  EARLIER_CODING,
  inventedProse,
  snapshot,
  startScript,
  tmpDir,
  writeTree,
} from "../support/adversarial-fixtures";

const PAUSED = /atomic: test pause after (\d+) temporary file/;

describe("adversarial (issue 19, class 8): a signal while npm run code writes", function () {
  this.timeout(180000);
  let texts: string;
  before(() => {
    texts = tmpDir("interrupt-texts");
    writeTree(texts, { "a-2010.txt": `${inventedProse(40, "interrupted", ["Kosovo", "dialogue"])}\n` });
  });

  for (const [id, signal, status, after] of [
    ["I1", "SIGINT", 130, 1],
    ["I2", "SIGTERM", 143, 3],
  ] as const) {
    it(`${id} ${signal} after ${after} of 3 temporary files: exit ${status}, earlier outputs intact`, async () => {
      const dir = tmpDir("interrupt");
      writeTree(dir, { "out.csv": EARLIER_CODING, "out.evidence.csv": "unit_id,theme\nearlier,dialogue\n" });
      const before = snapshot(dir);
      const p = startScript("code", ["--texts", texts, "--out", path.join(dir, "out.csv")], {
        WORKBOOK_OUTPUT: path.join(dir, "output"),
        WORKBOOK_TEST_PAUSE_AFTER_TEMPORARY: String(after),
      });
      let stdout = "";
      let stderr = "";
      p.stdout!.on("data", (d) => (stdout += d));
      const exited = new Promise<number | null>((resolve) => p.on("exit", (code) => resolve(code)));
      // the writer says when it has stopped at the point asked for; signal then (no timing involved)
      const paused = await new Promise<string | null>((resolve) => {
        p.stderr!.on("data", (d) => {
          stderr += d;
          const m = PAUSED.exec(stderr);
          if (m) resolve(m[1]);
        });
        p.on("exit", () => resolve(null));
      });
      assert.equal(paused, String(after), `the write never paused: ${stdout}${stderr}`);
      p.kill(signal);
      assert.equal(await exited, status);
      assert.doesNotMatch(stdout, /wrote/);
      assert.deepEqual(snapshot(dir), before);
    });
  }
});
