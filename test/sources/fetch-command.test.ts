import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { startFixtureServer } from "../support/fixture-server";
import { closedPort, FIX, fixtureRoutes, runFetch, SLOTS_CSV, tmp } from "./helpers";

describe("npm run fetch (scripts/fetch.ts)", function () {
  this.timeout(60000);

  it("with no network, ends in a 'no network' report and exit code 3, not a stack trace", async () => {
    const dir = tmp();
    const port = await closedPort();
    const { done } = runFetch([
      "--corpus",
      "china-kosovo",
      "--base-url",
      `http://127.0.0.1:${port}`,
      "--texts",
      path.join(dir, "t"),
      "--cache",
      path.join(dir, "c"),
    ]);
    const r = await done;
    assert.equal(r.code, 3, r.err);
    assert.match(r.out, /no network: 78 slots unreachable/);
    assert.match(r.out, /fetched 0, skipped 0, failed 78 \(78 unreachable\) — of 78 slots/);
    assert.doesNotMatch(r.out + r.err, /at .*\.ts:\d+/);
    assert.equal(fs.existsSync(path.join(dir, "t")), false);
  });

  it("rejects an unknown slot with exit code 2", async () => {
    const r = await runFetch(["--corpus", "china-kosovo", "--only", "no-such-slot"]).done;
    assert.equal(r.code, 2);
    assert.match(r.err, /unknown slot no-such-slot/);
  });

  it("resumes after being killed mid-run: the second run refetches nothing already done", async () => {
    const srv = await startFixtureServer();
    await fixtureRoutes(srv);
    const dir = tmp();
    const slotsFile = path.join(dir, "slots.csv");
    // Two quick slots, then one that hangs (the run is killed while it waits).
    fs.writeFileSync(
      slotsFile,
      SLOTS_CSV.split("\n")
        .filter((l, i) => i === 0 || /^(unsc-2031-04-22|mfa-2031-03-03|unsc-2031-08-08),/.test(l))
        .join("\n") + "\n",
    );
    const args = [
      "--corpus",
      "china-kosovo",
      "--slots",
      slotsFile,
      "--texts",
      path.join(dir, "t"),
      "--cache",
      path.join(dir, "c"),
      "--base-url",
      srv.base,
      "--concurrency",
      "1",
      "--timeout",
      "20000",
    ];
    try {
      const first = runFetch(args);
      // Wait for the two quick texts, then kill the process while the third request hangs.
      for (
        let i = 0;
        i < 200 && !(fs.existsSync(path.join(dir, "t", "mfa-2031-03-03.txt")) && srv.count("/slow.example/st.htm") > 0);
        i++
      )
        await new Promise((r) => setTimeout(r, 50));
      first.child.kill("SIGKILL");
      await first.done;
      assert.deepEqual(fs.readdirSync(path.join(dir, "t")).sort(), ["mfa-2031-03-03.txt", "unsc-2031-04-22.txt"]);
      const firstCounts = Object.fromEntries(srv.hits);
      srv.resetCounts();
      srv.route("/slow.example/st.htm", { body: fs.readFileSync(path.join(FIX, "mission-statement.html")) });
      const second = await runFetch(args).done;
      assert.equal(second.code, 0, second.out + second.err);
      assert.deepEqual(Object.fromEntries(srv.hits), { "/slow.example/st.htm": 1 });
      assert.deepEqual(firstCounts, {
        "/mission.example/eng/st.htm": 1,
        "/mfa.example/eng/pc.html": 1,
        "/slow.example/st.htm": 1,
      });
      assert.match(second.out, /fetched 1, skipped 2, failed 0 — of 3 slots/);
    } finally {
      await srv.close();
    }
  });
});
