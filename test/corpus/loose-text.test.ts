import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { InputError, ValidationError } from "../../lib/core";
import { readLooseText, readLooseTextFolder } from "../../lib/corpus/loose-text";

// The fixture texts and the files written below are invented for these tests.
const TEXTS = path.join(__dirname, "..", "fixtures", "codebook", "texts");
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "loose-"));

describe("corpus: loose texts", () => {
  it("reads a .txt without front matter: the file name is the id, the year comes from the name", () => {
    const t = readLooseText(path.join(TEXTS, "note-2010-a.txt"));
    assert.equal(t.id, "note-2010-a");
    assert.equal(t.year, 2010);
    assert.equal(t.date, null);
    assert.equal(t.source, path.join(TEXTS, "note-2010-a.txt"));
    assert.ok(t.body.startsWith("An invented note for the tests."));
    assert.equal(t.words, 22);
  });

  it("reads a .txt with front matter as the folder format does", () => {
    const t = readLooseText(path.join(TEXTS, "note-2021-b.txt"));
    assert.deepEqual(
      [t.id, t.date, t.year, t.category, t.speaker],
      ["note-b", "2021-03-04", 2021, "note", "A. Writer"],
    );
  });

  it("drops a byte-order mark, turns CRLF into LF and composes characters", () => {
    const f = path.join(tmp(), "memo.txt");
    fs.writeFileSync(f, "\uFEFFPris\u030Ctina.\r\nNext line.\r\n");
    const t = readLooseText(f);
    assert.equal(t.body, "Priština.\nNext line.\n");
    assert.equal(t.year, 0); // no year in the name
  });

  it("refuses bytes that are not UTF-8, naming the file and the line", () => {
    const f = path.join(tmp(), "latin1-2010.txt");
    fs.writeFileSync(f, Buffer.concat([Buffer.from("Line one.\nA caf"), Buffer.from([0xe9]), Buffer.from(".\n")]));
    assert.throws(
      () => readLooseText(f, "shown.txt"),
      (e: unknown) =>
        e instanceof InputError && e.file === "shown.txt" && e.line === 2 && /not valid UTF-8/.test(e.message),
    );
  });

  it("reads a folder's .txt files in name order", () => {
    assert.deepEqual(
      readLooseTextFolder(TEXTS).map((t) => t.id),
      ["note-2010-a", "note-b"],
    );
  });

  it("reports two files with the same id, naming the second", () => {
    const dir = tmp();
    fs.writeFileSync(
      path.join(dir, "a.txt"),
      "---\nid: same\ndate: 2010-01-01\ncategory: note\nspeaker: A\nvenue: B\nsource: C\n---\nOne.\n",
    );
    fs.writeFileSync(path.join(dir, "same.txt"), "Two.\n");
    assert.throws(
      () => readLooseTextFolder(dir),
      (e: unknown) =>
        e instanceof ValidationError &&
        e.problems.length === 1 &&
        e.problems[0].file === path.join(dir, "same.txt") &&
        /duplicate id "same"/.test(e.problems[0].message),
    );
  });

  it("names a folder that does not exist or holds no .txt file", () => {
    const dir = tmp();
    assert.throws(
      () => readLooseTextFolder(path.join(dir, "none")),
      (e: unknown) => e instanceof InputError && /no such folder/.test(e.message),
    );
    assert.throws(
      () => readLooseTextFolder(dir),
      (e: unknown) => e instanceof InputError && /no \.txt files/.test(e.message),
    );
  });
});
