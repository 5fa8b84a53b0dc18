import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import * as tar from "tar";
import { InputError, ValidationError } from "../../lib/core";
import { readSpeakers, readUngdcArchive, ROC_COUNTRY_NAME } from "../../lib/corpus";
import { kosovoPassage } from "../../lib/units";
import { needFullArchive } from "../support/full-archive";
import { JUNK, makeArchive, makeSpeakers, SPEECHES, tmpDir, writeTree } from "./helpers";

describe("corpus: readUngdcArchive", () => {
  let tgz: string;
  let speakersFile: string;
  before(() => {
    tgz = makeArchive({ ...SPEECHES, ...JUNK });
    speakersFile = path.join(path.dirname(tgz), "Speakers_by_session.xlsx");
    makeSpeakers(speakersFile);
  });

  it("reads every speech, skips and counts junk, sorts by year then id", () => {
    const { texts, report } = readUngdcArchive(tgz);
    assert.deepEqual(
      texts.map((t) => t.id),
      ["CHN_26_1971", "CHN_27_1972", "AAA_63_2008", "BBB_63_2008", "AAA_64_2009", "EU_66_2011"],
    );
    assert.equal(report.speeches, 6);
    assert.deepEqual(report.junk, [
      "TXT/.DS_Store",
      "TXT/Session 63 - 2008/.Rhistory",
      "__MACOSX/TXT/._AAA_63_2008.txt",
    ]);
    assert.deepEqual(report.rocSpeeches, ["CHN_26_1971"]);
  });

  it("joins speakers, posts and trimmed country names; sets venue, source and date", () => {
    const speakers = readSpeakers(speakersFile);
    const { texts, report } = readUngdcArchive(tgz, { speakers });
    const a = texts.find((t) => t.id === "AAA_63_2008");
    assert.ok(a);
    assert.equal(a.speaker, "Ada Able");
    assert.equal(a.post, "Minister for Foreign Affairs");
    assert.equal(a.country, "AAA");
    assert.equal(a.countryName, "Aland Example"); // rows within ten years vote: not "Old Aland" of the 1950s
    assert.equal(a.year, 2008);
    assert.equal(a.date, null);
    assert.equal(a.category, "general-debate");
    assert.equal(a.venue, "UN General Assembly, General Debate, session 63");
    assert.equal(a.source, "UNGDC_1946-2024.tgz:TXT/Session 63 - 2008/AAA_63_2008.txt");
    assert.equal(texts.find((t) => t.id === "BBB_63_2008")?.post, "");
    // the workbook calls the EU's 2011 speaker "EC"
    assert.equal(texts.find((t) => t.id === "EU_66_2011")?.speaker, "An Officer");
    assert.equal(texts.find((t) => t.id === "CHN_26_1971")?.countryName, ROC_COUNTRY_NAME);
    assert.equal(texts.find((t) => t.id === "CHN_27_1972")?.countryName, "China");
    assert.deepEqual(report.noSpeakerRow, []);
  });

  it("normalises a BOM and CRLF line ends silently", () => {
    const t = readUngdcArchive(tgz).texts.find((x) => x.id === "AAA_64_2009");
    assert.ok(t);
    assert.equal(t.body, "We return.\nEULEX has a role.\nWe end here.\n");
    assert.equal(t.words, 9);
  });

  it("filters by years and countries, counts speeches per year, and can leave out the ROC delegation", () => {
    const r1 = readUngdcArchive(tgz, { years: [2008, 2008] });
    assert.deepEqual(
      r1.texts.map((t) => t.id),
      ["AAA_63_2008", "BBB_63_2008"],
    );
    assert.deepEqual(r1.report.speechesPerYear, { "2008": 2 });
    const r2 = readUngdcArchive(tgz, { countries: ["CHN"], excludeRoc: true });
    assert.deepEqual(
      r2.texts.map((t) => t.id),
      ["CHN_27_1972"],
    );
    assert.deepEqual(
      r2.report.excluded.map((e) => e.id),
      ["CHN_26_1971"],
    );
    assert.match(r2.report.excluded[0].reason, /Republic of China/);
  });

  it("names the archive path when it is missing", () => {
    assert.throws(
      () => readUngdcArchive("/nowhere/UNGDC_1946-2024.tgz"),
      (e: Error) =>
        e instanceof InputError && /\/nowhere\/UNGDC_1946-2024\.tgz/.test(e.message) && /UNGDC_DIR/.test(e.message),
    );
  });

  it("reports a truncated archive", () => {
    const good = fs.readFileSync(tgz);
    const cut = path.join(tmpDir("cut"), "UNGDC_cut.tgz");
    fs.writeFileSync(cut, good.subarray(0, Math.floor(good.length / 2)));
    assert.throws(
      () => readUngdcArchive(cut),
      (e: Error) =>
        e instanceof ValidationError &&
        e.message.includes("UNGDC_cut.tgz") &&
        /truncated|damaged|unreadable/.test(e.message),
    );
  });

  it("reports a file that is not an archive at all", () => {
    const junk = path.join(tmpDir("junk"), "UNGDC_junk.tgz");
    fs.writeFileSync(junk, "this is not a gzip file, only invented words\n".repeat(50));
    assert.throws(
      () => readUngdcArchive(junk),
      (e: Error) => e instanceof ValidationError && e.message.includes("UNGDC_junk.tgz") && /download/.test(e.message),
    );
  });

  it("reports a file that is not valid UTF-8, with its path in the archive and line", () => {
    const bad = makeArchive({
      "TXT/Session 63 - 2008/AAA_63_2008.txt": Buffer.from([0x4f, 0x6b, 0x0a, 0x42, 0x61, 0x64, 0xff, 0x0a]),
    });
    assert.throws(
      () => readUngdcArchive(bad),
      (e: Error) => e instanceof ValidationError && /AAA_63_2008\.txt:2: not valid UTF-8/.test(e.message),
    );
  });

  it("reports an entry that is not a speech file (and does not drop it silently)", () => {
    const bad = makeArchive({
      "TXT/Session 63 - 2008/notes.txt": "x",
      "TXT/Session 63 - 2008/AAA_63_2008.txt": "Fine.",
    });
    assert.throws(
      () => readUngdcArchive(bad),
      (e: Error) => e instanceof ValidationError && /notes\.txt: not a speech file/.test(e.message),
    );
  });

  it("reports a duplicate id", () => {
    const file = makeArchive({ "TXT/Session 63 - 2008/AAA_63_2008.txt": "First." }, { gzip: false });
    const dir = tmpDir("dup");
    writeTree(dir, { "TXT/Session 63 - 2008/AAA_63_2008.txt": "Second." });
    tar.r({ file, cwd: dir, sync: true }, ["TXT/Session 63 - 2008/AAA_63_2008.txt"]);
    assert.throws(
      () => readUngdcArchive(file),
      (e: Error) =>
        e instanceof ValidationError &&
        /archive\.tar:TXT\/Session 63 - 2008\/AAA_63_2008\.txt: duplicate id AAA_63_2008/.test(e.message),
    );
  });
});

describe("corpus: the real General Debate archive", function () {
  this.timeout(300000);

  // The README says 10,953 speeches: that counts TXT/Session 47 - 1992/.DS_Store-to-UTF-8.txt, a renamed
  // binary .DS_Store, as a speech. The archive holds 10,952 speech files (ISO_NN_YYYY.txt) and 9 junk entries.
  it(
    "has 10,952 speeches (+1 junk .txt); 99 of 2008–2024 have a Kosovo passage (README); " +
      "9 junk entries; 25 ROC speeches",
    function () {
      const { tgz, xlsx } = needFullArchive(this, "the check of the whole archive");
      const { texts, report } = readUngdcArchive(tgz, {
        years: [2008, 2024],
        speakers: xlsx ? readSpeakers(xlsx) : undefined,
      });
      assert.equal(report.speeches, 10952);
      assert.ok(report.junk.includes("TXT/Session 47 - 1992/.DS_Store-to-UTF-8.txt"));
      assert.equal(texts.length, 3288);
      assert.equal(report.junk.length, 9);
      assert.equal(report.rocSpeeches.length, 25); // CHN sessions 1–24 and 26 (there is no CHN file for session 25)
      const passages = texts.map(kosovoPassage).filter((u) => u !== null);
      assert.equal(passages.length, 99);
      const serbia2008 = passages.find((u) => u?.textId === "SRB_63_2008");
      assert.ok(serbia2008, "Serbia's 2008 speech has a Kosovo passage");
    },
  );
});
