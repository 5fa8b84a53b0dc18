/**
 * `npm run get-data` (scripts/get-data.ts) against a played Dataverse on 127.0.0.1 (never a real host): both
 * files downloaded and checked against a manifest's SHA-256, progress shown, an interrupted run resumed by the
 * next, a corrupt download refused, no network said in one line with exit code 3.
 */
import { strict as assert } from "assert";
import { spawn } from "child_process";
import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ROOT } from "../support/run";
import { closedPort, inventedBytes, type PlayedDataverse, playDataverse } from "../support/dataverse-server";

const ARCHIVE = inventedBytes(400_000, 3);
const WORKBOOK = inventedBytes(20_000, 5);
const DOI = "10.7910/DVN/0TJX8Y";
const sha = (b: Buffer) => crypto.createHash("sha256").update(b).digest("hex");
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "get-data-"));

/** A manifest recording the played files' SHA-256 (the rest of its fields are placeholders). */
function manifestFor(dir: string): string {
  const digest = (name: string, b: Buffer) => ({ path: name, bytes: b.length, sha256: sha(b) });
  const file = path.join(dir, "manifest.json");
  const source = {
    doi: DOI,
    version: "V13",
    archive: digest("UNGDC_1946-2024.tgz", ARCHIVE),
    speakers: digest("Speakers_by_session.xlsx", WORKBOOK),
  };
  fs.writeFileSync(file, JSON.stringify({ format: 1, source, selection: {}, contents: {}, whole: {}, files: {} }));
  return file;
}

/** Runs get-data (asynchronously: the played server lives in this process). */
function getData(args: string[]): Promise<{ code: number | null; err: string }> {
  // the fixture server listens on 127.0.0.1: get-data asks local addresses only when allowed
  const argv = ["--import", "tsx", path.join(ROOT, "scripts", "get-data.ts"), ...args, "--allow-local"];
  const child = spawn(process.execPath, argv, {
    cwd: ROOT,
    env: { ...process.env, GET_DATA_RETRY_MS: "1", UNGDC_DIR: "" },
  });
  let err = "";
  child.stderr.on("data", (d) => (err += d));
  child.stdout.on("data", (d) => (err += d));
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, err })));
}

describe("npm run get-data (scripts/get-data.ts)", function () {
  this.timeout(60_000);
  let dv: PlayedDataverse;
  let dir: string;
  let manifest: string;
  beforeEach(async () => {
    dv = await playDataverse(DOI, [
      { id: 11, name: "UNGDC_1946-2024.tgz", bytes: ARCHIVE },
      { id: 12, name: "Speakers_by_session.xlsx", bytes: WORKBOOK, ingested: true },
      { id: 13, name: "README.pdf", bytes: inventedBytes(10) },
    ]);
    dir = tmp();
    manifest = manifestFor(tmp());
  });
  afterEach(() => dv.close());
  const args = (...more: string[]) => [
    "--dir",
    path.join(dir, "ungdc"),
    "--server",
    dv.base,
    "--manifest",
    manifest,
    ...more,
  ];

  it("downloads both files (the workbook in its original format), with progress, checked and in place", async () => {
    const r = await getData(args());
    assert.equal(r.code, 0, r.err);
    assert.ok(fs.readFileSync(path.join(dir, "ungdc", "UNGDC_1946-2024.tgz")).equals(ARCHIVE));
    assert.ok(fs.readFileSync(path.join(dir, "ungdc", "Speakers_by_session.xlsx")).equals(WORKBOOK));
    assert.deepEqual(fs.readdirSync(path.join(dir, "ungdc")).sort(), [
      "Speakers_by_session.xlsx",
      "UNGDC_1946-2024.tgz",
    ]);
    assert.match(r.err, /get-data: UNGDC_1946-2024\.tgz {2}0\.4 of 0\.4 MB \(100%\)/);
    assert.match(r.err, /get-data: UNGDC_1946-2024\.tgz: sha256 checked/);
    assert.match(r.err, /set UNGDC_DIR=.* so that the corpus cards read the full archive there/);
    assert.ok(dv.log.some((l) => l.path === "/api/access/datafile/12?format=original"));
    // a second run finds both in place and downloads nothing
    const before = dv.log.length;
    const again = await getData(args());
    assert.equal(again.code, 0, again.err);
    assert.match(again.err, /UNGDC_1946-2024\.tgz: already there, checksum right/);
    assert.equal(dv.log.filter((l) => l.path.startsWith("/storage/")).length, 2);
    assert.ok(dv.log.length > before); // only the file list was asked for
  });

  it("an interrupted run exits 1 keeping its part; the next run asks for the rest only and finishes", async () => {
    dv.cutAfter(11, 150_000, 1);
    const first = await getData(args("--retries", "0"));
    assert.equal(first.code, 1, first.err);
    assert.match(first.err, /get-data: .*run again to resume/);
    assert.doesNotMatch(first.err, /^\s+at /m);
    const kept = fs.statSync(path.join(dir, "ungdc", "UNGDC_1946-2024.tgz.part")).size;
    assert.ok(kept > 0 && kept <= 150_000);
    assert.equal(fs.existsSync(path.join(dir, "ungdc", "UNGDC_1946-2024.tgz")), false);
    const second = await getData(args());
    assert.equal(second.code, 0, second.err);
    assert.match(second.err, new RegExp(`UNGDC_1946-2024\\.tgz: resumed at ${kept} bytes, sha256 checked`));
    const last = dv.log.filter((l) => l.path === "/storage/11").pop();
    assert.deepEqual([last?.range, last?.status, last?.sent], [`bytes=${kept}-`, 206, 400_000 - kept]);
    assert.ok(fs.readFileSync(path.join(dir, "ungdc", "UNGDC_1946-2024.tgz")).equals(ARCHIVE));
  });

  it("refuses a corrupt download by its checksum: exit 1, one line, nothing left under the real name", async () => {
    const bad = Buffer.from(ARCHIVE);
    bad[1000] ^= 1;
    dv.serve(11, bad);
    const r = await getData(args());
    assert.equal(r.code, 1, r.err);
    const lines = r.err.split("\n").filter((l) => l.startsWith("get-data: corrupt"));
    assert.equal(lines.length, 1);
    assert.match(lines[0], new RegExp(`corrupt download refused: sha256 [0-9a-f]{64}, expected ${sha(ARCHIVE)}`));
    assert.match(lines[0], /the bad copy was deleted; run again/);
    assert.deepEqual(fs.readdirSync(path.join(dir, "ungdc")), []);
  });

  it("with no network: one line, exit code 3, nothing written", async () => {
    const port = await closedPort();
    const r = await getData(["--dir", path.join(dir, "ungdc"), "--server", `http://127.0.0.1:${port}`]);
    assert.equal(r.code, 3);
    const lines = r.err.trim().split("\n");
    assert.equal(lines.length, 1, r.err);
    assert.match(
      lines[0],
      new RegExp(
        `^get-data: no network: cannot reach 127\\.0\\.0\\.1:${port} \\(connection refused .*\\) — connect and run`,
      ),
    );
    assert.equal(fs.existsSync(path.join(dir, "ungdc")), false);
  });
});
