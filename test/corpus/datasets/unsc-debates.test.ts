import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { InputError } from "../../../lib/core";
import type { CouncilReadReport, CouncilSelection } from "../../../lib/corpus/datasets/council";
import { meetingBasename, readUnscDebates, symbolFromFileName } from "../../../lib/corpus/datasets/unsc-debates";
import { WORDS, tmpDir, writeUnscDebates } from "./fixtures";

const report = (): CouncilReadReport => ({ files: [], version: "", rows: 0, kept: 0, joinedRows: 0, notes: [] });
const CHINA_KOSOVO: CouncilSelection = { kosovoMeetings: true, chinaOnly: true, years: [2008, 2024] };

describe("datasets/unsc-debates", () => {
  const v61 = writeUnscDebates(path.join(tmpDir(), "v61"));
  const v5 = writeUnscDebates(path.join(tmpDir(), "v5"), { version: "5" });
  const folder = writeUnscDebates(path.join(tmpDir(), "folder"), { folder: true });

  it("reads symbols from file names, letters of 2020 included", () => {
    assert.equal(symbolFromFileName("UNSC_2014_SPV.7155_spch007.txt"), "S/PV.7155");
    assert.equal(symbolFromFileName("UNSC_2020_SPV.2020_791_spch005.txt"), "S/2020/791");
    assert.equal(symbolFromFileName("UNSC_2005_SPV.5225Resumption1_spch0012.txt"), "S/PV.5225");
    assert.equal(meetingBasename("UNSC_2008_SPV.5839_spch0003.txt"), "UNSC_2008_SPV.5839");
  });

  it("keeps China's speeches at Kosovo meetings, CRLF texts without their form of address", () => {
    const r = report();
    const got = [...readUnscDebates(v61, CHINA_KOSOVO, r)];
    assert.deepEqual(
      got.map((s) => [s.rowId, s.symbol, s.date, s.presiding]),
      [
        ["UNSC_2008_SPV.5839_spch0003", "S/PV.5839", "2008-02-18", false],
        ["UNSC_2018_SPV.8254_spch0006", "S/PV.8254", "2018-05-14", true],
        ["UNSC_2020_SPV.2020_1040_spch0005", "S/2020/1040", "2020-10-21", false],
      ],
    );
    assert.equal(got[0].body, WORDS.china1); // "\r\n" → "\n", "Mr. … (China) (spoke in Chinese):" removed
    assert.match(got[0].source, /^Mr\. Wen Example \(China\) \(spoke in Chinese\): /);
    assert.equal(r.version, "6.1");
  });

  it("joins the split rows of S/PV.5225 so that the rows after them are read right", () => {
    const r = report();
    const all = [...readUnscDebates(v61, { kosovoMeetings: false, chinaOnly: false, years: [2005, 2024] }, r)];
    assert.equal(r.rows, 7); // 8 physical data lines in speaker.tsv, two of them halves of split rows
    assert.equal(r.joinedRows, 2);
    assert.equal(all.length, 7);
    assert.ok(all.some((s) => s.speaker === "Mr. O''Neill Example")); // doubled apostrophes read as they are
  });

  it("reads an older version: 3-digit speech numbers, country for country_org, ISO dates", () => {
    const r = report();
    const got = [...readUnscDebates(v5, CHINA_KOSOVO, r)];
    assert.deepEqual(
      got.map((s) => s.rowId),
      ["UNSC_2008_SPV.5839_spch003", "UNSC_2018_SPV.8254_spch006", "UNSC_2020_SPV.2020_1040_spch005"],
    );
    assert.equal(r.version, "5");
  });

  it("reads an extracted speeches/ folder exactly as the tar", () => {
    const fromTar = [...readUnscDebates(v61, CHINA_KOSOVO, report())].map((s) => [s.rowId, s.body]);
    const fromFolder = [...readUnscDebates(folder, CHINA_KOSOVO, report())].map((s) => [s.rowId, s.body]);
    assert.deepEqual(fromFolder, fromTar);
  });

  it("says which file is missing, and notes rows without a speech file", () => {
    const dir = tmpDir();
    fs.copyFileSync(path.join(v61, "meta.tsv"), path.join(dir, "meta.tsv"));
    fs.copyFileSync(path.join(v61, "speaker.tsv"), path.join(dir, "speaker.tab")); // Dataverse's .tab name
    assert.throws(
      () => [...readUnscDebates(dir, CHINA_KOSOVO, report())],
      (e: unknown) => e instanceof InputError && /expected speeches\.tar or speeches\//.test(e.message),
    );
    fs.mkdirSync(path.join(dir, "speeches"));
    const r = report();
    assert.equal([...readUnscDebates(dir, CHINA_KOSOVO, r)].length, 0);
    assert.match(r.notes[0], /^3 speech\(es\) listed in .*speaker\.tab have no file in/);
  });
});
