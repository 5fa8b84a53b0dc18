import { strict as assert } from "assert";
import * as path from "path";
import { codingFolder, loadCodingFolder, sheetStem } from "../../lib/sheets";
import { FIX, THEMES } from "./fixtures";

describe("sheets: a coding folder", () => {
  it("loads the coders' sheets and finds decisions.csv", () => {
    const folder = loadCodingFolder(path.join(FIX, "folder"), THEMES);
    assert.deepEqual(
      folder.sheets.map((s) => s.coder),
      ["ana", "ben"],
    );
    assert.equal(folder.decisionsFile, path.join(FIX, "folder", "decisions.csv"));
    assert.equal(folder.goldFile, null);
  });
  it("a bad sheet in the folder stops the load with its problems", () => {
    assert.throws(() => loadCodingFolder(FIX, ["sovereignty", "unilateral"]), /bad\.csv:4 \(column id\)/);
  });
  it("a missing folder has no sheets", () => {
    assert.deepEqual(loadCodingFolder(path.join(FIX, "none"), THEMES).sheets, []);
  });
  it("is data/coding/<corpus>/ under the root, unless WORKBOOK_CODING names another", () => {
    const saved = process.env.WORKBOOK_CODING;
    try {
      delete process.env.WORKBOOK_CODING;
      assert.equal(codingFolder("ungdc-kosovo", "root"), path.join("root", "data", "coding", "ungdc-kosovo"));
      process.env.WORKBOOK_CODING = "elsewhere";
      assert.equal(codingFolder("ungdc-kosovo", "root"), path.resolve("elsewhere"));
    } finally {
      if (saved === undefined) delete process.env.WORKBOOK_CODING;
      else process.env.WORKBOOK_CODING = saved;
    }
  });
});

describe("sheets: the name of the sheet a copy was made from", () => {
  it("drops the marks a file manager or a download adds", () => {
    for (const name of [
      "coder-a.csv",
      "coder-a (1).csv",
      "Coder-A copy.csv",
      "coder-a - Copy (2).csv",
      "Copy of coder-a.csv",
      "coder-a_copy.csv",
    ])
      assert.equal(sheetStem(name), "coder-a", name);
    assert.equal(sheetStem("coder-b.csv"), "coder-b");
  });
});
