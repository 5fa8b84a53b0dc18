/**
 * A card read from the embedded subset gives the same texts and report as read from the full archive
 * (the small invented archive of subset-helpers.ts), says which it read, and refuses what the subset
 * does not hold.
 */
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { InputError } from "../../lib/core";
import { archiveLine, buildSubset, clearMemo, loadCorpus } from "../../lib/corpus";
import type { CorpusCard, LoadedCorpus } from "../../lib/corpus";
import { tmpDir } from "./helpers";
import { emptyDir, makeFullArchiveDir, TEST_SELECTION, ungdcCard } from "./subset-helpers";

describe("corpus: reading the embedded subset", () => {
  let full: string;
  let subset: string;
  const saved = process.env.WORKBOOK_CACHE;
  before(() => {
    full = makeFullArchiveDir();
    subset = tmpDir("subset");
    buildSubset({
      archive: path.join(full, "UNGDC_1946-2024.tgz"),
      speakers: path.join(full, "Speakers_by_session.xlsx"),
      outDir: subset,
      selection: TEST_SELECTION,
    });
    process.env.WORKBOOK_CACHE = tmpDir("cache");
  });
  after(() => {
    if (saved === undefined) delete process.env.WORKBOOK_CACHE;
    else process.env.WORKBOOK_CACHE = saved;
    clearMemo();
  });

  /** The card read on the full archive, then with no full archive (so on the subset). */
  const both = (opts: Parameters<typeof ungdcCard>[3], years?: [number, number]): [LoadedCorpus, LoadedCorpus] => {
    clearMemo();
    const onFull = loadCorpus(ungdcCard("t", full, subset, opts), { years });
    clearMemo();
    const onSubset = loadCorpus(ungdcCard("t", emptyDir(), subset, opts), { years });
    return [onFull, onSubset];
  };
  const sameLoad = ([a, b]: [LoadedCorpus, LoadedCorpus]) => {
    assert.deepEqual(b.texts, a.texts);
    assert.deepEqual({ ...b.report, archive: null }, { ...a.report, archive: null });
  };

  it("a Kosovo-passage card: the same texts and report (whole-archive counts from the manifest)", () => {
    const [a, b] = both({ unit: "kosovo-passage", years: "[2008, 2024]" });
    sameLoad([a, b]);
    assert.deepEqual(
      b.texts.map((t) => t.id),
      ["AAA_63_2008", "AAA_64_2009", "CCC_65_2010"],
    );
    // every speech of 2008–2011 counts for the shares, also the four without an anchor term
    assert.deepEqual(b.report.speechesPerYear, { "2008": 2, "2009": 1, "2010": 2, "2011": 1 });
    assert.deepEqual(b.report.noSpeakerRow, ["CCC_65_2010", "DDD_65_2010"]);
    assert.equal(b.report.junk.length, 3);
    assert.match(b.report.notes.join(" "), /3 of 6 speeches of 2008–2024 name an anchor term/);
    assert.equal(b.texts[0].source, "UNGDC_1946-2024.tgz:TXT/Session 63 - 2008/AAA_63_2008.txt");
    assert.equal(b.texts[0].speaker, "Ada Able");
  });

  it("a narrower window inside the anchor years, and a country card the subset holds whole (ROC left out)", () => {
    sameLoad(both({ unit: "kosovo-passage", years: "[2008, 2024]" }, [2009, 2010]));
    const [a, b] = both({ unit: "whole", years: "[1971, 2024]", countries: "[CHN]", excludeRoc: true });
    sameLoad([a, b]);
    assert.deepEqual(
      b.texts.map((t) => t.id),
      ["CHN_27_1972"],
    );
    assert.deepEqual(
      b.report.excluded.map((e) => e.id),
      ["CHN_26_1971"],
    );
    assert.deepEqual(b.report.speechesPerYear, { "1971": 1, "1972": 1 });
  });

  it("says which archive it read", () => {
    const [a, b] = both({ unit: "kosovo-passage", years: "[2008, 2024]" });
    assert.equal(a.report.archive?.kind, "full");
    assert.equal(b.report.archive?.kind, "subset");
    assert.match(
      archiveLine(a.report) ?? "",
      /^General Debate texts read from the full archive \(`.*UNGDC_1946-2024\.tgz`\)\.$/,
    );
    assert.match(
      archiveLine(b.report) ?? "",
      new RegExp(
        "^General Debate texts read from the embedded subset \\(`.*UNGDC_1946-2024-subset\\.tgz`: 5 of the " +
          "archive's 8 speeches: the 3 naming an anchor term in 2008–2024 and every speech of a selected country " +
          "\\(the 2 of CHN\\)\\); .*`npm run get-data`",
      ),
    );
  });

  it("refuses a card that asks for more than the subset holds, naming npm run get-data", () => {
    const refuses = (card: CorpusCard, years?: [number, number]) => {
      clearMemo();
      assert.throws(
        () => loadCorpus(card, { years }),
        (e: Error) =>
          e instanceof InputError &&
          /needs the full General Debate archive/.test(e.message) &&
          /npm run get-data/.test(e.message),
      );
    };
    refuses(ungdcCard("t", emptyDir(), subset, { unit: "whole", years: "[2008, 2024]" })); // every country, whole
    refuses(ungdcCard("t", emptyDir(), subset, { unit: "kosovo-passage", years: "[2000, 2024]" })); // before 2008
    refuses(ungdcCard("t", emptyDir(), subset, { unit: "kosovo-passage", years: "[2008, 2024]", countries: "[AAA]" }));
  });

  it("refuses a subset file that differs from its manifest", () => {
    const copy = tmpDir("subset-edited");
    for (const f of fs.readdirSync(subset)) fs.copyFileSync(path.join(subset, f), path.join(copy, f));
    fs.appendFileSync(path.join(copy, "speakers.csv"), "XXX_65_2010,,,,,,,X\n");
    clearMemo();
    assert.throws(
      () => loadCorpus(ungdcCard("t", emptyDir(), copy, { unit: "kosovo-passage", years: "[2008, 2024]" })),
      (e: Error) => e instanceof InputError && /speakers\.csv: does not match the subset's manifest/.test(e.message),
    );
  });
});
