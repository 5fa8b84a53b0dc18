import { strict as assert } from "assert";
import type { Sheet } from "../../lib/sheets";
import { unitSheet } from "./example";
import { referenceCodes, referenceSets } from "../../lib/validation";
import { rows } from "./example";

describe("validation: references", () => {
  it("builds a reference: gold where it exists, one coder elsewhere (blanks left out)", () => {
    const sheet: Sheet = unitSheet({
      file: "a.csv",
      coder: "A",
      themes: ["dialogue"],
      ids: ["u1", "u2", "u3"],
      codes: { u1: { dialogue: 0 }, u2: { dialogue: 1 }, u3: { dialogue: null } },
      info: {},
    });
    const ref = referenceCodes([{ id: "u1", theme: "dialogue", value: 1 }], sheet);
    assert.deepEqual(ref.rows, [
      { id: "u1", theme: "dialogue", value: 1 },
      { id: "u2", theme: "dialogue", value: 1 },
    ]);
    assert.deepEqual([ref.goldUnits, ref.singleUnits, ref.coder], [1, 2, "A"]);
  });
});

describe("validate-coder: tuning set, held-out set, before and after", () => {
  // Coder A coded u1..u4; the gold standard covers u1 and u2 (where it overrides coder A's u1).
  const sheet: Sheet = unitSheet({
    file: "a.csv",
    coder: "A",
    themes: ["dialogue"],
    ids: ["u1", "u2", "u3", "u4"],
    codes: { u1: { dialogue: 0 }, u2: { dialogue: 0 }, u3: { dialogue: 1 }, u4: { dialogue: 0 } },
    info: {},
  });
  const gold = rows("dialogue", "10");
  const sets = referenceSets(gold, sheet);
  it("the tuning set is the single-coded units, the held-out set the gold units, all is both", () => {
    assert.deepEqual(
      sets.tuning.map((r) => `${r.id}=${r.value}`),
      ["u3=1", "u4=0"],
    );
    assert.deepEqual(
      sets.heldOut.map((r) => `${r.id}=${r.value}`),
      ["u1=1", "u2=0"],
    );
    assert.deepEqual(sets.all.map((r) => `${r.id}=${r.value}`).sort(), ["u1=1", "u2=0", "u3=1", "u4=0"]);
  });
  it("the gold standard, not coder A, is the reference on a double-coded unit", () => {
    assert.equal(sets.all.find((r) => r.id === "u1")?.value, 1);
  });
});
