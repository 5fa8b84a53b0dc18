import { strict as assert } from "assert";
import { pairwiseTables } from "../../lib/reliability";

describe("reliability: pairwiseTables", () => {
  // four units, one theme: a = 1 1 0 0, b = 1 1 0 0, m = 1 0 0 0
  const a = { u1: { t: 1 }, u2: { t: 1 }, u3: { t: 0 }, u4: { t: 0 } } as const;
  const b = { u1: { t: 1 }, u2: { t: 1 }, u3: { t: 0 }, u4: { t: 0 } } as const;
  const m = { u1: { t: 1 }, u2: { t: 0 }, u3: { t: 0 }, u4: { t: 0 } } as const;
  const pairs = pairwiseTables(
    [
      { name: "a", codes: a },
      { name: "b", codes: b },
      { name: "m", codes: m },
    ],
    ["t"],
  );

  it("a table per pair, in order: a–b, a–m, b–m", () => {
    assert.deepEqual(
      pairs.map((p) => `${p.first}–${p.second}`),
      ["a–b", "a–m", "b–m"],
    );
  });

  it("the values of two-coder tables: a–b agree fully; a–m agree on 3 of 4, κ = 0.5", () => {
    assert.equal(pairs[0].rows[0].cohenKappa, 1);
    // a–m: po = 3/4; pe = (2/4)(1/4) + (2/4)(3/4) = 1/2; κ = (3/4 − 1/2) / (1/2) = 0.5
    assert.equal(pairs[1].rows[0].agreement, 0.75);
    assert.equal(pairs[1].rows[0].cohenKappa, 0.5);
  });

  it("refuses one coder, and two under one name", () => {
    assert.throws(() => pairwiseTables([{ name: "a", codes: a }], ["t"]), /two or more coders/);
    assert.throws(
      () =>
        pairwiseTables(
          [
            { name: "a", codes: a },
            { name: "a", codes: b },
          ],
          ["t"],
        ),
      /a name per coder, got "a"/,
    );
  });
});
