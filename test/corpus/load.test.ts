import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { ArgumentError } from "../../lib/core";
import { clearMemo, loadCard, loadCorpus, loadTexts, loadUnits, parseCard, unitsOfTexts } from "../../lib/corpus";
import { FIX, JUNK, makeArchive, makeSpeakers, SPEECHES, tmpDir } from "./helpers";

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
      `name: t-${unit}\ntitle: T\nsource: { kind: ungdc, path: ${JSON.stringify(dir)} }\n` +
        `categories: [general-debate]\nunit: ${unit}\nfilters: { years: ${years} }\n`,
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
    assert.equal(unitsOfTexts(c, early).length, 2);
  });
});

describe("corpus: loading folder cards", () => {
  it("loads a folder card, with whole-text units", () => {
    const c = loadCard(path.join(FIX, "cards", "test-folder.yaml"));
    const units = loadUnits(c);
    assert.deepEqual(
      units.map((u) => u.id),
      ["unsc-2009-03-23", "mfa-2010-07-22"],
    );
    assert.equal(loadTexts(c, { years: [2010, 2010] }).length, 1);
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

  it("refuses a year range that is not [from, to] (a bad argument, not the card's fault)", () => {
    const c = loadCard(path.join(FIX, "cards", "test-folder.yaml"));
    assert.throws(
      () => loadCorpus(c, { years: [2024, 2008] }),
      (e: Error) =>
        e instanceof ArgumentError &&
        e.message === 'years: expected [from, to] with from <= to, e.g. [1989, 2024], got "[2024,2008]"',
    );
  });
});
