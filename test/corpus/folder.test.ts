import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { ValidationError } from "../../lib/core";
import { addTextToFolder, cardWithFolder, loadCard, loadTexts, readTextFolder, scratchCopy } from "../../lib/corpus";
import { FIX, GOOD_FILE, tmpDir, writeTree } from "./helpers";

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
});

describe("corpus: scratch copies", () => {
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
});
