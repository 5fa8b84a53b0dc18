/**
 * Atomic writes: every file the project writes goes through `writeFileAtomic` (lib/core/io.ts: a temporary file
 * beside the target, then a rename), so an interrupted run never leaves a half-written output.
 *
 *  1. A scan of lib/ and scripts/ for file writes that bypass `writeFileAtomic` (writeFileSync, createWriteStream,
 *     appendFileSync, copyFileSync, …). The few allowed are listed below with the reason.
 *  2. A child process writing a 256 MB output through `writeFileAtomic` over an existing output is killed with
 *     SIGKILL while its temporary file is half written: the old output survives byte-identical, and the
 *     leftover temporary file is not mistaken for an output by the loaders (its name does not end in .txt/.csv).
 *  3. `npm run code` on the real corpus, to an existing output (an earlier coding CSV and its evidence), killed
 *     with SIGKILL mid-run: the old CSV and evidence survive byte-identical, and no other file appears as the
 *     output.
 */
import { strict as assert } from "assert";
import type { ChildProcess } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { readTextFolder } from "../lib/corpus";
import { writeFileAtomic } from "../lib/core";
import { loadCodingFolder } from "../lib/sheets";
import {
  EARLIER_CODING,
  ROOT,
  inventedProse,
  snapshot,
  startScript,
  textFile,
  tmpDir,
  writeTree,
} from "./support/adversarial-fixtures";
import { needFullArchive } from "./support/full-archive";

/** Writes that may bypass writeFileAtomic, as "file: call", with the reason. */
const ALLOWED: Record<string, string> = {
  "lib/core/atomic.ts: writeFileSync": "writeFilesAtomic itself writes the temporary files",
  "lib/core/atomic.ts: openSync": "writeFilesAtomic opens each temporary file to write it in pieces and fsync it",
  "scripts/bench-cells.ts: writeFileSync":
    "the benchmark's own empty step log in its temporary folder (the notebook kernel appends to it; deleted after)",
  "scripts/bench-coding.ts: writeFileSync":
    "a phrase list for ripgrep inside the benchmark's own temporary folder (an input, deleted after)",
  "lib/corpus/subset-tgz.ts: writeFileSync":
    "the speech files `tar` packs, in the build's own temporary folder (deleted after); the .tgz itself goes " +
    "through writeFileAtomic",
  "lib/sources/resumable-download.ts: createWriteStream":
    "the download's `<file>.part` (appended to on resume), renamed into place only once its checksum is right",
  "lib/sources/resumable-download.ts: openSync": "opens the finished `.part` to fsync it before the rename",
  "scripts/bench-import-data.ts: openSync":
    "the benchmark writes its generated datasets (≈ 0.5 GB each) into its own temporary folder, deleted after",
  "scripts/bench-import-data.ts: writeSync": "the same generated datasets, written in batches",
  "scripts/bench-import-data.ts: writeFileSync": "the generated press-conference workbook, in the same folder",
  "scripts/bench-import.ts: writeFileSync":
    "the files ripgrep reads (the unpacked workbook and the anchor list) in the benchmark's temporary folder",
};

/** Calls that write file content. renameSync/rmSync/unlinkSync/mkdirSync do not write content and are not listed. */
const WRITE_NAMES = [
  "writeFileSync",
  "writeFile",
  "appendFileSync",
  "appendFile",
  "createWriteStream",
  "copyFileSync",
  "copyFile",
  "cpSync",
  "writeSync",
  "write",
  "openSync",
  "truncateSync",
];
const WRITE_CALL = new RegExp(`\\b(${WRITE_NAMES.join("|")})\\s*\\(`, "g");

function sourceFiles(): string[] {
  const out: string[] = [];
  for (const d of ["lib", "scripts"]) {
    const files = fs.readdirSync(path.join(ROOT, d), { recursive: true, encoding: "utf8" });
    for (const f of files.sort()) if (f.endsWith(".ts")) out.push(`${d}/${f.split(path.sep).join("/")}`);
  }
  return out;
}

/** `fs.`-qualified (or destructured from fs) write calls in a file, without comments. */
function writeCalls(rel: string): string[] {
  return writeCallsIn(rel, fs.readFileSync(path.join(ROOT, rel), "utf8"));
}

function writeCallsIn(rel: string, text: string): string[] {
  const src = text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:])\/\/.*$/gm, "$1");
  const calls: string[] = [];
  for (const m of src.matchAll(WRITE_CALL)) {
    const before = src.slice(Math.max(0, m.index! - 12), m.index!);
    // fs.write(...) and friends; a bare `write(` is only a stream method (process.stdout.write) unless fs-qualified
    if (m[1] === "write" && !/fs\.$/.test(before)) continue;
    if (/(process\.std(out|err)\.|\bres\.|\bsocket\.|\bstream\.)$/.test(before)) continue;
    // opening for reading only ("r") writes nothing
    if (m[1] === "openSync" && /^[^;]*?,\s*"r"\s*\)/.test(src.slice(m.index!, m.index! + 200))) continue;
    calls.push(`${rel}: ${m[1]}`);
  }
  return calls;
}

describe("atomicity: every write goes through writeFileAtomic", () => {
  it("lib/ and scripts/ have no write that bypasses writeFileAtomic (besides the listed, explained ones)", () => {
    // the scan can fail: an open for writing is found, an open for reading is not
    assert.deepEqual(writeCallsIn("x.ts", 'fs.openSync(f, "w"); fs.openSync(g, "r");'), ["x.ts: openSync"]);
    const found = sourceFiles().flatMap(writeCalls);
    const bypass = found.filter((c) => !(c in ALLOWED));
    assert.deepEqual(bypass, [], `writes that bypass writeFileAtomic:\n${bypass.join("\n")}`);
    // every allowed entry is still needed (the list does not rot)
    for (const a of Object.keys(ALLOWED))
      assert.ok(found.includes(a), `"${a}" is allowed but no longer found: remove it from the list`);
  });

  it("the notebook runner (Python) writes its notebooks and HTML through write_atomic", () => {
    const py = fs.readFileSync(path.join(ROOT, "scripts", "execute_notebooks.py"), "utf8");
    const opens = [...py.matchAll(/open\([^)]*["'][wa]b?["']/g)];
    assert.equal(opens.length, 1, "one open() for writing, inside write_atomic");
    assert.match(py, /def write_atomic\(path, text\):[\s\S]*?os\.replace\(tmp, path\)/);
  });
});

/** Waits for `cond`, polling every `ms`; false after `limit` polls. */
async function waitFor(cond: () => boolean, ms: number, limit: number): Promise<boolean> {
  for (let i = 0; i < limit; i++) {
    if (cond()) return true;
    await new Promise((r) => setTimeout(r, ms));
  }
  return cond();
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null)
      resolve({ code: child.exitCode, signal: child.signalCode });
    else child.on("exit", (code, signal) => resolve({ code, signal }));
  });
}

describe("atomicity: a write killed half-way leaves the old output", function () {
  this.timeout(120000);
  const SIZE = 256 * 1024 * 1024;

  it("SIGKILL in writeFileAtomic of 256 MB over a text and a sheet: both old files stay byte-identical", async () => {
    const dir = tmpDir("atomic");
    const corpus = path.join(dir, "texts");
    const coding = path.join(dir, "coding");
    const oldText = textFile(inventedProse(5, "old"), { id: "mfa-2010-07-22" });
    const oldSheet = "id,coder,year,country,speaker,text,dialogue\nu1,ana,2010,SRB,,An invented passage.,1\n";
    writeTree(dir, { "texts/mfa-2010-07-22.txt": oldText, "coding/ana.csv": oldSheet });
    const before = snapshot(dir);
    const child = path.join(dir, "writer.ts");
    fs.writeFileSync(
      child,
      `import { writeFileAtomic } from ${JSON.stringify(path.join(ROOT, "lib", "core"))};
const big = Buffer.alloc(${SIZE}, "An invented line of a very long output.\\n");
process.stdout.write("ready\\n");
writeFileAtomic(${JSON.stringify(path.join(corpus, "mfa-2010-07-22.txt"))}, big);
writeFileAtomic(${JSON.stringify(path.join(coding, "ana.csv"))}, big);
process.stdout.write("done\\n");
`,
    );
    let caught = false;
    let tmpSize = 0;
    // A kill must land while the temporary file is partly written; on a very fast disk try again.
    for (let attempt = 0; attempt < 5 && !caught; attempt++) {
      const p = startScript(child, []);
      const tmpFiles = () => fs.readdirSync(corpus).filter((f) => f.includes(".tmp-"));
      const partial = () => {
        for (const f of tmpFiles()) {
          const s = fs.statSync(path.join(corpus, f)).size;
          if (s > 0 && s < SIZE) {
            tmpSize = s;
            return true;
          }
        }
        return false;
      };
      const hit = await waitFor(partial, 1, 20000);
      p.kill("SIGKILL");
      const end = await exited(p);
      assert.equal(end.signal, "SIGKILL");
      caught = hit && tmpFiles().length > 0;
      // the old outputs are intact whatever the attempt
      assert.equal(fs.readFileSync(path.join(corpus, "mfa-2010-07-22.txt"), "utf8"), oldText);
      assert.equal(fs.readFileSync(path.join(coding, "ana.csv"), "utf8"), oldSheet);
    }
    assert.ok(caught, "never caught the temporary file half written (is the disk that fast?)");
    console.log(
      `      killed with the temporary file at ${(tmpSize / 1024 / 1024).toFixed(0)} of ${SIZE / 1024 / 1024} MB`,
    );
    // Only the temporary file is new; the outputs are byte-identical.
    const after = snapshot(dir);
    for (const [f, h] of Object.entries(before)) assert.equal(after[f], h, `${f} changed`);
    const extra = Object.keys(after).filter((f) => !(f in before) && f !== "writer.ts");
    assert.ok(
      extra.length > 0 && extra.every((f) => /\.tmp-\d+-[a-z0-9]+$/.test(f)),
      `unexpected files: ${extra.join(", ")}`,
    );
    // The loaders never read a leftover temporary file as a text or a sheet.
    assert.deepEqual(
      readTextFolder(corpus, ["mfa"]).map((t) => t.id),
      ["mfa-2010-07-22"],
    );
    assert.deepEqual(
      loadCodingFolder(coding, ["dialogue"]).sheets.map((s) => s.coder),
      ["ana"],
    );
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("writeFileAtomic over an existing file replaces it whole (and leaves no temporary file)", () => {
    const dir = tmpDir("atomic-ok");
    const f = path.join(dir, "out.csv");
    fs.writeFileSync(f, "old\n");
    writeFileAtomic(f, "theme,n\nsovereignty,3\n");
    assert.equal(fs.readFileSync(f, "utf8"), "theme,n\nsovereignty,3\n");
    assert.deepEqual(fs.readdirSync(dir), ["out.csv"]);
  });
});

describe("atomicity: npm run code killed mid-run", function () {
  this.timeout(180000);

  it("SIGKILL while coding the real corpus leaves the old coding CSV and evidence byte-identical", async function () {
    // on the embedded subset the run is over too soon to be killed while coding
    needFullArchive(this, "killing npm run code while it codes");
    const dir = tmpDir("atomic-code");
    const out = path.join(dir, "coding.csv");
    writeTree(dir, {
      "coding.csv": EARLIER_CODING, // npm run code replaces only a file that begins like a coding CSV
      "coding.evidence.csv": "unit_id,theme\nearlier,dialogue\n",
    });
    const before = snapshot(dir);
    // A cold corpus cache (a folder of its own): the run streams the archive, writes the cache, codes, then writes.
    const env = { WORKBOOK_CACHE: path.join(dir, "cache"), WORKBOOK_OUTPUT: path.join(dir, "output") };
    const p = startScript("code", ["--corpus", "ungdc-kosovo", "--out", out], env);
    let stderr = "";
    p.stderr!.on("data", (d) => (stderr += d));
    // Kill it once the corpus is loaded (it prints the corpus note) and it is coding, before it writes.
    await waitFor(() => /make up the corpus/.test(stderr) || p.exitCode !== null, 5, 12000);
    const runningAtKill = p.exitCode === null;
    p.kill("SIGKILL");
    const end = await exited(p);
    assert.ok(runningAtKill, `the run ended before it could be killed: ${stderr}`);
    assert.match(stderr, /make up the corpus/, "killed before the corpus was loaded");
    assert.equal(end.signal, "SIGKILL");
    const after = snapshot(dir);
    assert.equal(after["coding.csv"], before["coding.csv"]);
    assert.equal(after["coding.evidence.csv"], before["coding.evidence.csv"]);
    // nothing else next to the output, and any corpus cache entry is complete JSON
    assert.deepEqual(
      Object.keys(after).filter((f) => !f.startsWith("cache/") && !f.startsWith("output/")),
      ["coding.csv", "coding.evidence.csv"],
    );
    for (const f of Object.keys(after).filter((x) => x.startsWith("cache/") && x.endsWith(".json"))) {
      assert.doesNotThrow(() => JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")), `${f} is half written`);
    }
  });
});
