import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { InputError } from "../../../lib/core";
import type { CouncilReadReport } from "../../../lib/corpus/datasets/council";
import { readMeetings, readUnscSpeeches } from "../../../lib/corpus/datasets/unsc-speeches";
import { MEETINGS_COLUMNS, SPEECHES_COLUMNS, WORDS, tmpDir, writeUnscSpeeches } from "./fixtures";

const report = (): CouncilReadReport => ({ files: [], version: "5.0", rows: 0, kept: 0, joinedRows: 0, notes: [] });

describe("datasets/unsc-speeches", () => {
  const dir = writeUnscSpeeches(path.join(tmpDir(), "unsc-speeches"));

  it("finds the Kosovo meetings by topic or agenda (topic may be missing)", () => {
    const m = readMeetings(path.join(dir, "meetings.tsv"));
    assert.equal(m.get("SC05839-01")?.symbol, "S/PV.5839");
    assert.equal(m.get("SC07183-01")?.kosovo, true); // topic NA, agenda names resolution 1244 (1999)
    assert.equal(m.get("SC06050-01")?.kosovo, false);
    assert.equal(m.get("SC06025-01")?.date, "2008-11-26");
  });

  it("keeps China's speeches at Kosovo meetings only, in the file's order", () => {
    const r = report();
    const got = [...readUnscSpeeches(dir, { kosovoMeetings: true, chinaOnly: true, years: [2008, 2024] }, r)];
    assert.deepEqual(
      got.map((s) => [s.rowId, s.symbol, s.date, s.country, s.presiding]),
      [
        ["SC05839-01-003", "S/PV.5839", "2008-02-18", "CHN", false],
        ["SC06025-01-002", "S/PV.6025", "2008-11-26", "CHN", false],
        ["SC06025-01-009", "S/PV.6025", "2008-11-26", "CHN", false],
        ["SC07183-01-005", "S/PV.7183", "2014-05-27", "CHN", false],
        ["SC07940-01-004", "S/PV.7940", "2017-05-16", "CHN", false], // affiliation NA, COW 710.0
        ["SC08254-01-001", "S/PV.8254", "2018-05-14", "CHN", true],
        ["SC08254-01-006", "S/PV.8254", "2018-05-14", "CHN", true],
        ["SC09990-01-003", "S/PV.9990", "2019-07-01", "CHN", false],
        ["SC09019-01-005", "S/PV.9019", "2022-04-20", "CHN", false],
      ],
    );
    assert.equal(r.rows, 32);
    assert.equal(r.kept, 9);
    // the speech field with quotes, a tab and a line end inside comes back whole
    assert.equal(got[0].body, WORDS.china1);
    assert.equal(got[0].source, WORDS.china1);
  });

  it("leaves out a China speech that names Kosovo at a meeting on another item", () => {
    const all = [...readUnscSpeeches(dir, { kosovoMeetings: false, chinaOnly: true, years: [2008, 2024] }, report())];
    const other = all.find((s) => s.symbol === "S/PV.6050");
    assert.ok(other && !other.kosovoMeeting, "read with kosovoMeetings: false, flagged as not a Kosovo meeting");
    const kosovo = [...readUnscSpeeches(dir, { kosovoMeetings: true, chinaOnly: true, years: [2008, 2024] }, report())];
    assert.equal(kosovo.filter((s) => s.symbol === "S/PV.6050").length, 0);
  });

  it("reads every speaker at the Kosovo meetings for the unsc-kosovo card", () => {
    const all = [...readUnscSpeeches(dir, { kosovoMeetings: true, chinaOnly: false, years: [2008, 2024] }, report())];
    const at5839 = all.filter((s) => s.symbol === "S/PV.5839").map((s) => s.country);
    assert.deepEqual(at5839, ["BEL", "CHN", "RUS", "USA", "SRB", "XKX"]);
  });

  it("names the file, the line and what it expected when a file is not what it claims", () => {
    const bad = tmpDir();
    fs.writeFileSync(path.join(bad, "meetings.tsv"), `${MEETINGS_COLUMNS.join("\t")}\n`);
    fs.writeFileSync(path.join(bad, "speeches.tsv"), `${SPEECHES_COLUMNS.filter((c) => c !== "speech").join("\t")}\n`);
    assert.throws(
      () => [...readUnscSpeeches(bad, { kosovoMeetings: true, chinaOnly: true, years: [2008, 2024] }, report())],
      (e: unknown) =>
        e instanceof InputError &&
        /speeches\.tsv$/.test(e.file) &&
        e.line === 1 &&
        /the column speech;/.test(e.message),
    );
    fs.rmSync(path.join(bad, "meetings.tsv"));
    assert.throws(
      () => [...readUnscSpeeches(bad, { kosovoMeetings: true, chinaOnly: true, years: [2008, 2024] }, report())],
      (e: unknown) => e instanceof InputError && /expected meetings\.tsv or meetings\.tab/.test(e.message),
    );
  });
});
