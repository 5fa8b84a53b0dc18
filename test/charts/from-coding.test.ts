import { strict as assert } from "assert";
import { clip, firstEvidence, passageRows, unitLabel } from "../../lib/charts/from-coding";
import { CODED, UNITS } from "./passages";

describe("charts: the passages behind the unit-level charts (from the coding)", () => {
  it("gives a row per unit and theme present, with the theme's first sentence; a unit with none gets one row", () => {
    const rows = passageRows(UNITS, CODED, ["sovereignty", "dialogue"]);
    assert.deepEqual(
      rows.map((r) => [r.id, r.theme, r.evidence]),
      [
        ["AAA_1_2009", "sovereignty", "Talks respect borders."],
        ["AAA_1_2009", "dialogue", "Talks must go on."],
        ["BBB_1_2009", "", ""],
        ["CCC_2_2010", "dialogue", "Both sides should keep talking."],
      ],
    );
    assert.deepEqual([rows[0].countryName, rows[0].speaker, rows[0].year], ["Aland", "Ann Ames", 2009]);
  });

  it("leaves out a unit that has no coding", () => {
    assert.deepEqual(
      passageRows(UNITS, CODED.slice(0, 1), ["dialogue"]).map((r) => r.id),
      ["AAA_1_2009"],
    );
  });

  it("takes the first sentence by position among several themes, and folds its spaces", () => {
    assert.equal(firstEvidence(CODED[0], ["sovereignty", "dialogue"]), "Talks must go on.");
    assert.equal(firstEvidence(CODED[1], ["dialogue"]), "");
    assert.equal(clip("We   respect\nthe borders."), "We respect the borders.");
  });

  it("cuts a long sentence to the limit, with an ellipsis", () => {
    assert.equal(clip("one two three four", 9), "one two…");
    assert.equal(clip("one two three four", 9).length, 8);
    assert.equal(clip("short", 9), "short");
  });

  it("names a unit by country, speaker and id, leaving out what is unknown", () => {
    assert.equal(unitLabel(UNITS[0]), "Aland · Ann Ames · AAA_1_2009");
    assert.equal(unitLabel(UNITS[1]), "Borduria · BBB_1_2009");
  });
});
