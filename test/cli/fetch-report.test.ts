import { strict as assert } from "assert";
import { EXIT, exitCode } from "../../lib/cli/fetch-exit-codes";
import { closingNote, formatReport } from "../../lib/cli/fetch-report";
import type { SlotResult } from "../../lib/sources";

describe("cli: the end of npm run fetch", () => {
  const r = (slot: string, status: SlotResult["status"], more: Partial<SlotResult> = {}): SlotResult => ({
    slot,
    status,
    via: "",
    source: "",
    reason: "",
    kind: "",
    fromCache: false,
    words: 0,
    ...more,
  });

  it("exits 0 when nothing failed, 3 when every failure was unreachable, else 1", () => {
    const s = (failed: number, unreachable: number) => ({
      fetched: 0,
      skipped: 0,
      failed,
      unreachable,
      noNetwork: false,
    });
    assert.deepEqual([exitCode(s(0, 0)), exitCode(s(2, 2)), exitCode(s(2, 1))], [EXIT.ok, EXIT.noNetwork, EXIT.failed]);
    assert.deepEqual(EXIT, { ok: 0, failed: 1, usage: 2, noNetwork: 3 });
  });

  it("prints a table of the slots, the totals, and failures whose reason was cut in full", () => {
    // 60 columns: slot (8), status (16) and via (8) and three gaps of 2 leave 22 for the detail
    const results = [
      r("mfa-1", "fetched", { via: "official", words: 120, fromCache: true, reason: "3 paragraphs" }),
      r("unsc-2", "failed", { kind: "timeout", reason: `official: timeout — ${"x".repeat(40)}` }),
      r("leader-3", "skipped", { reason: "already fetched" }),
    ];
    assert.equal(
      formatReport(results, { width: 60 }),
      [
        "slot      status            via       detail",
        "--------  ----------------  --------  ----------------------",
        "mfa-1     fetched           official  120 words, from cache…",
        "unsc-2    failed (timeout)  -         official: timeout — x…",
        "leader-3  skipped           -         already fetched",
        "",
        "failures in full:",
        `  unsc-2: official: timeout — ${"x".repeat(40)}`,
        "",
        "fetched 1, skipped 1, failed 1 — of 3 slots",
      ].join("\n"),
    );
    assert.equal(formatReport(results, { failuresOnly: true }).split("\n").length, 5);
  });

  it("ends with what to do next", () => {
    const s = { fetched: 0, skipped: 0, failed: 2, unreachable: 2, noNetwork: true };
    assert.match(closingNote(s), /^\nno network: 2 slots unreachable — every source failed/);
    assert.equal(
      closingNote({ ...s, unreachable: 0, noNetwork: false, failed: 1 }),
      "\n1 slot failed (reasons above). Re-run to retry them; finished texts are kept.\n",
    );
    assert.equal(closingNote({ ...s, failed: 0, unreachable: 0, noNetwork: false }), "");
  });
});
