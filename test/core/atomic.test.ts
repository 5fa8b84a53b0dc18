/**
 * Writing a command's outputs as one unit (lib/core/atomic.ts): all temporary files first, then all
 * renamed; an error, SIGINT or SIGTERM before the renames replaces nothing and leaves no temporary file.
 */
import { strict as assert } from "assert";
import { spawn } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { writeFileAtomic, writeFilesAtomic, writeFilesAtomicAsync } from "../../lib/core";
import { ROOT, snapshot, tmpDir, writeTree } from "../support/adversarial-fixtures";

const OLD = {
  "out.csv": "id,date,year,category,country,speaker\nearlier,,2010,,,\n",
  "out.evidence.csv": "unit_id,theme\n",
};

describe("core: outputs written as one unit", () => {
  it("writes every file, in pieces when given pieces, and leaves no temporary file", () => {
    const dir = tmpDir("unit");
    writeTree(dir, OLD);
    writeFilesAtomic([
      { file: path.join(dir, "out.csv"), data: "new\n" },
      { file: path.join(dir, "out.evidence.csv"), data: ["a,", "b\n", Buffer.from("c\n")] },
    ]);
    assert.equal(fs.readFileSync(path.join(dir, "out.csv"), "utf8"), "new\n");
    assert.equal(fs.readFileSync(path.join(dir, "out.evidence.csv"), "utf8"), "a,b\nc\n");
    assert.deepEqual(fs.readdirSync(dir).sort(), ["out.csv", "out.evidence.csv"]);
  });

  it("an error while writing the second file replaces neither and removes the temporary files", async () => {
    for (const write of [writeFilesAtomic, writeFilesAtomicAsync]) {
      const dir = tmpDir("unit-fail");
      writeTree(dir, OLD);
      const before = snapshot(dir);
      function* failing(): Generator<string> {
        yield "half of the evidence\n";
        throw new Error("an invented failure half-way");
      }
      await assert.rejects(
        async () =>
          write([
            { file: path.join(dir, "out.csv"), data: "new\n" },
            { file: path.join(dir, "out.evidence.csv"), data: failing() },
          ]),
        /an invented failure half-way/,
      );
      assert.deepEqual(snapshot(dir), before);
    }
  });

  it("removes a temporary file left by a process no longer running, not one of a running process", () => {
    const dir = tmpDir("stale");
    const dead = 2 ** 22 + 12345; // above Linux's largest pid: no such process
    writeTree(dir, { [`out.csv.tmp-${dead}-abc123`]: "half", [`out.csv.tmp-${process.pid}-def456`]: "mine" });
    writeFileAtomic(path.join(dir, "out.csv"), "whole\n");
    assert.deepEqual(fs.readdirSync(dir).sort(), ["out.csv", `out.csv.tmp-${process.pid}-def456`]);
  });

  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    it(`${signal} while a command writes: old outputs intact, no temporary file, exit 128 + n`, async function () {
      this.timeout(60000);
      const dir = tmpDir(`signal-${signal}`);
      writeTree(dir, OLD);
      const before = snapshot(dir);
      const child = path.join(tmpDir("writer"), "writer.ts");
      // 400 pieces of 256 KB for each file: long enough to be interrupted half-way
      fs.writeFileSync(
        child,
        `import { writeFilesAtomicAsync } from ${JSON.stringify(path.join(ROOT, "lib", "core"))};
function* pieces(): Generator<string> {
  for (let i = 0; i < 400; i++) {
    if (i === 5) process.stdout.write("writing\\n");
    yield "x".repeat(256 * 1024);
  }
}
writeFilesAtomicAsync([
  { file: ${JSON.stringify(path.join(dir, "out.csv"))}, data: pieces() },
  { file: ${JSON.stringify(path.join(dir, "out.evidence.csv"))}, data: pieces() },
]).then(() => process.stdout.write("done\\n"));
`,
      );
      const p = spawn(process.execPath, ["--import", "tsx", child], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
      let out = "";
      await new Promise<void>((resolve) =>
        p.stdout.on("data", (d) => {
          out += d;
          if (out.includes("writing")) resolve();
        }),
      );
      const tmpSeen = fs.readdirSync(dir).some((f) => f.includes(".tmp-"));
      p.kill(signal);
      const code = await new Promise<number | null>((resolve) => p.on("exit", (c) => resolve(c)));
      assert.ok(tmpSeen, "no temporary file while writing");
      assert.equal(code, signal === "SIGINT" ? 130 : 143);
      assert.ok(!out.includes("done"), "the write finished before the signal");
      assert.deepEqual(snapshot(dir), before);
    });
  }
});
