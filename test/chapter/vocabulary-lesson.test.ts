import { strict as assert } from "assert";
import { chinaSilenceLine, fewSilences, keynessNote, mostHitsGroup, topNamer } from "../../lib/chapter";
import { namingByGroupRows } from "../../lib/tables";
import type { KwicRow, NamingRow, SilenceRow } from "../../lib/vocabulary";

/** A silence row with the fields these functions read (invented counts). */
function silence(group: string, units: number, unitsUsing: number, over: Partial<SilenceRow> = {}): SilenceRow {
  return {
    list: "icj",
    group,
    units,
    unitsUsing,
    hits: unitsUsing,
    otherUnits: 10,
    otherUnitsUsing: 3,
    otherHits: 4,
    otherGroupsUsing: "Serbia",
    silent: unitsUsing === 0,
    fewUnits: units < 5,
    reading: `uses it in ${unitsUsing} of ${units} passages`,
    ...over,
  };
}

describe("chapter: chapter 07's steps and checks", () => {
  it("China's line: no passage → the corpus cannot test the claim; passages → its reading per list", () => {
    assert.match(
      chinaSilenceLine([silence("China", 0, 0)], "China", [2008, 2024]),
      /no Kosovo passage in .* 2008–2024/,
    );
    assert.equal(
      chinaSilenceLine([silence("China", 4, 1)], "China", [2008, 2024]),
      "China, **icj**: uses it in 1 of 4 passages.",
    );
  });

  it("the silences on few passages: silent and flagged few, by hand 1 of 3", () => {
    const rows = [silence("A", 2, 0), silence("B", 2, 1), silence("C", 20, 0)];
    assert.equal(fewSilences(rows), 1);
  });

  it("the group with the most lines (3 against 2), the first by name on a tie", () => {
    const line = (group: string) => ({ group }) as KwicRow;
    assert.equal(mostHitsGroup(["B", "A", "B", "A", "B"].map(line)), "B");
    assert.equal(mostHitsGroup(["B", "A"].map(line)), "A");
    assert.equal(mostHitsGroup([]), null);
  });

  it("the top namer sums a name's sentences per group; nobody using it gives null", () => {
    const n = (group: string, count: number, name = "name_x"): NamingRow => ({
      name,
      year: null,
      group,
      count,
      units: 5,
      unitsUsing: 1,
    });
    assert.equal(topNamer([n("Serbia", 4), n("Russia", 1), n("Serbia", 2, "name_y")], "name_x"), "Serbia");
    assert.equal(topNamer([n("Serbia", 0)], "name_x"), null);
  });

  it("the naming table wide: one row per name, a column per group, 0 where a group has none", () => {
    const naming: NamingRow[] = [{ name: "k", year: null, group: "Serbia", count: 3, units: 5, unitsUsing: 2 }];
    assert.deepEqual(
      namingByGroupRows(naming, ["k"], ["China", "Serbia"], () => "Kosovo"),
      [{ name: "Kosovo", China: 0, Serbia: 3 }],
    );
  });

  it("the keyness caption names m, the family the BH p is adjusted over", () => {
    assert.match(keynessNote(new Array(308).fill({})), /m = 308 words/);
  });
});
