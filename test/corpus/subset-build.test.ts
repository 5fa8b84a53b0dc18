import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import * as tar from "tar";
import { buildSubset, readManifest, readSubsetSpeakers } from "../../lib/corpus";
import { tmpDir } from "./helpers";
import { makeFullArchiveDir, TEST_SELECTION } from "./subset-helpers";

describe("corpus: building the embedded subset", () => {
  let full: string;
  let out: string;
  before(() => {
    full = makeFullArchiveDir();
    out = tmpDir("subset");
    buildSubset({
      archive: path.join(full, "UNGDC_1946-2024.tgz"),
      speakers: path.join(full, "Speakers_by_session.xlsx"),
      outDir: out,
      selection: TEST_SELECTION,
    });
  });

  it("holds the speeches naming an anchor term in the anchor years and every speech of the chosen countries", () => {
    const entries: string[] = [];
    tar.t({ file: path.join(out, "UNGDC_1946-2024-subset.tgz"), sync: true, onReadEntry: (e) => entries.push(e.path) });
    // AAA_63_2008 names Kosovo, AAA_64_2009 EULEX, CCC_65_2010 Pristina; BBB ("workforce"), DDD and EU name none;
    // both CHN speeches are in whatever they say
    assert.deepEqual(entries, [
      "TXT/",
      "TXT/Session 26 - 1971/",
      "TXT/Session 26 - 1971/CHN_26_1971.txt",
      "TXT/Session 27 - 1972/",
      "TXT/Session 27 - 1972/CHN_27_1972.txt",
      "TXT/Session 63 - 2008/",
      "TXT/Session 63 - 2008/AAA_63_2008.txt",
      "TXT/Session 64 - 2009/",
      "TXT/Session 64 - 2009/AAA_64_2009.txt",
      "TXT/Session 65 - 2010/",
      "TXT/Session 65 - 2010/CCC_65_2010.txt",
    ]);
  });

  it("writes a manifest with the whole archive's facts and every file's SHA-256", () => {
    const m = readManifest(path.join(out, "manifest.json"));
    assert.deepEqual(m.contents, { speeches: 5, anchorSpeeches: 3, countrySpeeches: { CHN: 2 } });
    assert.equal(m.whole.speeches, 8);
    assert.deepEqual(m.whole.speechesPerYear, { "1971": 1, "1972": 1, "2008": 2, "2009": 1, "2010": 2, "2011": 1 });
    assert.deepEqual(m.whole.junk, [
      "TXT/.DS_Store",
      "TXT/Session 63 - 2008/.Rhistory",
      "__MACOSX/TXT/._AAA_63_2008.txt",
    ]);
    assert.deepEqual(m.whole.rocSpeeches, ["CHN_26_1971"]);
    assert.deepEqual(m.whole.noSpeakerRow, ["CCC_65_2010", "DDD_65_2010"]);
    assert.equal(m.source.version, "V13");
    assert.equal(m.source.archive.path, "UNGDC_1946-2024.tgz");
    assert.equal(m.source.archive.bytes, fs.statSync(path.join(full, "UNGDC_1946-2024.tgz")).size);
    assert.match(m.files.archive.sha256, /^[0-9a-f]{64}$/);
    assert.equal(m.files.speakers.path, "speakers.csv");
  });

  it("copies each speech's bytes unchanged (a BOM and CRLF stay as the archive has them)", () => {
    const bytes: Record<string, string> = {};
    tar.t({
      file: path.join(out, "UNGDC_1946-2024-subset.tgz"),
      sync: true,
      onReadEntry: (e) => e.on("data", (c: Buffer) => (bytes[e.path] = (bytes[e.path] ?? "") + c.toString("utf8"))),
    });
    assert.equal(
      bytes["TXT/Session 64 - 2009/AAA_64_2009.txt"],
      "\uFEFFWe return.\r\nEULEX has a role.\r\nWe end here.\r\n",
    );
  });

  it("keeps each speech's workbook row (names trimmed) and shown country name; a speech without a row, none", () => {
    const lines = readSubsetSpeakers(path.join(out, "speakers.csv"));
    assert.deepEqual(
      lines.map((l) => [l.speech, l.row?.speaker ?? null, l.countryShown]),
      [
        ["AAA_63_2008", "Ada Able", "Aland Example"],
        ["AAA_64_2009", "Ada Able", "Aland Example"],
        ["CCC_65_2010", null, "CCC"],
        ["CHN_26_1971", "Mr. Example", "China"],
        ["CHN_27_1972", "Mr. Sample", "China"],
      ],
    );
  });

  it("gives byte-identical files when built again", () => {
    const again = tmpDir("subset-again");
    buildSubset({
      archive: path.join(full, "UNGDC_1946-2024.tgz"),
      speakers: path.join(full, "Speakers_by_session.xlsx"),
      outDir: again,
      selection: TEST_SELECTION,
    });
    for (const f of ["UNGDC_1946-2024-subset.tgz", "speakers.csv", "manifest.json"]) {
      assert.ok(fs.readFileSync(path.join(out, f)).equals(fs.readFileSync(path.join(again, f))), f);
    }
  });
});
