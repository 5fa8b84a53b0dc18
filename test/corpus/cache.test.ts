import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { loadCard } from "../../lib/corpus";
import { cacheDir, cacheEntry, readCachedCorpus, writeCachedCorpus } from "../../lib/corpus/cache";
import type { LoadReport } from "../../lib/corpus/loaded";
import { tmpDir } from "./helpers";

describe("corpus: the cache of parsed corpora", () => {
  const saved = process.env.WORKBOOK_CACHE;
  let dir: string;
  let tgz: string;
  before(() => {
    dir = tmpDir("cache-unit");
    process.env.WORKBOOK_CACHE = dir;
    tgz = path.join(dir, "archive.tgz");
    fs.writeFileSync(tgz, "invented bytes");
  });
  after(() => {
    if (saved === undefined) delete process.env.WORKBOOK_CACHE;
    else process.env.WORKBOOK_CACHE = saved;
  });

  it("names the file by card, years and a key of everything the parse depends on", () => {
    const card = loadCard("ungdc-kosovo");
    assert.equal(cacheDir(), path.join(dir, "corpus"));
    const a = cacheEntry(card, [2008, 2024], tgz, null);
    assert.match(path.basename(a.file), /^ungdc-kosovo-2008-2024-[0-9a-f]{12}\.json$/);
    assert.equal(path.dirname(a.file), path.join(dir, "corpus"));
    assert.equal(a.keyParts.speakers, "none");
    assert.notEqual(cacheEntry(card, [1989, 2024], tgz, null).key, a.key);
    assert.notEqual(cacheEntry({ ...card, unit: "whole" }, [2008, 2024], tgz, null).key, a.key);
    assert.equal(cacheEntry(card, [2008, 2024], tgz, null).key, a.key);
  });

  it("reads back what it wrote, and nothing from a damaged or stale file", () => {
    const entry = cacheEntry(loadCard("ungdc-kosovo"), [2008, 2024], tgz, null);
    assert.equal(readCachedCorpus(entry), null);
    const report = { card: "ungdc-kosovo", texts: 0, notes: [] } as unknown as LoadReport;
    writeCachedCorpus(entry, [], report);
    assert.deepEqual(readCachedCorpus(entry), { texts: [], report });
    assert.equal(readCachedCorpus({ ...entry, key: "000000000000" }), null);
    fs.writeFileSync(entry.file, "{ cut sho");
    assert.equal(readCachedCorpus(entry), null);
  });
});
