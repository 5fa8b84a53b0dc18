import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { ValidationError } from "../../../lib/core";
import { writeIfChanged, writeImportedText } from "../../../lib/sources/datasets/write";
import { tmpDir } from "../../corpus/datasets/fixtures";

const text = (dataset: string, body: string) =>
  `---\nid: unsc-2010-01-22\ndate: 2010-01-22\ncategory: unsc\nspeaker: ""\nvenue: UNSC\nsource: x\n` +
  `sha256: ab\n# dataset: ${dataset}\n# version: 1\n# doi: d\n# rows: r1\n---\n\n${body}\n`;

describe("datasets/write", () => {
  it("writes, leaves the same bytes alone, updates its own dataset's text, keeps others' unless asked", () => {
    const dir = tmpDir();
    const w = (content: string, replace = false) =>
      writeImportedText(dir, "unsc-2010-01-22", content, "unsc-speeches", { replace }).outcome;
    assert.equal(w(text("unsc-speeches", "One.")), "written");
    assert.equal(w(text("unsc-speeches", "One.")), "unchanged");
    assert.equal(w(text("unsc-speeches", "Two.")), "updated");
    fs.writeFileSync(path.join(dir, "unsc-2010-01-22.txt"), text("unsc-debates", "Other."));
    assert.equal(w(text("unsc-speeches", "Two.")), "kept");
    assert.match(fs.readFileSync(path.join(dir, "unsc-2010-01-22.txt"), "utf8"), /Other\./);
    assert.equal(w(text("unsc-speeches", "Two."), true), "replaced");
  });

  it("never writes a text the corpus loader would reject", () => {
    const dir = tmpDir();
    assert.throws(
      () => writeImportedText(dir, "x", "---\nid: x\n---\n\nBody.\n", "unsc-speeches", { categories: ["unsc"] }),
      ValidationError,
    );
    assert.deepEqual(fs.readdirSync(dir), []);
  });

  it("writes a file only when its bytes change", () => {
    const file = path.join(tmpDir(), "c.csv");
    assert.equal(writeIfChanged(file, "a\n"), true);
    assert.equal(writeIfChanged(file, "a\n"), false);
    assert.equal(writeIfChanged(file, "b\n"), true);
  });
});
