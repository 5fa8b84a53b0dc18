import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as tar from "tar";
import * as XLSX from "xlsx";
import { spawnSync } from "child_process";
import {
  addTextToFolder,
  cardWithFolder,
  categoryRows,
  clearMemo,
  countryRows,
  perYearRows,
  speakerRows,
  formatTextFile,
  isIsoDate,
  listCards,
  loadCard,
  loadCorpus,
  loadTexts,
  loadUnits,
  parseCard,
  parseTextFile,
  readSpeakers,
  readTextFolder,
  readUngdcArchive,
  ROC_COUNTRY_NAME,
  scratchCopy,
  themeChanges,
  unitsOf,
} from "../lib/corpus";
import { InputError, ValidationError } from "../lib/core";
import { projectRoot } from "../lib/core";
import { kosovoPassage } from "../lib/units";

// Every text below is invented for these tests.

const FIX = path.join(projectRoot(), "test", "fixtures", "corpus");

function tmpDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `corpus-test-${prefix}-`));
}

function writeTree(root: string, files: Record<string, string | Buffer>): string[] {
  for (const [p, content] of Object.entries(files)) {
    fs.mkdirSync(path.join(root, path.dirname(p)), { recursive: true });
    fs.writeFileSync(path.join(root, p), content);
  }
  return Object.keys(files).sort();
}

/** Builds a small archive in the real layout (gzip unless `gzip: false`). */
function makeArchive(files: Record<string, string | Buffer>, opts: { gzip?: boolean; name?: string } = {}): string {
  const dir = tmpDir("tree");
  const paths = writeTree(dir, files);
  const out = path.join(tmpDir("arch"), opts.name ?? (opts.gzip === false ? "archive.tar" : "UNGDC_1946-2024.tgz"));
  tar.c({ file: out, cwd: dir, gzip: opts.gzip !== false, sync: true, portable: true }, paths);
  return out;
}

function makeSpeakers(file: string): void {
  const rows = [
    ["Year", "Session", "ISO Code", "Country", "Name of Person Speaking", "Post"],
    [2008, 63, "AAA", "Aland Example ", " Ada Able ", "Minister for Foreign Affairs"],
    [2008, 63, "BBB", "Bexample", "Bo Baker", null],
    [2009, 64, "AAA", "Aland Example", "Ada Able", "Minister for Foreign Affairs "],
    [1971, 26, "CHN", "China", "Mr. Example", null],
    [1972, 27, "CHN", "China", "Mr. Sample", null],
    [2011, 66, "EC", "European Council", "An Officer", "President"],
    [1950, 5, "AAA", "Old Aland", "X", null],
    [1951, 6, "AAA", "Old Aland", "X", null],
    [1952, 7, "AAA", "Old Aland", "X", null],
  ];
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), "Sheet1");
  fs.writeFileSync(file, XLSX.write(wb, { type: "buffer", bookType: "xlsx" }));
}

const SPEECHES: Record<string, string> = {
  "TXT/Session 63 - 2008/AAA_63_2008.txt":
    "We open the debate.\nOur trade grew. The question of\nKosovo’s status matters to us. We\nsupport talks. Climate is next.\n Finally we thank you.\n",
  "TXT/Session 63 - 2008/BBB_63_2008.txt": "A skilled workforce and the Taskforce matter. Nothing else.\n",
  "TXT/Session 64 - 2009/AAA_64_2009.txt": "\uFEFFWe return.\r\nEULEX has a role.\r\nWe end here.\r\n",
  "TXT/Session 26 - 1971/CHN_26_1971.txt": "An invented speech of the earlier delegation.\n",
  "TXT/Session 27 - 1972/CHN_27_1972.txt": "An invented speech of the later delegation.\n",
  "TXT/Session 66 - 2011/EU_66_2011.txt": "An invented speech of a union.\n",
};
const JUNK: Record<string, string> = {
  "TXT/.DS_Store": "junk",
  "TXT/Session 63 - 2008/.Rhistory": "junk",
  "__MACOSX/TXT/._AAA_63_2008.txt": "junk",
};

describe("corpus: cards", () => {
  it("lists the three cards of the project", () => {
    const cards = listCards();
    for (const c of ["china-kosovo", "china-ungdc", "ungdc-kosovo"]) assert.ok(cards.includes(c), c);
  });

  it("reads ungdc-kosovo: years 2008–2024, Kosovo passage, the study's three periods", () => {
    const c = loadCard("ungdc-kosovo");
    assert.equal(c.name, "ungdc-kosovo");
    assert.equal(c.source.kind, "ungdc");
    assert.equal(c.source.env, "UNGDC_DIR");
    assert.equal(c.source.path, "../shared/corpora/ungdc");
    assert.equal(c.unit, "kosovo-passage");
    assert.deepEqual(c.filters.years, [2008, 2024]);
    assert.deepEqual(c.categories, ["general-debate"]);
    assert.deepEqual(c.periods, [
      { label: "2008–2011", from: 2008, to: 2011 },
      { label: "2012–2020", from: 2012, to: 2020 },
      { label: "2021–2024", from: 2021, to: 2024 },
    ]);
  });

  it("reads china-ungdc (PRC, whole speeches) and china-kosovo (folder, slots)", () => {
    const a = loadCard("china-ungdc");
    assert.deepEqual(a.filters.countries, ["CHN"]);
    assert.equal(a.filters.excludeRoc, true);
    assert.deepEqual(a.filters.years, [1971, 2024]);
    assert.equal(a.unit, "whole");
    const b = loadCard("china-kosovo");
    assert.equal(b.source.kind, "folder");
    assert.equal(b.source.path, "texts/china-kosovo");
    assert.equal(b.source.env, "CHINA_KOSOVO_TEXTS");
    assert.deepEqual(b.categories, ["mfa", "unsc", "leader"]);
    assert.equal(b.slots, "data/corpora/china-kosovo.slots.csv");
  });

  it("refuses an unknown card, naming the file and the cards there are", () => {
    assert.throws(
      () => loadCard("no-such-card"),
      (e: Error) => e instanceof InputError && /no-such-card\.yaml/.test(e.message) && /ungdc-kosovo/.test(e.message),
    );
  });

  it("reports every problem of a bad card together, with file and line", () => {
    assert.throws(
      () => loadCard(path.join(FIX, "cards", "bad.yaml")),
      (e: Error) => {
        assert.ok(e instanceof ValidationError);
        const m = e.message;
        assert.match(m, /bad\.yaml: missing field "title"/);
        assert.match(m, /bad\.yaml:4: source kind "zip" is not known/);
        assert.match(m, /bad\.yaml:6: `categories` must be a non-empty list/);
        assert.match(m, /bad\.yaml:7: unit "paragraph" is not known/);
        assert.match(m, /bad\.yaml:9: `filters.years` must be \[from, to\]/);
        assert.equal(e.problems.length, 5);
        return true;
      },
    );
  });

  it("reports YAML syntax errors with the line", () => {
    assert.throws(
      () => parseCard("name: x\ntitle: [unclosed\n", "x.yaml"),
      (e: Error) => e instanceof ValidationError && /x\.yaml:\d+: YAML error/.test(e.message),
    );
  });
});

describe("corpus: speakers workbook", () => {
  it("trims names and leaves a missing post empty", () => {
    const f = path.join(tmpDir("xlsx"), "Speakers_by_session.xlsx");
    makeSpeakers(f);
    const rows = readSpeakers(f);
    assert.equal(rows.length, 9);
    assert.deepEqual(rows[0], {
      year: 2008,
      session: 63,
      iso: "AAA",
      country: "Aland Example",
      speaker: "Ada Able",
      post: "Minister for Foreign Affairs",
    });
    assert.equal(rows[1].post, "");
  });

  it("names the file when the workbook is missing", () => {
    assert.throws(
      () => readSpeakers("/nowhere/Speakers_by_session.xlsx"),
      (e: Error) => e instanceof InputError && /\/nowhere\/Speakers_by_session\.xlsx/.test(e.message),
    );
  });
});

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

describe("corpus: loadCorpus, loadTexts, loadUnits, cache", () => {
  let dir: string;
  let cache: string;
  const saved = process.env.WORKBOOK_CACHE;
  before(() => {
    const tgz = makeArchive({ ...SPEECHES, ...JUNK });
    dir = path.dirname(tgz);
    makeSpeakers(path.join(dir, "Speakers_by_session.xlsx"));
    cache = tmpDir("cache");
    process.env.WORKBOOK_CACHE = cache;
  });
  after(() => {
    if (saved === undefined) delete process.env.WORKBOOK_CACHE;
    else process.env.WORKBOOK_CACHE = saved;
    clearMemo();
  });

  const card = (unit: string, years: string) =>
    parseCard(
      `name: t-${unit}\ntitle: T\nsource: { kind: ungdc, path: ${JSON.stringify(dir)} }\ncategories: [general-debate]\nunit: ${unit}\nfilters: { years: ${years} }\n`,
      "t.yaml",
    );

  it("keeps only speeches naming an anchor term in a Kosovo-passage card, and cuts their passages", () => {
    clearMemo();
    const c = card("kosovo-passage", "[2008, 2024]");
    const loaded = loadCorpus(c);
    assert.deepEqual(
      loaded.texts.map((t) => t.id),
      ["AAA_63_2008", "AAA_64_2009"],
    );
    assert.deepEqual(loaded.report.speechesPerYear, { "2008": 2, "2009": 1, "2011": 1 });
    assert.equal(loaded.report.from, "archive");
    assert.match(loaded.report.notes.join(" "), /2 of 4 speeches of 2008–2024 name an anchor term/);
    assert.match(loaded.report.notes.join(" "), /3 junk entries/);
    const units = loadUnits(c);
    assert.deepEqual(
      units.map((u) => u.id),
      ["AAA_63_2008", "AAA_64_2009"],
    );
    // sentence 2 names Kosovo: sentences 1–3 form the passage
    assert.equal(units[0].body, "Our trade grew. The question of\nKosovo’s status matters to us. We\nsupport talks.");
    assert.equal(units[1].body, "We return.\nEULEX has a role.\nWe end here.");
  });

  it("writes a cache and reads it on the next call; the year range can be overridden", () => {
    clearMemo();
    const c = card("whole", "[2008, 2024]");
    const first = loadCorpus(c);
    assert.equal(first.report.from, "archive");
    assert.equal(
      fs.readdirSync(path.join(cache, "corpus")).filter((f) => f.startsWith("t-whole-2008-2024-")).length,
      1,
    );
    assert.equal(loadCorpus(c).report.from, "memo");
    clearMemo();
    const again = loadCorpus(c);
    assert.equal(again.report.from, "cache");
    assert.deepEqual(again.texts, first.texts);
    const early = loadTexts(c, { years: [1971, 1972] });
    assert.deepEqual(
      early.map((t) => t.id),
      ["CHN_26_1971", "CHN_27_1972"],
    );
    assert.equal(unitsOf(c, early).length, 2);
  });
});

const GOOD_FILE =
  "---\nid: mfa-2010-07-22\ndate: 2010-07-22\ncategory: mfa\nspeaker: A Person\nvenue: A venue\nsource: https://example.org/x\n---\n\nInvented body. Two sentences.\n";

describe("corpus: text files (front matter)", () => {
  it("parses a good file", () => {
    const t = parseTextFile("x.txt", GOOD_FILE, ["mfa"]);
    assert.equal(t.id, "mfa-2010-07-22");
    assert.equal(t.date, "2010-07-22");
    assert.equal(t.year, 2010);
    assert.equal(t.body, "Invented body. Two sentences.");
    assert.equal(t.words, 4);
    assert.equal(t.post, "");
  });

  it("round-trips through formatTextFile", () => {
    const t = parseTextFile("x.txt", GOOD_FILE);
    const again = parseTextFile("y.txt", formatTextFile({ ...t, post: "Spokesperson: deputy", speaker: "" }));
    assert.deepEqual(again, { ...t, post: "Spokesperson: deputy", speaker: "" });
  });

  it("normalises BOM, CRLF and lone CR", () => {
    const t = parseTextFile(
      "x.txt",
      "\uFEFF" + GOOD_FILE.replace(/\n/g, "\r\n").replace("Two sentences.", "Two\rsentences."),
    );
    assert.equal(t.body, "Invented body. Two\nsentences.");
  });

  it("checks dates", () => {
    assert.equal(isIsoDate("2024-02-29"), true);
    assert.equal(isIsoDate("2023-02-29"), false);
    assert.equal(isIsoDate("2023-02-30"), false);
    assert.equal(isIsoDate("23/05/2023"), false);
  });

  const bad: Array<[string, string | Buffer, RegExp]> = [
    [
      "impossible date",
      GOOD_FILE.replace("2010-07-22\ncat", "2023-02-30\ncat"),
      /bad\.txt:3: invalid date "2023-02-30" — write a real date as YYYY-MM-DD/,
    ],
    [
      "day/month/year date",
      GOOD_FILE.replace("2010-07-22\ncat", "23/05/2023\ncat"),
      /bad\.txt:3: invalid date "23\/05\/2023"/,
    ],
    ["missing date", GOOD_FILE.replace("date: 2010-07-22\n", ""), /bad\.txt:\d+: missing front-matter field "date"/],
    [
      "category not in the card",
      GOOD_FILE.replace("category: mfa", "category: blog"),
      /bad\.txt:4: category "blog" is not one of the card's categories — use one of: mfa, unsc, leader/,
    ],
    ["empty body", GOOD_FILE.replace("Invented body. Two sentences.\n", "  \n"), /bad\.txt:\d+: empty body/],
    [
      "non-UTF-8 bytes",
      Buffer.concat([Buffer.from(GOOD_FILE), Buffer.from([0xe9, 0x0a])]),
      /bad\.txt:11: not valid UTF-8/,
    ],
    [
      "missing fields",
      "---\nid: x\ndate: 2010-01-01\n---\nBody.\n",
      /missing front-matter field "category"[\s\S]*missing front-matter field "speaker"[\s\S]*missing front-matter field "venue"[\s\S]*missing front-matter field "source"/,
    ],
    ["no closing line", "---\nid: x\ndate: 2010-01-01\nBody.\n", /bad\.txt:1: front matter has no closing `---` line/],
    ["no front matter", "Just a body.\n", /bad\.txt:1: no front matter/],
    [
      "unknown field",
      GOOD_FILE.replace("venue:", "place: here\nvenue:"),
      /bad\.txt:6: unknown front-matter field "place"/,
    ],
  ];
  for (const [what, content, re] of bad) {
    it(`refuses a file with ${what}, naming the file`, () => {
      assert.throws(
        () => parseTextFile("bad.txt", content, ["mfa", "unsc", "leader"]),
        (e: Error) => e instanceof ValidationError && re.test(e.message),
      );
    });
  }
});

describe("corpus: folder corpora", () => {
  it("reads a folder, sorted by date", () => {
    const texts = readTextFolder(path.join(FIX, "folder-good"), ["mfa", "unsc", "leader"]);
    assert.deepEqual(
      texts.map((t) => t.id),
      ["unsc-2009-03-23", "mfa-2010-07-22"],
    );
    assert.equal(texts[0].speaker, "");
    assert.equal(texts[0].countryName, "China");
  });

  it("loads a folder card, with whole-text units", () => {
    const c = loadCard(path.join(FIX, "cards", "test-folder.yaml"));
    const units = loadUnits(c);
    assert.deepEqual(
      units.map((u) => u.id),
      ["unsc-2009-03-23", "mfa-2010-07-22"],
    );
    assert.equal(loadTexts(c, { years: [2010, 2010] }).length, 1);
  });

  it("reports the problems of every file together, duplicates included", () => {
    const dir = tmpDir("folder");
    writeTree(dir, {
      "a.txt": GOOD_FILE,
      "b.txt": GOOD_FILE,
      "c.txt": GOOD_FILE.replace("mfa-2010-07-22", "c").replace("category: mfa", "category: blog"),
      "d.txt": "---\nid: d\n",
      "notes.md": "not a text",
    });
    assert.throws(
      () => readTextFolder(dir, ["mfa"]),
      (e: Error) => {
        assert.ok(e instanceof ValidationError);
        assert.equal(e.problems.length, 3);
        assert.match(e.message, /b\.txt:2: duplicate id "mfa-2010-07-22" \(also in .*a\.txt\)/);
        assert.match(e.message, /c\.txt:4: category "blog"/);
        assert.match(e.message, /d\.txt:1: front matter has no closing/);
        return true;
      },
    );
  });

  it("gives zero texts and says how to fill an empty china-kosovo folder", () => {
    const saved = process.env.CHINA_KOSOVO_TEXTS;
    process.env.CHINA_KOSOVO_TEXTS = tmpDir("empty");
    try {
      const loaded = loadCorpus("china-kosovo");
      assert.equal(loaded.texts.length, 0);
      const note = loaded.report.notes.join(" ");
      assert.match(note, /is empty/);
      assert.match(note, /npm run fetch -- --corpus china-kosovo/);
      assert.match(note, /npm run add-text/);
      assert.deepEqual(loadUnits("china-kosovo"), []);
    } finally {
      if (saved === undefined) delete process.env.CHINA_KOSOVO_TEXTS;
      else process.env.CHINA_KOSOVO_TEXTS = saved;
    }
  });
});

describe("corpus: the real General Debate archive", function () {
  this.timeout(300000);
  const dir = process.env.UNGDC_DIR || path.join(projectRoot(), "..", "shared", "corpora", "ungdc");
  const tgz = path.join(dir, "UNGDC_1946-2024.tgz");
  const xlsx = path.join(dir, "Speakers_by_session.xlsx");

  // The README says 10,953 speeches: that counts TXT/Session 47 - 1992/.DS_Store-to-UTF-8.txt, a renamed
  // binary .DS_Store, as a speech. The archive holds 10,952 speech files (ISO_NN_YYYY.txt) and 9 junk entries.
  it("has 10,952 speeches (+1 junk .txt); 99 of 2008–2024 have a Kosovo passage (README); 9 junk entries; 25 ROC speeches", function () {
    if (!fs.existsSync(tgz)) {
      console.log(
        `      skipped: no archive at ${tgz} — download UNGDC_1946-2024.tgz from doi:10.7910/DVN/0TJX8Y or set UNGDC_DIR`,
      );
      this.skip();
    }
    const { texts, report } = readUngdcArchive(tgz, {
      years: [2008, 2024],
      speakers: fs.existsSync(xlsx) ? readSpeakers(xlsx) : undefined,
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
  });
});

describe("corpus: adding a text (addTextToFolder, npm run add-text)", () => {
  const fields = {
    date: "2010-07-22",
    category: "mfa",
    speaker: "A Person",
    venue: "An invented venue",
    source: "https://example.org/x",
  };

  it("writes <category>-<date>.txt, then -b for a second text of the same day", () => {
    const dir = tmpDir("add");
    const card = loadCard("china-kosovo");
    const a = addTextToFolder(card, "An invented first text.\n", fields, { dir });
    assert.equal(a.text.id, "mfa-2010-07-22");
    assert.equal(path.basename(a.file), "mfa-2010-07-22.txt");
    const b = addTextToFolder(card, "An invented second text.", fields, { dir });
    assert.equal(b.text.id, "mfa-2010-07-22-b");
    assert.deepEqual(
      readTextFolder(dir, card.categories).map((t) => t.id),
      ["mfa-2010-07-22", "mfa-2010-07-22-b"],
    );
    assert.equal(
      fs.readFileSync(a.file, "utf8"),
      "---\nid: mfa-2010-07-22\ndate: 2010-07-22\ncategory: mfa\nspeaker: A Person\nvenue: An invented venue\nsource: https://example.org/x\n---\n\nAn invented first text.\n",
    );
  });

  it("refuses a duplicate text, a taken id and bad metadata, listing every problem", () => {
    const dir = tmpDir("add-bad");
    const card = loadCard("china-kosovo");
    addTextToFolder(card, "An invented text.", fields, { dir });
    assert.throws(
      () =>
        addTextToFolder(
          card,
          "An invented text.",
          { ...fields, date: "2023-02-30", category: "blog", id: "mfa-2010-07-22" },
          { dir, what: "x.txt" },
        ),
      (e: Error) => {
        assert.ok(e instanceof ValidationError);
        assert.match(e.message, /x\.txt: invalid date "2023-02-30"/);
        assert.match(e.message, /x\.txt: category "blog"/);
        assert.match(e.message, /x\.txt: id "mfa-2010-07-22" is already in/);
        assert.match(e.message, /x\.txt: this text is already in the corpus as "mfa-2010-07-22"/);
        return true;
      },
    );
    assert.throws(() => addTextToFolder(card, "  \n", fields, { dir, what: "y.txt" }), /y\.txt: empty body/);
    assert.throws(() => addTextToFolder(loadCard("ungdc-kosovo"), "Text.", fields, { dir }), /not a folder/);
    assert.equal(fs.readdirSync(dir).length, 1);
  });

  it("the script adds a text from standard input, and exits 1 on bad metadata", function () {
    this.timeout(60000);
    const dir = tmpDir("add-cli");
    const run = (args: string[], input: string) =>
      spawnSync(process.execPath, ["--import", "tsx", path.join(projectRoot(), "scripts", "add-text.ts"), ...args], {
        cwd: projectRoot(),
        input,
        encoding: "utf8",
      });
    const base = [
      "--corpus",
      "china-kosovo",
      "--file",
      "-",
      "--dir",
      dir,
      "--category",
      "unsc",
      "--speaker",
      "",
      "--venue",
      "An invented meeting",
      "--source",
      "S/PV.0000",
    ];
    const ok = run([...base, "--date", "2009-03-23"], "An invented statement. It names UNMIK.\n");
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, /added .*unsc-2009-03-23\.txt/);
    const bad = run([...base, "--date", "23/03/2009"], "Another invented statement.\n");
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /standard input: invalid date "23\/03\/2009"/);
    assert.deepEqual(fs.readdirSync(dir), ["unsc-2009-03-23.txt"]);
  });
});

describe("corpus: summaries", () => {
  const t = (id: string, year: number, country: string, words: number, speaker = "", category = "general-debate") => ({
    id,
    date: null,
    year,
    category,
    speaker,
    post: "",
    country,
    countryName: `Name of ${country}`,
    venue: "",
    source: "",
    body: "",
    words,
  });
  const texts = [t("A1", 2008, "AAA", 100, "Ada"), t("B1", 2008, "BBB", 50), t("A2", 2010, "AAA", 30, "Ada")];

  it("counts texts, words, speeches and shares per year, zeros included", () => {
    assert.deepEqual(
      perYearRows(texts, { years: [2008, 2010], speechesPerYear: { "2008": 4, "2009": 2, "2010": 3 } }),
      [
        { year: 2008, texts: 2, words: 150, speeches: 4, share: 0.5 },
        { year: 2009, texts: 0, words: 0, speeches: 2, share: 0 },
        { year: 2010, texts: 1, words: 30, speeches: 3, share: 0.3333 },
      ],
    );
  });

  it("ranks countries and speakers", () => {
    assert.deepEqual(countryRows(texts), [
      { key: "AAA", name: "Name of AAA", texts: 2, words: 130, years: "2008–2010" },
      { key: "BBB", name: "Name of BBB", texts: 1, words: 50, years: "2008" },
    ]);
    assert.deepEqual(speakerRows(texts, 1), [{ key: "Ada (AAA)", name: "", texts: 2, words: 130, years: "2008–2010" }]);
    const spelled = [
      t("x1", 2013, "CHN", 10, "Mr. Wang Yi"),
      t("x2", 2014, "CHN", 10, "Wang Yi"),
      t("x3", 1980, "CHN", 5, "HUANG Hua"),
      t("x4", 1981, "CHN", 5, "Huang Hua"),
    ];
    assert.deepEqual(
      speakerRows(spelled).map((r) => [r.key, r.texts]),
      [
        ["Wang Yi (CHN)", 2],
        ["Huang Hua (CHN)", 2],
      ],
    );
  });

  it("counts categories in the card's order", () => {
    const card = loadCard("china-kosovo");
    assert.deepEqual(
      categoryRows(card, [t("m", 2010, "CHN", 10, "", "unsc")]).map((r) => [r.key, r.texts]),
      [
        ["mfa", 0],
        ["unsc", 1],
        ["leader", 0],
      ],
    );
  });
});

describe("corpus: scratch copies and theme changes", () => {
  it("copies a folder corpus to a scratch folder and reads from it", () => {
    const card = loadCard(path.join(FIX, "cards", "test-folder.yaml"));
    const scratch = scratchCopy(card);
    assert.deepEqual(fs.readdirSync(scratch).sort(), ["mfa-2010-07-22.txt", "unsc-2009-03-23.txt"]);
    const c2 = cardWithFolder(card, scratch);
    addTextToFolder(c2, "An invented third text.", {
      date: "2011-01-02",
      category: "leader",
      speaker: "",
      venue: "V",
      source: "S",
    });
    assert.equal(loadTexts(c2).length, 3);
    assert.equal(loadTexts(card).length, 2); // the original folder is untouched
    assert.throws(() => cardWithFolder(loadCard("ungdc-kosovo"), scratch), /not a folder corpus/);
  });

  it("puts theme counts side by side", () => {
    assert.deepEqual(
      themeChanges(
        [
          { theme: "dialogue", units: 1, present: 1, mentions: 2 },
          { theme: "gone", units: 1, present: 1, mentions: null },
        ],
        [{ theme: "dialogue", units: 2, present: 2, mentions: 3 }],
      ),
      [
        {
          theme: "dialogue",
          unitsBefore: 1,
          unitsAfter: 2,
          presentBefore: 1,
          presentAfter: 2,
          mentionsBefore: 2,
          mentionsAfter: 3,
        },
        {
          theme: "gone",
          unitsBefore: 1,
          unitsAfter: 0,
          presentBefore: 1,
          presentAfter: 0,
          mentionsBefore: 0,
          mentionsAfter: 0,
        },
      ],
    );
  });
});
