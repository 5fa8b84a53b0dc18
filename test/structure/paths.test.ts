/**
 * No path of one machine in the project: files refer to `../shared/…` and to paths relative to the
 * project root, never to an absolute folder of the machine they were written on.
 */
import { strict as assert } from "assert";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

const ROOT = path.join(__dirname, "..", "..");

/** An absolute path of a machine: a Unix home, /work, /root, /tmp/<name>, /Users, or a Windows drive. */
const MACHINE_PATH = /(?:^|[\s"'`(=:])(?:\/(?:work|root|home|Users|mnt|srv)\/[\w.-]+|[A-Z]:\\[\w.-]+)/;

/** The lines of `text` that name a machine's path. */
function machinePaths(text: string): number[] {
  return text
    .split("\n")
    .map((l, i) => (MACHINE_PATH.test(l) ? i + 1 : 0))
    .filter((n) => n > 0);
}

describe("structure: no path of one machine", () => {
  it("no committed file names an absolute path of a machine", () => {
    const files = execFileSync("git", ["ls-files"], { cwd: ROOT, encoding: "utf8" }).split("\n").filter(Boolean);
    const found: string[] = [];
    for (const f of files) {
      if (f === "test/structure/paths.test.ts") continue; // this file's own examples
      const full = path.join(ROOT, f);
      if (!fs.existsSync(full) || fs.statSync(full).size > 5_000_000) continue;
      const bytes = fs.readFileSync(full);
      if (bytes.includes(0)) continue; // binary
      for (const line of machinePaths(bytes.toString("utf8"))) found.push(`${f}:${line}`);
    }
    assert.deepEqual(found, [], `absolute paths of a machine:\n${found.join("\n")}`);
  });

  it("recognises a machine's path and lets relative ones pass", () => {
    assert.deepEqual(machinePaths("Implements /work/shared/CODING-GUIDE.md"), [1]);
    assert.deepEqual(machinePaths("ok\nsee C:\\Users\\ana\\sheet.csv"), [2]);
    assert.deepEqual(machinePaths('path: "/home/ana/ungdc"'), [1]);
    assert.deepEqual(machinePaths("Implements ../shared/CODING-GUIDE.md; output/charts/x.svg; a/b"), []);
  });
});
