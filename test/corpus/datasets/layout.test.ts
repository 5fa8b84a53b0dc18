import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { InputError } from "../../../lib/core";
import { findFile, listing, requireFile, shownPath } from "../../../lib/corpus/datasets/layout";
import { tmpDir } from "./fixtures";

describe("datasets/layout", () => {
  it("finds a table as .tsv or as Dataverse's .tab", () => {
    const dir = tmpDir();
    fs.writeFileSync(path.join(dir, "speaker.tab"), "x");
    assert.equal(findFile(dir, ["speaker.tsv", "speaker.tab"]), path.join(dir, "speaker.tab"));
    assert.equal(findFile(dir, ["meta.tsv"]), null);
  });

  it("says what a folder holds instead, and how to unpack Dataverse's bundle", () => {
    const dir = tmpDir();
    fs.writeFileSync(path.join(dir, "dataverse_files.zip"), "PK");
    assert.throws(
      () => requireFile(dir, ["speeches.tsv", "speeches.tab"], "unsc-speeches"),
      (e: unknown) =>
        e instanceof InputError &&
        /expected speeches\.tsv or speeches\.tab \(UNSC Meetings and Speeches: a folder with speeches\.tsv/.test(
          e.message,
        ) &&
        /found dataverse_files\.zip/.test(e.message) &&
        /unzip dataverse_files\.zip in .* first/.test(e.message),
    );
    assert.equal(listing(path.join(dir, "none")), "no such folder");
    assert.equal(listing(tmpDir()), "an empty folder");
  });

  it("shows paths inside or beside the base relative to it, others as given", () => {
    const base = path.join(path.sep, "a", "project");
    assert.equal(shownPath(path.join(base, "dl", "x.tsv"), base), path.join("dl", "x.tsv"));
    assert.equal(shownPath(path.join(base, "..", "shared", "u"), base), path.join("..", "shared", "u"));
    assert.equal(shownPath(path.join(path.sep, "elsewhere", "u"), base), path.join(path.sep, "elsewhere", "u"));
  });
});
