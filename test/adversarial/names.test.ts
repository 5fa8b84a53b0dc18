/**
 * Issue 19, class 4 (names) — names that collide. A theme key that is already a column of the tables
 * made from the themes is refused by the codebook loader with its line (lib/codebook/reserved.ts); the
 * ids of many texts of one day stay plain file names (lib/core/ids.ts).
 *
 *  N1  code with a codebook whose theme is `year`            → exit 1 "<codebook>:<line>: theme key "year" is a
 *                                                              column of the coding CSV …"; nothing written
 *  N2  the same for `dialogue_n` beside `dialogue`, `id`, `coder`, `overall` (see test/codebook/reserved.test.ts)
 *  N3  30 texts of one day added to a folder                 → ids …, -z, -ba, -bb, -bc, -bd: letters only,
 *                                                              read back by the folder loader
 * (`--themes` repeated names belong to the sheet-reading work.)
 */
import { strict as assert } from "assert";
import * as path from "path";
import { addTextToFolder, loadCard, readTextFolder } from "../../lib/corpus";
import {
  editedCodebook,
  inventedProse,
  lineOf,
  runScript,
  snapshot,
  tmpDir,
  writeTree,
} from "../support/adversarial-fixtures";

describe("adversarial (issue 19, class 4): names that collide", function () {
  this.timeout(60000);

  it("N1 code with a theme keyed `year`: exit 1 naming the codebook's line, nothing written", () => {
    const dir = tmpDir("theme-year");
    const src = editedCodebook("  - key: dialogue\n", "  - key: year\n");
    writeTree(dir, { "cb.yaml": src, "texts/a-2010.txt": `${inventedProse(3, "n1", ["dialogue"])}\n` });
    const before = snapshot(dir);
    const r = runScript("code", [
      "--texts",
      path.join(dir, "texts"),
      "--codebook",
      path.join(dir, "cb.yaml"),
      "--out",
      path.join(dir, "out.csv"),
    ]);
    assert.equal(r.status, 1, r.stderr);
    assert.ok(
      r.stderr.includes(
        `${path.join(dir, "cb.yaml")}:${lineOf(src, "key: year")}: theme key "year" is a column of the coding CSV`,
      ),
      r.stderr,
    );
    assert.deepEqual(snapshot(dir), before);
  });

  it("N3 30 texts of one day get ids that stay plain file names, and read back", () => {
    const dir = tmpDir("one-day");
    const card = loadCard("china-kosovo");
    const fields = { date: "2010-07-22", category: "mfa", speaker: "", venue: "An invented venue", source: "invented" };
    const ids = Array.from(
      { length: 30 },
      (_, i) => addTextToFolder(card, inventedProse(2, `day-${i}`), fields, { dir }).text.id,
    );
    assert.deepEqual(ids.slice(0, 3), ["mfa-2010-07-22", "mfa-2010-07-22-b", "mfa-2010-07-22-c"]);
    assert.deepEqual(ids.slice(25), [
      "mfa-2010-07-22-z",
      "mfa-2010-07-22-ba",
      "mfa-2010-07-22-bb",
      "mfa-2010-07-22-bc",
      "mfa-2010-07-22-bd",
    ]);
    for (const id of ids) assert.match(id, /^[a-z0-9-]+$/);
    assert.equal(readTextFolder(dir, card.categories).length, 30);
  });
});
