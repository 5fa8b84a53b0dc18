import { strict as assert } from "assert";
import { classifyNetworkError } from "../../lib/sources";

describe("sources: network errors", () => {
  const err = (code: string, message = "") => Object.assign(new Error(message), { code });
  it("calls a failed DNS lookup and a refused connection 'unreachable', not worth retrying", () => {
    const dns = classifyNetworkError("http://x.invalid/a", err("ENOTFOUND"));
    assert.deepEqual(
      [dns.kind, dns.retryable, dns.message],
      ["unreachable", false, "DNS lookup failed (ENOTFOUND x.invalid)"],
    );
    const refused = classifyNetworkError("http://127.0.0.1:9/a", err("ECONNREFUSED"));
    assert.equal(refused.message, "connection refused (ECONNREFUSED 127.0.0.1:9)");
    assert.equal(classifyNetworkError("http://h/", err("ENETUNREACH")).message, "network unreachable (ENETUNREACH h)");
  });
  it("retries timeouts and resets; anything else is an error not retried", () => {
    assert.deepEqual(
      [
        classifyNetworkError("http://h/", err("ETIMEDOUT")).kind,
        classifyNetworkError("http://h/", err("ETIMEDOUT")).retryable,
      ],
      ["timeout", true],
    );
    assert.equal(classifyNetworkError("http://h/", err("ECONNRESET")).kind, "reset");
    assert.equal(classifyNetworkError("http://h/", err("", "socket hang up")).kind, "reset");
    const other = classifyNetworkError("http://h/", err("EPROTO", "bad record"));
    assert.deepEqual([other.kind, other.retryable, other.message], ["error", false, "EPROTO: bad record"]);
  });
});
