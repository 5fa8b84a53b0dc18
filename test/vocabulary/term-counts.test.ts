import { strict as assert } from "assert";
import { InputError } from "../../lib/core";
import { countDifferences, countTermLists, fromCodedVocabulary } from "../../lib/vocabulary/term-counts";
import { U, counts, groupOf, tokenize } from "./fixtures";

describe("vocabulary: term counts per unit", () => {
  it("counts each list's hits per unit (hand count of the fixture)", () => {
    assert.deepEqual(
      counts.map((c) => [c.unitId, c.group, c.counts]),
      [
        ["AAA_1", "Alpha", { icj: 0, kosovo_authorities: 0, normalization: 0, pristina_authorities: 1 }],
        ["BBB_1", "Beta", { icj: 1, kosovo_authorities: 0, normalization: 1, pristina_authorities: 0 }],
        ["BBB_2", "Beta", { icj: 0, kosovo_authorities: 1, normalization: 1, pristina_authorities: 0 }],
        ["CCC_1", "Gamma", { icj: 0, kosovo_authorities: 0, normalization: 0, pristina_authorities: 1 }],
      ],
    );
  });

  it("names the file and list of an empty term list", () => {
    assert.throws(
      () => countTermLists(U, { icj: [] }, tokenize, groupOf, { file: "data/codebook.yaml" }),
      (e: unknown) => e instanceof InputError && e.file === "data/codebook.yaml" && e.column === "icj",
    );
  });

  it("lists the units where two counts disagree about use (or, exactly, about the number)", () => {
    const coded = fromCodedVocabulary(
      U,
      U.map((u) => ({ unitId: u.id, vocabulary: { normalization: u.id === "BBB_1" ? 0 : u.id === "BBB_2" ? 2 : 0 } })),
      groupOf,
    );
    // Plain hits: BBB_1 and BBB_2 have one each. The coder dropped BBB_1 and counted BBB_2 twice.
    assert.deepEqual(countDifferences(coded, counts, ["normalization"]), [
      { unitId: "BBB_1", year: 2009, group: "Beta", list: "normalization", a: 0, b: 1 },
    ]);
    assert.deepEqual(
      countDifferences(coded, counts, ["normalization"], { exact: true }).map((d) => d.unitId),
      ["BBB_1", "BBB_2"],
    );
    assert.throws(() => countDifferences(coded, counts.slice(1), ["normalization"]), /not in the second/);
  });

  it("takes counts from a coding's vocabulary too", () => {
    const rows = fromCodedVocabulary(U, [{ unitId: "CCC_1", vocabulary: { normalization: 0, icj: 2 } }], groupOf);
    assert.deepEqual(rows, [
      { unitId: "CCC_1", year: 2022, country: "CCC", group: "Gamma", counts: { normalization: 0, icj: 2 } },
    ]);
    assert.throws(() => fromCodedVocabulary(U, [{ unitId: "nope", vocabulary: {} }], groupOf), /not among the units/);
  });
});
