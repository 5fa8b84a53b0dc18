/**
 * The subset committed in data/ungdc-subset: its files match its manifest, the manifest's figures are the
 * archive's (README of ../shared/corpora/ungdc: 99 speeches of 2008–2024 name an anchor term), every card reads
 * it, and — when the full archive is there — a rebuild gives the same bytes and every card and window the
 * chapters use gives the same texts and report on both.
 */
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { projectRoot } from "../../lib/core";
import { clearMemo, loadCorpus, openSubset } from "../../lib/corpus";
import type { LoadedCorpus } from "../../lib/corpus";
import { needFullArchive } from "../support/full-archive";
import { runScript } from "../support/run";
import { tmpDir } from "./helpers";

const SUBSET = path.join(projectRoot(), "data", "ungdc-subset");

/** Every card and window the chapters read, with its number of texts. */
const LOADS: Array<{ card: string; years?: [number, number]; texts: number }> = [
  { card: "ungdc-kosovo", texts: 99 }, // 2008–2024: the archive's README
  { card: "ungdc-kosovo", years: [1989, 2024], texts: 433 }, // chapters 01 and 06
  { card: "ungdc-kosovo", years: [1998, 2007], texts: 307 }, // chapter 08
  { card: "china-ungdc", texts: 53 }, // PRC speeches 1972–2024 (CHN_26_1971 is the ROC's)
  { card: "ungdc-kosovo-1989-2007", texts: 334 }, // the second round of human coding
];

/** Loads with the full archive hidden (UNGDC_DIR set to an empty folder): from the subset. */
function onSubset(card: string, years?: [number, number]): LoadedCorpus {
  const saved = process.env.UNGDC_DIR;
  process.env.UNGDC_DIR = tmpDir("no-archive");
  try {
    clearMemo();
    return loadCorpus(card, { years, noCache: true });
  } finally {
    if (saved === undefined) delete process.env.UNGDC_DIR;
    else process.env.UNGDC_DIR = saved;
    clearMemo();
  }
}

describe("corpus: the embedded subset in data/ungdc-subset", function () {
  this.timeout(300_000);

  it("matches its manifest; holds 509 of 10,952 speeches (433 naming an anchor term, 78 of CHN)", () => {
    const { manifest: m } = openSubset(SUBSET);
    assert.deepEqual(m.contents, { speeches: 509, anchorSpeeches: 433, countrySpeeches: { CHN: 78 } });
    assert.deepEqual(m.selection, { anchorYears: [1989, 2024], countries: ["CHN"] });
    assert.equal(m.whole.speeches, 10952);
    assert.equal(
      Object.values(m.whole.speechesPerYear).reduce((a, b) => a + b, 0),
      10952,
    );
    assert.equal(m.whole.junk.length, 9);
    assert.equal(m.whole.rocSpeeches.length, 25); // CHN sessions 1–24 and 26
    assert.deepEqual(
      [m.source.doi, m.source.version, m.source.archive.path],
      ["10.7910/DVN/0TJX8Y", "V13", "UNGDC_1946-2024.tgz"],
    );
    assert.equal(m.source.archive.bytes, 66690645);
  });

  for (const l of LOADS) {
    const label = `${l.card}${l.years ? ` ${l.years.join("–")}` : ""}`;
    it(`${label}: ${l.texts} texts read from the subset`, () => {
      const loaded = onSubset(l.card, l.years);
      assert.equal(loaded.report.archive?.kind, "subset");
      assert.equal(loaded.texts.length, l.texts);
    });
  }

  describe("against the full archive", () => {
    it("a rebuild from the full archive gives byte-identical files (npm run build-subset)", function () {
      const full = needFullArchive(this, "rebuilding the subset");
      const out = tmpDir("rebuild");
      const r = runScript("build-subset", ["--from", full.dir, "--out", out]);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stderr, /509 of 10952 speeches/);
      const files = fs.readdirSync(SUBSET).sort();
      assert.deepEqual(files, ["README.md", "UNGDC_1946-2024-subset.tgz", "manifest.json", "speakers.csv"]);
      for (const f of files) {
        assert.ok(fs.readFileSync(path.join(SUBSET, f)).equals(fs.readFileSync(path.join(out, f))), `${f} differs`);
      }
    });

    for (const l of LOADS) {
      const label = `${l.card}${l.years ? ` ${l.years.join("–")}` : ""}`;
      it(`${label}: the same texts and report on the subset as on the full archive`, function () {
        needFullArchive(this, "the comparison with the full archive");
        clearMemo();
        const full = loadCorpus(l.card, { years: l.years, noCache: true });
        const sub = onSubset(l.card, l.years);
        assert.equal(full.report.archive?.kind, "full");
        assert.deepEqual(sub.texts, full.texts);
        assert.deepEqual({ ...sub.report, archive: null }, { ...full.report, archive: null });
      });
    }
  });
});
