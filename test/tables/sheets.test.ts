import { strict as assert } from "assert";
import * as path from "path";
import { loadSheet, parseSheet } from "../../lib/sheets";
import { disagreementsToRead, shortText } from "../../lib/tables/sheets";
import { FIX, THEMES } from "../sheets/fixtures";

describe("tables: disagreements to read", () => {
  it("shows each disagreement with the unit's year, country and text", () => {
    const ana = loadSheet(path.join(FIX, "ana.csv"), { themeKeys: THEMES });
    const ben = loadSheet(path.join(FIX, "ben.csv"), { themeKeys: THEMES });
    const rows = disagreementsToRead([ana, ben], THEMES, 30);
    assert.deepEqual(rows[0], {
      id: "AAA_63_2008",
      theme: "dialogue",
      year: "2008",
      country: "AAA",
      codes: "ana=1 ben=0",
      text: "An invented passage, with a …",
    });
    assert.equal(rows[1].text, "An invented passage that says …");
  });
  it("takes the text from elsewhere when the sheets have no text column", () => {
    const text = "id,coder,year,country,speaker,dialogue\nAAA_63_2008,x,2008,AAA,,1\n";
    const x = parseSheet(text, "x.csv", { themeKeys: ["dialogue"] });
    const y = parseSheet(text.replace(",x,", ",y,").replace(",1\n", ",0\n"), "y.csv", { themeKeys: ["dialogue"] });
    assert.equal(
      disagreementsToRead([x, y], ["dialogue"], 100, { AAA_63_2008: "Invented  text." })[0].text,
      "Invented text.",
    );
  });
  it("shortens at a word boundary", () => {
    assert.equal(shortText("one  two three", 9), "one two …");
    assert.equal(shortText(" one\ntwo ", 9), "one two");
  });
});
