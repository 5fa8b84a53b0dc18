import { strict as assert } from "assert";
import { download, FetchError } from "../../lib/sources";
import { type FixtureServer, startFixtureServer } from "../support/fixture-server";
import { tmp } from "./helpers";

describe("sources: downloads through the cache", function () {
  this.timeout(20000);
  let srv: FixtureServer;
  before(async () => {
    srv = await startFixtureServer({ "/page.htm": { body: "<p>invented page</p>" } });
  });
  after(() => srv.close());
  const opts = (cacheDir: string) => ({
    cacheDir,
    timeoutMs: 2000,
    retries: 0,
    today: () => "2031-12-01",
    allowLocal: true, // the fixture server is on 127.0.0.1
  });

  it("asks the server once; the second time the copy comes from the cache", async () => {
    const dir = tmp();
    const first = await download(srv.base + "/page.htm", opts(dir));
    const again = await download(srv.base + "/page.htm", opts(dir));
    assert.deepEqual([first.fromCache, again.fromCache], [false, true]);
    assert.equal(again.sha256, first.sha256);
    assert.equal(again.retrieved, "2031-12-01");
    assert.equal(srv.count("/page.htm"), 1);
  });

  it("asks for a missing page once; then knows it is gone without asking", async () => {
    const dir = tmp();
    await assert.rejects(download(srv.base + "/gone.htm", opts(dir)), (e: FetchError) => e.status === 404 && !e.cached);
    await assert.rejects(
      download(srv.base + "/gone.htm", opts(dir)),
      (e: FetchError) =>
        e instanceof FetchError && e.cached === true && /HTTP 404 \(on 2031-12-01, cached\)/.test(e.message),
    );
    assert.equal(srv.count("/gone.htm"), 1);
  });
});
