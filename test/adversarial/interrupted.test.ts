/**
 * Issue 19, class 8 — interrupted writes. Ctrl-C while `npm run code` wrote left a new CSV beside the
 * old evidence file and a `*.tmp-*` file. Now a command's outputs are one unit (lib/core/atomic.ts:
 * every temporary file written, then all renamed), and SIGINT/SIGTERM during the writing removes the
 * temporary files and ends the command with 128 + the signal's number.
 *
 *  I1  SIGINT while npm run code writes its CSV and evidence over earlier ones → exit 130; the earlier
 *      CSV and evidence byte-identical; no temporary file
 *  I2  the same with SIGTERM                                                 → exit 143; the same
 *  (the unit itself, an error half-way, stale temporary files: test/core/atomic.test.ts; SIGKILL while
 *  coding: test/atomicity.test.ts)
 */
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import {
  EARLIER_CODING,
  snapshot,
  startScript,
  tmpDir,
  writeBigText,
  writeTree,
} from "../support/adversarial-fixtures";

describe("adversarial (issue 19, class 8): a signal while npm run code writes", function () {
  this.timeout(180000);
  let texts: string;
  before(() => {
    texts = tmpDir("interrupt-texts");
    writeBigText(path.join(texts, "long-2010.txt"), 6 * 1024 * 1024); // ~5 MB of evidence: written in pieces
  });

  for (const [id, signal, status] of [
    ["I1", "SIGINT", 130],
    ["I2", "SIGTERM", 143],
  ] as const) {
    it(`${id} ${signal} while the outputs are written: exit ${status}, the earlier outputs intact`, async () => {
      const dir = tmpDir("interrupt");
      writeTree(dir, { "out.csv": EARLIER_CODING, "out.evidence.csv": "unit_id,theme\nearlier,dialogue\n" });
      const before = snapshot(dir);
      const p = startScript("code", ["--texts", texts, "--out", path.join(dir, "out.csv")], {
        WORKBOOK_OUTPUT: path.join(dir, "output"),
      });
      let stdout = "";
      p.stdout!.on("data", (d) => (stdout += d));
      const exited = new Promise<number | null>((resolve) => p.on("exit", (code) => resolve(code)));
      // wait until the evidence's temporary file is being written, then interrupt
      let writing = false;
      for (let i = 0; i < 60000 && p.exitCode === null && !writing; i++) {
        writing = fs.readdirSync(dir).some((f) => f.startsWith("out.evidence.csv.tmp-"));
        if (!writing) await new Promise((r) => setTimeout(r, 2));
      }
      assert.ok(writing, `never caught the write: ${stdout}`);
      p.kill(signal);
      assert.equal(await exited, status);
      assert.doesNotMatch(stdout, /wrote/);
      assert.deepEqual(snapshot(dir), before);
    });
  }
});
