import { strict as assert } from "assert";
import { daySuffix, freeDayId } from "../../lib/core";

describe("core: ids of several texts of one day", () => {
  it("counts in letters: b … z, then ba, bb … zz, then baa (base 26, a = 0)", () => {
    const table: Array<[number, string]> = [
      [1, "b"],
      [2, "c"],
      [25, "z"],
      [26, "ba"], // 1·26 + 0
      [27, "bb"],
      [51, "bz"],
      [52, "ca"],
      [675, "zz"], // 25·26 + 25
      [676, "baa"], // 26²
    ];
    for (const [n, want] of table) assert.equal(daySuffix(n), want, `n = ${n}`);
  });

  it("gives every one of 1,000 texts a day a different id of letters, digits and '-' only", () => {
    const taken = new Set<string>();
    for (let i = 0; i < 1000; i++) taken.add(freeDayId("mfa-2010-07-22", (id) => taken.has(id)));
    assert.equal(taken.size, 1000);
    for (const id of taken) assert.match(id, /^[a-z0-9-]+$/, id);
    assert.ok(taken.has("mfa-2010-07-22") && taken.has("mfa-2010-07-22-z") && taken.has("mfa-2010-07-22-ba"));
  });

  it("refuses a count that is not a whole number of at least 1", () => {
    for (const n of [0, -1, 1.5, Number.NaN]) assert.throws(() => daySuffix(n), RangeError);
  });
});
