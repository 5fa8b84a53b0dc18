import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { formatProblem, InputError, ValidationError } from "../../lib/core";
import { clearMemo, loadCorpus, locateArchive, missingPieces, parseCard } from "../../lib/corpus";
import { tmpDir } from "./helpers";

/** A card whose archive folder, download folder and subset are the given folders. */
const card = (dir: string, download: string, subset?: string) =>
  parseCard(
    "name: t\ntitle: T\n" +
      `source: { kind: ungdc, path: ${JSON.stringify(dir)}, env: SUBSET_TEST_DIR, ` +
      `download: ${JSON.stringify(download)}` +
      `${subset ? `, subset: ${JSON.stringify(subset)}` : ""} }\ncategories: [general-debate]\nunit: kosovo-passage\n`,
    "t.yaml",
  );

/** A folder with the named files in it (empty files: only their presence counts here). */
function folder(...files: string[]): string {
  const d = tmpDir("where");
  for (const f of files) fs.writeFileSync(path.join(d, f), "");
  return d;
}

describe("corpus: where a card's General Debate texts are", () => {
  afterEach(() => delete process.env.SUBSET_TEST_DIR);

  it("the full archive in the card's path first, then its download folder, then the subset", () => {
    const both = folder("UNGDC_1946-2024.tgz", "Speakers_by_session.xlsx");
    const dl = folder("UNGDC_1946-2024.tgz");
    const sub = folder("manifest.json");
    assert.deepEqual(locateArchive(card(both, dl, sub)), {
      kind: "full",
      dir: both,
      tgz: path.join(both, "UNGDC_1946-2024.tgz"),
      xlsx: path.join(both, "Speakers_by_session.xlsx"),
    });
    assert.deepEqual(locateArchive(card(folder(), dl, sub)), {
      kind: "full",
      dir: dl,
      tgz: path.join(dl, "UNGDC_1946-2024.tgz"),
      xlsx: null,
    });
    assert.deepEqual(locateArchive(card(folder(), folder(), sub)), {
      kind: "subset",
      dir: sub,
      manifest: path.join(sub, "manifest.json"),
    });
    assert.equal(locateArchive(card(folder(), folder())), null);
  });

  it("the environment variable, when set, replaces the path and the download folder (the subset stays)", () => {
    const both = folder("UNGDC_1946-2024.tgz", "Speakers_by_session.xlsx");
    const sub = folder("manifest.json");
    process.env.SUBSET_TEST_DIR = folder();
    assert.equal(locateArchive(card(both, both, sub))?.kind, "subset");
    process.env.SUBSET_TEST_DIR = both;
    assert.equal(locateArchive(card(folder(), folder(), sub))?.kind, "full");
  });

  it("names one missing piece per line, each with how to get it", () => {
    const c = card(folder(), folder(), path.join(folder(), "ungdc-subset"));
    const lines = missingPieces(c).map(formatProblem);
    assert.equal(lines.length, 2);
    assert.match(
      lines[0],
      /UNGDC_1946-2024\.tgz: the full General Debate archive is not there \(nor in .*\) — run `npm run get-data`/,
    );
    assert.match(lines[0], /or set SUBSET_TEST_DIR to the folder that holds it/);
    assert.match(
      lines[1],
      /ungdc-subset\/manifest\.json: the embedded subset of the archive is not there — .*git checkout -- /,
    );
    // the archive without its workbook: one line, not fatal
    const noXlsx = missingPieces(card(folder("UNGDC_1946-2024.tgz"), folder(), folder("manifest.json")));
    assert.equal(noXlsx.length, 1);
    assert.match(noXlsx[0].message, /speakers workbook is not beside the archive/);
    assert.deepEqual(missingPieces(card(folder(), folder(), folder("manifest.json"))), []);
  });

  it("loading with nothing there throws every missing piece together (a card without a subset: the one)", () => {
    clearMemo();
    assert.throws(
      () => loadCorpus(card(folder(), folder(), path.join(folder(), "none"))),
      (e: Error) => e instanceof ValidationError && e.problems.length === 2,
    );
    assert.throws(
      () => loadCorpus(card(folder(), folder())),
      (e: Error) => e instanceof InputError && /the full General Debate archive is not there/.test(e.message),
    );
  });
});
