/**
 * Which addresses the fetcher may talk to (lib/sources/addresses.ts), table-driven, and the refusals in
 * httpGet: before connecting, after a DNS answer, after a redirect (the fixture server listens on
 * 127.0.0.1; the policy allows that one address and nothing else local, so the other hops are refused).
 */
import { strict as assert } from "assert";
import type * as dnsTypes from "dns";
import { blockedAddress, checkUrlHost, FetchError, httpGet } from "../../lib/sources";
import { startFixtureServer } from "../support/fixture-server";

// the module object lib/sources/addresses.ts calls dns.lookup on (patched to answer an invented name)
const dns: typeof dnsTypes = require("dns");

describe("sources: which addresses the fetcher may talk to", () => {
  const table: Array<[string, string | null]> = [
    ["127.0.0.1", "a loopback address (this machine)"],
    ["127.53.0.9", "a loopback address (this machine)"],
    ["::1", "a loopback address (this machine)"],
    ["::ffff:127.0.0.1", "a loopback address (this machine)"],
    ["::ffff:7f00:1", "a loopback address (this machine)"],
    ["64:ff9b::7f00:1", "a loopback address (this machine)"], // NAT64 carrying 127.0.0.1
    ["2002:7f00:1::", "a loopback address (this machine)"], // 6to4 carrying 127.0.0.1
    ["0.0.0.0", "an unspecified address"],
    ["::", "an unspecified address"],
    ["10.1.2.3", "a private network address"],
    ["172.16.0.1", "a private network address"],
    ["172.31.255.255", "a private network address"],
    ["192.168.1.1", "a private network address"],
    ["100.64.0.1", "a private network address"],
    ["fd12:3456::1", "a private network address"],
    ["::ffff:10.0.0.5", "a private network address"],
    ["169.254.169.254", "a cloud metadata service"],
    ["169.254.170.2", "a cloud metadata service"],
    ["100.100.100.200", "a cloud metadata service"],
    ["fd00:ec2::254", "a cloud metadata service"],
    ["169.254.1.1", "a link-local address"],
    ["fe80::1", "a link-local address"],
    ["224.0.0.1", "a multicast or reserved address"],
    ["255.255.255.255", "a multicast or reserved address"],
    ["ff02::1", "a multicast or reserved address"],
    ["8.8.8.8", null],
    ["172.32.0.1", null],
    ["100.128.0.1", null],
    ["2001:4860:4860::8888", null],
    ["2002:0808:0808::", null], // 6to4 carrying 8.8.8.8
    ["not-an-ip", null],
  ];
  for (const [ip, want] of table) it(`${ip} → ${want ?? "public"}`, () => assert.equal(blockedAddress(ip), want));

  it("refuses the name localhost and literal local addresses before connecting, unless allowed", () => {
    for (const url of ["http://localhost:8080/x", "http://app.localhost/x", "http://[::1]/x", "http://0x7f.1/x"])
      assert.throws(
        () => checkUrlHost(new URL(url), {}),
        (e: Error) => e instanceof FetchError && e.kind === "blocked" && /--allow-local/.test(e.message),
        url,
      );
    assert.doesNotThrow(() => checkUrlHost(new URL("http://127.0.0.1/x"), { allowLocal: true }));
    assert.doesNotThrow(() => checkUrlHost(new URL("http://127.0.0.1/x"), { allowLocal: ["127.0.0.1"] }));
    assert.throws(() => checkUrlHost(new URL("http://127.0.0.2/x"), { allowLocal: ["127.0.0.1"] }), FetchError);
    assert.doesNotThrow(() => checkUrlHost(new URL("https://example.org/x"), {}));
  });
});

describe("sources: httpGet refuses local addresses before and after redirects and DNS", function () {
  this.timeout(20000);
  const only127 = { timeoutMs: 5000, allowLocal: ["127.0.0.1"] };
  const blocked = (why: RegExp) => (e: Error) => e instanceof FetchError && e.kind === "blocked" && why.test(e.message);

  it("a slot URL on this machine, without the flag: refused, and nothing is asked", async () => {
    const srv = await startFixtureServer({ "/page.htm": { body: "<p>an invented page</p>" } });
    try {
      await assert.rejects(httpGet(`${srv.base}/page.htm`, { timeoutMs: 5000 }), blocked(/127\.0\.0\.1 is a loopback/));
      assert.equal(srv.total(), 0);
    } finally {
      await srv.close();
    }
  });

  it("a redirect to another local address: refused after the first hop", async () => {
    const srv = await startFixtureServer({ "/moved": { redirectTo: "http://127.0.0.2:9/inner" } });
    try {
      await assert.rejects(httpGet(`${srv.base}/moved`, only127), blocked(/127\.0\.0\.2 is a loopback/));
      assert.equal(srv.count("/moved"), 1);
    } finally {
      await srv.close();
    }
  });

  it("a public-looking name whose DNS answer is local: refused after the lookup", async () => {
    const real = dns.lookup;
    (dns as { lookup: unknown }).lookup = (
      _host: string,
      _o: unknown,
      cb: (e: null, a: dnsTypes.LookupAddress[]) => void,
    ) => cb(null, [{ address: "169.254.169.254", family: 4 }]);
    try {
      await assert.rejects(
        httpGet("http://statements.invented.example/st.htm", only127),
        blocked(/statements\.invented\.example is a cloud metadata service \(.* resolves to 169\.254\.169\.254\)/),
      );
    } finally {
      (dns as { lookup: unknown }).lookup = real;
    }
  });

  it("a timeout above Node's timer limit is a clear ArgumentError, not a false 'no answer'", () => {
    assert.throws(
      () => httpGet("https://example.org/", { timeoutMs: 2 ** 31 }),
      /timeoutMs: expected a whole number of milliseconds from 1 to 2147483647/,
    );
  });
});
