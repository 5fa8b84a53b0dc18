import { strict as assert } from "assert";
import * as zlib from "zlib";
import { type FetchError, getWithRetry, httpGet } from "../../lib/sources";
import { type FixtureServer, startFixtureServer } from "../support/fixture-server";
import { closedPort } from "./helpers";

describe("sources: HTTP behaviour against a local server", function () {
  this.timeout(20000);
  let srv: FixtureServer;
  before(async () => {
    srv = await startFixtureServer({
      "/ok": { body: "<p>fine</p>" },
      "/flaky": { body: "<p>third time lucky</p>", failTimes: 2 },
      "/hang": { hang: true },
      "/cut": { body: "x".repeat(2000), truncateAt: 500 },
      "/gz": { body: "<p>compressed</p>", gzip: true },
      "/moved": { redirectTo: "/ok" },
    });
  });
  after(() => srv.close());
  const opts = { timeoutMs: 2000, retries: 3, backoffMs: 5, allowLocal: true }; // the fixture server is on 127.0.0.1

  it("does not retry a 404", async () => {
    await assert.rejects(
      getWithRetry(srv.base + "/missing", opts),
      (e: FetchError) => e.kind === "http" && e.status === 404,
    );
    assert.equal(srv.count("/missing"), 1);
  });
  it("retries a 500 with backoff and then succeeds", async () => {
    const waits: number[] = [];
    const r = await getWithRetry(srv.base + "/flaky", { ...opts, onRetry: (_e, _a, w) => waits.push(w) });
    assert.equal(Buffer.from(r.bytes).toString(), "<p>third time lucky</p>");
    assert.equal(srv.count("/flaky"), 3);
    assert.deepEqual(waits, [5, 10]);
  });
  it("gives up on a hang after the timeout", async () => {
    await assert.rejects(
      getWithRetry(srv.base + "/hang", { ...opts, timeoutMs: 300, retries: 1 }),
      (e: FetchError) => e.kind === "timeout" && /after 2 attempts/.test(e.message),
    );
    assert.equal(srv.count("/hang"), 2);
  });
  it("rejects a body shorter than its Content-Length, retrying it", async () => {
    await assert.rejects(
      getWithRetry(srv.base + "/cut", { ...opts, retries: 2 }),
      (e: FetchError) => e.kind === "truncated" && /500 of 2000 bytes/.test(e.message),
    );
    assert.equal(srv.count("/cut"), 3);
  });
  it("follows redirects and decompresses gzip", async () => {
    assert.equal(Buffer.from((await getWithRetry(srv.base + "/moved", opts)).bytes).toString(), "<p>fine</p>");
    assert.equal(Buffer.from((await getWithRetry(srv.base + "/gz", opts)).bytes).toString(), "<p>compressed</p>");
  });
  it("calls a refused connection and a failed DNS lookup 'unreachable', without retrying", async () => {
    const port = await closedPort();
    await assert.rejects(
      getWithRetry(`http://127.0.0.1:${port}/x`, opts),
      (e: FetchError) => e.kind === "unreachable" && /connection refused/.test(e.message),
    );
    await assert.rejects(
      getWithRetry("http://no-such-host.invalid/x", opts),
      (e: FetchError) => e.kind === "unreachable" && /DNS lookup failed/.test(e.message),
    );
  });
});

describe("sources: a body that unpacks to far more than it weighs", function () {
  this.timeout(60000);

  it("a 1 MiB gzip body that unpacks to 1 GiB stops at the limit (counted unpacked), without holding it", async () => {
    // 1,024 gzip members of 1 MiB of zeros each (a gzip stream may hold several): ~1 MiB sent, 1 GiB unpacked
    const member = zlib.gzipSync(Buffer.alloc(1 << 20), { level: 9 });
    const bomb = Buffer.concat(Array(1024).fill(member));
    assert.ok(bomb.length < 1.1 * (1 << 20), `${bomb.length} bytes`);
    const srv = await startFixtureServer({ "/bomb": { body: bomb, contentEncoding: "gzip" } });
    try {
      const rss0 = process.memoryUsage().rss;
      await assert.rejects(
        httpGet(`${srv.base}/bomb`, { timeoutMs: 30000, maxBytes: 50 * (1 << 20), allowLocal: true }),
        (e: FetchError) =>
          e.kind === "too-large" && e.message === `body larger than ${50 * (1 << 20)} bytes once decompressed`,
      );
      const grown = (process.memoryUsage().rss - rss0) / (1 << 20);
      assert.ok(grown < 400, `RSS grew by ${grown.toFixed(0)} MB while unpacking`);
    } finally {
      await srv.close();
    }
  });

  it("a gzip body within the limit is unpacked whole", async () => {
    const srv = await startFixtureServer({
      "/small": { body: zlib.gzipSync("<p>an invented page</p>"), contentEncoding: "gzip" },
    });
    try {
      const r = await httpGet(`${srv.base}/small`, { timeoutMs: 5000, allowLocal: true });
      assert.equal(Buffer.from(r.bytes).toString(), "<p>an invented page</p>");
    } finally {
      await srv.close();
    }
  });
});
