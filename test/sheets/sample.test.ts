import { strict as assert } from "assert";
import { ArgumentError } from "../../lib/core";
import { sampleUnits } from "../../lib/sheets";

describe("sheets: seeded sampling", () => {
  const many = Array.from({ length: 50 }, (_, i) => ({ id: `U${String(i).padStart(2, "0")}` }));
  it("takes round(20% of 50) = 10 units, sorted by id", () => {
    const s = sampleUnits(many, 0.2, 42).map((u) => u.id);
    assert.equal(s.length, 10);
    assert.deepEqual(s, [...s].sort());
  });
  it("is the same for the same seed, whatever the input order", () => {
    const a = sampleUnits(many, 0.2, 42).map((u) => u.id);
    const b = sampleUnits([...many].reverse(), 0.2, 42).map((u) => u.id);
    assert.deepEqual(a, b);
    assert.notDeepEqual(
      a,
      sampleUnits(many, 0.2, 43).map((u) => u.id),
    );
  });
  it("takes at least one unit and refuses a bad fraction", () => {
    assert.equal(sampleUnits(many.slice(0, 2), 0.01, 1).length, 1);
    assert.throws(() => sampleUnits(many, 0, 1), ArgumentError);
    assert.throws(() => sampleUnits(many, 1.5, 1), ArgumentError);
  });
});
