/**
 * Issue 19, class 9 — the fetcher trusted any address. Now it asks public addresses only
 * (lib/sources/addresses.ts: loopback, private, link-local, metadata, multicast and reserved addresses
 * refused before connecting, after DNS and after every redirect) unless `--allow-local`; it stops a
 * body at its limit counted on decompressed bytes; it strips credentials from URLs before they reach a
 * text or a message; a timeout above Node's timer limit is a clear usage error. The same for get-data.
 *
 *  W1  npm run fetch, a slot on 127.0.0.1, no --allow-local  → exit 1, the slot "failed (blocked)": "refused:
 *      127.0.0.1 is a loopback address (this machine) — … pass --allow-local"; no text written, nothing asked
 *  W2  a slot URL with user:password, fetched                 → the text's source: line, every message and the
 *                                                              cache notes without them
 *  W3  npm run fetch --timeout 2147483648                      → exit 2 "--timeout: expected a whole number from 1
 *                                                              to 2147483647 (milliseconds; …)"
 *  W4  npm run get-data --server on 127.0.0.1, no --allow-local → exit 1 "refused: 127.0.0.1 is a loopback address"
 *  (a redirect or DNS answer to a local address, the 1 MiB gzip that unpacks to 1 GiB, the table of addresses:
 *  test/sources/addresses.test.ts, test/sources/http.test.ts, test/sources/redact.test.ts)
 */
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { ROOT, runScriptAsync, tmpDir } from "../support/adversarial-fixtures";
import { startFixtureServer } from "../support/fixture-server";

const HEADER = "slot,date,category,speaker,speaker_title,venue,title,doc_ref,url,alt_url,evidence";
const PAGE = fs.readFileSync(path.join(ROOT, "test", "fixtures", "sources", "mission-statement.html"));
const SLOT = "leader-2031-10-11";

describe("adversarial (issue 19, class 9): the fetcher trusts no address", function () {
  this.timeout(60000);

  /** A slots file with one slot at `url`; the fetch's folders. */
  const setup = (url: string) => {
    const dir = tmpDir("fetcher");
    fs.writeFileSync(
      path.join(dir, "slots.csv"),
      `${HEADER}\n${SLOT},2031-10-11,leader,An Invented Leader,,An invented venue,Remarks,,${url},,invented\n`,
    );
    const args = ["--corpus", "china-kosovo", "--slots", path.join(dir, "slots.csv"), "--retries", "0"];
    return { dir, args: [...args, "--texts", path.join(dir, "texts"), "--cache", path.join(dir, "cache")] };
  };

  it("W1 a slot on this machine without --allow-local: failed (blocked), nothing asked, no text", async () => {
    const srv = await startFixtureServer({ "/st.htm": { body: PAGE } });
    try {
      const { dir, args } = setup(`${srv.base}/st.htm`);
      const r = await runScriptAsync("fetch", args);
      assert.equal(r.status, 1, r.stdout + r.stderr);
      assert.match(r.stdout, /failed \(blocked\)/);
      assert.match(r.stdout, /refused: 127\.0\.0\.1 is a loopback address \(this machine\)/);
      assert.match(r.stdout, /pass --allow-local/);
      assert.equal(srv.total(), 0);
      assert.equal(fs.existsSync(path.join(dir, "texts", `${SLOT}.txt`)), false);
    } finally {
      await srv.close();
    }
  });

  it("W2 credentials in a slot URL reach neither the text's source: line nor any message", async () => {
    const srv = await startFixtureServer({ "/st.htm": { body: PAGE } });
    try {
      const withCredentials = srv.base.replace("http://", "http://ana:invented-secret@");
      const { dir, args } = setup(`${withCredentials}/st.htm`);
      const r = await runScriptAsync("fetch", [...args, "--allow-local"]);
      assert.equal(r.status, 0, r.stdout + r.stderr);
      const text = fs.readFileSync(path.join(dir, "texts", `${SLOT}.txt`), "utf8");
      assert.match(text, new RegExp(`^source: ${srv.base.replace(/[.]/g, "\\.")}/st\\.htm$`, "m"));
      for (const [what, s] of [
        ["the text", text],
        ["the output", r.stdout + r.stderr],
        [
          "the cache",
          fs
            .readdirSync(path.join(dir, "cache"))
            .map((f) => fs.readFileSync(path.join(dir, "cache", f), "latin1"))
            .join(""),
        ],
      ])
        assert.ok(!s.includes("invented-secret"), `${what} holds the password`);
    } finally {
      await srv.close();
    }
  });

  it("W3 --timeout above Node's timer limit: exit 2 with the limit, not a false 'no answer'", async () => {
    const { args } = setup("http://statements.invented.example/st.htm");
    const r = await runScriptAsync("fetch", [...args, "--timeout", "2147483648"]);
    assert.equal(r.status, 2, r.stdout + r.stderr);
    assert.match(
      r.stderr,
      new RegExp(
        "--timeout: expected a whole number from 1 to 2147483647 " +
          '\\(milliseconds; Node\'s timers wait at most about 24\\.8 days\\), got "2147483648"',
      ),
    );
  });

  it("W4 get-data from a server on this machine without --allow-local: exit 1, refused", async () => {
    const srv = await startFixtureServer();
    try {
      const r = await runScriptAsync("get-data", [
        "--dir",
        path.join(tmpDir("get-data"), "ungdc"),
        "--server",
        srv.base,
      ]);
      assert.equal(r.status, 1, r.stdout + r.stderr);
      assert.match(r.stderr, /refused: 127\.0\.0\.1 is a loopback address \(this machine\)/);
      assert.equal(srv.total(), 0);
    } finally {
      await srv.close();
    }
  });
});
