import { strict as assert } from "assert";
import { countBy, countThemes, hierarchy, themesOfRows } from "../../lib/counts/themes";
import { SIX, rows } from "./rows";

describe("counts: themes", () => {
  it("counts units where present, share and mention totals per theme", () => {
    const c = countThemes(rows, ["sovereignty", "dialogue", "unilateral", "eu_antagonism"]);
    assert.deepEqual(
      c.map((x) => [x.theme, x.units, x.present, x.share, x.mentions]),
      [
        ["sovereignty", 4, 3, 0.75, 5],
        ["dialogue", 4, 2, 0.5, 4],
        ["unilateral", 4, 1, 0.25, 1],
        ["eu_antagonism", 4, 0, 0, 0],
      ],
    );
  });

  it("lists the core themes first, in the coding guide's order, then the others", () => {
    assert.deepEqual(themesOfRows(rows, SIX), [
      "sovereignty",
      "dialogue",
      "unilateral",
      "un_authority",
      "us_nato",
      "eu_antagonism",
      "minorities",
    ]);
  });

  it("takes the core themes as a parameter (the codebook's), the rest sorted after them", () => {
    assert.deepEqual(themesOfRows(rows, ["minorities", "dialogue"]), [
      "minorities",
      "dialogue",
      "eu_antagonism",
      "sovereignty",
      "un_authority",
      "unilateral",
      "us_nato",
    ]);
  });

  it("gives an empty corpus a null share rather than 0/0", () => {
    assert.equal(countThemes([], ["dialogue"])[0].share, null);
  });

  it("sorts the hierarchy largest first, ties sharing a rank and ordered by key", () => {
    const h = hierarchy(countThemes(rows, ["unilateral", "dialogue", "sovereignty", "us_nato", "un_authority"]));
    assert.deepEqual(
      h.map((x) => [x.rank, x.theme]),
      [
        [1, "sovereignty"],
        [2, "dialogue"],
        [3, "unilateral"],
        [4, "un_authority"],
        [4, "us_nato"],
      ],
    );
  });

  it("breaks counts down by a field, keys sorted", () => {
    const b = countBy(rows, "category", ["sovereignty"]);
    assert.deepEqual(
      b.map((x) => [x.key, x.present, x.units]),
      [
        ["leader", 0, 1],
        ["mfa", 1, 1],
        ["unsc", 2, 2],
      ],
    );
    const byPeriod = countBy(rows, (r) => (r.year < 2012 ? "early" : "late"), ["dialogue"]);
    assert.deepEqual(
      byPeriod.map((x) => [x.key, x.present, x.units]),
      [
        ["early", 1, 2],
        ["late", 1, 2],
      ],
    );
  });

  it("sorts numeric keys numerically (years)", () => {
    assert.deepEqual(
      countBy(rows, "year", ["dialogue"]).map((x) => x.key),
      ["2008", "2009", "2021", "2022"],
    );
  });
});
