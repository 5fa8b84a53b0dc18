import { strict as assert } from "assert";
import { type SlotResult, summarize } from "../../lib/sources";

/** A slot result with only what the counts read. */
function result(status: SlotResult["status"], kind: SlotResult["kind"] = "", fromCache = false): SlotResult {
  return { slot: `s-${status}-${kind}`, status, via: "", source: "", reason: "", kind, fromCache, words: 0 };
}

describe("sources: the counts of a run", () => {
  it("counts fetched, skipped, failed and unreachable slots", () => {
    const s = summarize([
      result("fetched"),
      result("skipped"),
      result("failed", "timeout"),
      result("failed", "unreachable"),
    ]);
    assert.deepEqual(s, { fetched: 1, skipped: 1, failed: 2, unreachable: 1, noNetwork: false });
  });
  it("says 'no network' only when every failure was unreachable and nothing new was fetched", () => {
    assert.equal(summarize([result("failed", "unreachable"), result("skipped")]).noNetwork, true);
    assert.equal(summarize([result("failed", "unreachable"), result("fetched", "", true)]).noNetwork, true);
    assert.equal(summarize([result("failed", "unreachable"), result("fetched", "", false)]).noNetwork, false);
    assert.equal(summarize([result("skipped")]).noNetwork, false);
  });
});
