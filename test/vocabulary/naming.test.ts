import { strict as assert } from "assert";
import { namingRows, unitSizes } from "../../lib/vocabulary/naming";
import { U, counts, groupOf } from "./fixtures";

describe("vocabulary: naming", () => {
  it("gives naming rows by year × group for a chart", () => {
    const rows = namingRows(counts, ["kosovo_authorities", "pristina_authorities"], "year-group");
    assert.deepEqual(
      rows.filter((r) => r.count > 0).map((r) => [r.name, r.year, r.group, r.count, r.units]),
      [
        ["kosovo_authorities", 2022, "Beta", 1, 1],
        ["pristina_authorities", 2009, "Alpha", 1, 1],
        ["pristina_authorities", 2022, "Gamma", 1, 1],
      ],
    );
    assert.equal(rows.length, 2 * 4); // 4 year×group cells, each with both names
  });

  it("sizes groups in units and words, with zero rows for groups asked for", () => {
    assert.deepEqual(unitSizes(U, groupOf, ["Delta", "Beta", "Alpha"]), [
      { key: "Delta", units: 0, words: 0 },
      { key: "Beta", units: 2, words: U[1].words + U[2].words },
      { key: "Alpha", units: 1, words: U[0].words },
      { key: "Gamma", units: 1, words: U[3].words },
    ]);
    assert.deepEqual(
      unitSizes(U, groupOf).map((r) => r.key),
      ["Alpha", "Beta", "Gamma"],
    );
  });
});
