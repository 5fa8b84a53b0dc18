import { strict as assert } from "assert";
import { isThemeColumn, sheetLevel, sheetThemes } from "../../lib/sheets";

describe("sheets: the header row", () => {
  it("metadata and note columns are never themes", () => {
    for (const c of ["id", "sentence", "coder", "codebook", "text", "note", "Notes", "comment", " "])
      assert.equal(isThemeColumn(c), false, c);
    assert.equal(isThemeColumn("dialogue"), true);
  });
  it("a sentence column makes a sentence-level sheet", () => {
    assert.equal(sheetLevel(["id", "sentence", "dialogue"]), "sentence");
    assert.equal(sheetLevel(["id", "dialogue"]), "unit");
  });
  it("the theme columns of a sentence-level header", () => {
    assert.deepEqual(sheetThemes("id,sentence,coder,codebook,year,country,speaker,text,dialogue,us_nato,note\n"), [
      "dialogue",
      "us_nato",
    ]);
  });
});
