/**
 * A resumable, checksum-checked download from a played Dataverse on 127.0.0.1 (test/support/dataverse-server.ts).
 */
import { strict as assert } from "assert";
import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { downloadResumable, FetchError, fileChecksum } from "../../lib/sources";
import { closedPort, inventedBytes, type PlayedDataverse, playDataverse } from "../support/dataverse-server";

const BYTES = inventedBytes(300_000);
const sha = (b: Buffer) => crypto.createHash("sha256").update(b).digest("hex");
const checksum = { algorithm: "sha256", value: sha(BYTES) };
const dir = () => fs.mkdtempSync(path.join(os.tmpdir(), "resumable-"));

describe("sources: resumable download", function () {
  this.timeout(30_000);
  let dv: PlayedDataverse;
  beforeEach(async () => {
    dv = await playDataverse("10.0/TEST", [{ id: 7, name: "a.tgz", bytes: BYTES }]);
  });
  afterEach(() => dv.close());
  const url = () => `${dv.base}/api/access/datafile/7`;
  const fileRequests = () => dv.log.filter((l) => l.path === "/storage/7");

  it("downloads through the redirect, checks the checksum, and puts the file in place", async () => {
    const file = path.join(dir(), "a.tgz");
    const seen: number[] = [];
    const r = await downloadResumable(url(), file, { checksum, allowLocal: true, onProgress: (d) => seen.push(d) });
    assert.ok(fs.readFileSync(file).equals(BYTES));
    assert.deepEqual([r.bytes, r.resumedFrom, r.tries, r.alreadyThere], [300_000, 0, 1, false]);
    assert.equal(seen[seen.length - 1], 300_000);
    assert.equal(fs.existsSync(`${file}.part`), false);
  });

  it("resumes an interrupted transfer with a Range request for the rest only", async () => {
    dv.cutAfter(7, 120_000);
    const file = path.join(dir(), "a.tgz");
    const r = await downloadResumable(url(), file, { checksum, allowLocal: true, retryDelayMs: 1 });
    assert.ok(fs.readFileSync(file).equals(BYTES));
    assert.equal(r.tries, 2);
    const [first, second] = fileRequests();
    assert.deepEqual([first.range, first.status, first.sent], [null, 200, 120_000]);
    // the rest from the bytes that arrived (a few of those sent may be lost with the cut connection)
    const from = Number(/^bytes=(\d+)-$/.exec(second.range ?? "")?.[1]);
    assert.ok(from > 0 && from <= 120_000, `asked from byte ${from}`);
    assert.deepEqual([second.status, second.sent], [206, 300_000 - from]);
  });

  it("keeps the part when the transfer is cut more often than it may retry; the next call resumes it", async () => {
    dv.cutAfter(7, 50_000, 2);
    const file = path.join(dir(), "a.tgz");
    await assert.rejects(
      downloadResumable(url(), file, { checksum, allowLocal: true, retries: 1, retryDelayMs: 1 }),
      (e: Error) => e instanceof FetchError && e.retryable,
    );
    assert.equal(fs.existsSync(file), false);
    const kept = fs.statSync(`${file}.part`).size;
    assert.ok(kept > 0 && kept <= 100_000, `${kept} bytes kept`);
    const r = await downloadResumable(url(), file, { checksum, allowLocal: true, retryDelayMs: 1 });
    assert.equal(r.resumedFrom, kept);
    assert.ok(fs.readFileSync(file).equals(BYTES));
    assert.equal(fileRequests().pop()?.range, `bytes=${kept}-`);
  });

  it("starts again from the first byte when the server answers 200 to a Range request", async () => {
    dv.cutAfter(7, 70_000);
    dv.ignoreRange(true);
    const file = path.join(dir(), "a.tgz");
    await downloadResumable(url(), file, { checksum, allowLocal: true, retryDelayMs: 1 });
    assert.ok(fs.readFileSync(file).equals(BYTES));
    const [first, second] = fileRequests();
    assert.deepEqual([first.range, first.status, first.sent], [null, 200, 70_000]);
    assert.match(second.range ?? "", /^bytes=[1-9]\d*-$/);
    assert.deepEqual([second.status, second.sent], [200, 300_000]);
  });

  it("refuses a corrupt download by its checksum: no file under the real name, no part kept", async () => {
    const bad = Buffer.from(BYTES);
    bad[150_000] ^= 0xff;
    dv.serve(7, bad);
    const file = path.join(dir(), "a.tgz");
    await assert.rejects(
      downloadResumable(url(), file, { checksum, allowLocal: true }),
      (e: Error) =>
        e instanceof FetchError && e.kind === "checksum" && /corrupt download refused: sha256 /.test(e.message),
    );
    assert.equal(fs.existsSync(file), false);
    assert.equal(fs.existsSync(`${file}.part`), false);
  });

  it("keeps a file already there with the right checksum, without a request", async () => {
    const file = path.join(dir(), "a.tgz");
    fs.writeFileSync(file, BYTES);
    const r = await downloadResumable(url(), file, { checksum, allowLocal: true });
    assert.equal(r.alreadyThere, true);
    assert.deepEqual(dv.log, []);
  });

  it("a part that is already whole (416 to the Range request) is checked and put in place", async () => {
    const file = path.join(dir(), "a.tgz");
    fs.writeFileSync(`${file}.part`, BYTES);
    await downloadResumable(url(), file, { checksum, allowLocal: true });
    assert.ok(fs.readFileSync(file).equals(BYTES));
    assert.equal(fileRequests()[0].status, 416);
  });

  it("no network: a refused connection is 'unreachable' (not retried)", async () => {
    const port = await closedPort();
    const file = path.join(dir(), "a.tgz");
    await assert.rejects(
      downloadResumable(`http://127.0.0.1:${port}/api/access/datafile/7`, file, {
        checksum,
        allowLocal: true,
        retryDelayMs: 1,
      }),
      (e: Error) => e instanceof FetchError && e.kind === "unreachable" && /connection refused/.test(e.message),
    );
  });

  it("computes a file's digest (SHA-256 of 'abc', FIPS 180-2 appendix B.1)", async () => {
    const f = path.join(dir(), "abc");
    fs.writeFileSync(f, "abc");
    assert.equal(await fileChecksum(f, "sha256"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
});
