import { strict as assert } from "assert";
import { ValidationError } from "../../lib/core";
import { loadSlots, parseSlots, slotsPath } from "../../lib/sources";
import { HEADER } from "./helpers";

describe("sources: slots file", () => {
  it("loads the study's 78 slots (61 UNSC, 11 MFA, 6 leaders; 56 S/PV symbols, 16 official URLs)", () => {
    const slots = loadSlots(slotsPath("china-kosovo"));
    assert.equal(slots.length, 78);
    const n = (c: string) => slots.filter((s) => s.category === c).length;
    assert.deepEqual([n("unsc"), n("mfa"), n("leader")], [61, 11, 6]);
    assert.equal(slots.filter((s) => s.docRef.startsWith("S/PV.")).length, 56);
    assert.equal(slots.filter((s) => s.url !== "").length, 16);
    assert.equal(slots[0].line, 2);
  });

  it("reports every bad row together: duplicate id, bad date, unknown category, bad URL", () => {
    const csv = [
      HEADER,
      "unsc-2031-01-01,2031-01-01,unsc,,,v,t,S/PV.9001,,,e",
      "unsc-2031-01-01,2031-02-30,unsc,,,v,t,,,,e",
      "x-1,2031-01-05,speech,,,v,t,,ftp://example.invalid/a,,e",
    ].join("\n");
    let err: unknown;
    try {
      parseSlots(csv, "slots.csv");
    } catch (e) {
      err = e;
    }
    assert.ok(err instanceof ValidationError);
    const msgs = err.problems.map((p) => `${p.line}:${p.column}:${p.message}`);
    assert.deepEqual(msgs, [
      '3:slot:duplicate slot id "unsc-2031-01-01" (first on line 2)',
      '3:date:bad date "2031-02-30"',
      '4:category:unknown category "speech"',
      '4:url:"ftp://example.invalid/a" is not an http(s) URL',
    ]);
    assert.match(err.message, /slots\.csv:3 \(column slot\)/);
  });

  it("names a missing column", () => {
    assert.throws(() => parseSlots("slot,date\nx,2031-01-01\n", "s.csv"), /missing columns category, speaker/);
  });
});
