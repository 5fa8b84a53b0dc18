import { strict as assert } from "assert";
import { mentionRates } from "../../lib/timeline/rates";
import { periods, rows } from "./rows";

describe("timeline: rates", () => {
  it("gives mentions per 1,000 words per period", () => {
    const words = new Map([
      ["e1", 500],
      ["e2", 500],
      ["e3", 1000],
      ["m1", 250],
      ["m2", 250],
      ["l1", 100],
      ["l2", 400],
      ["x", 1],
    ]);
    const r = mentionRates(rows, (x) => words.get(x.id) ?? 0, ["sovereignty"], periods);
    assert.deepEqual(
      r.map((c) => [c.key, c.mentions, c.words, c.per1000]),
      [
        ["2008–2011", 1, 2000, 0.5],
        ["2012–2020", 1, 500, 2],
        ["2021–2024", 2, 500, 4],
      ],
    );
  });

  it("gives a cell per year without periods, and null where there are no words", () => {
    const r = mentionRates(rows, () => 0, ["sovereignty"]);
    assert.equal(r.length, 7); // 2005, 2008, 2009, 2015, 2016, 2022, 2023
    assert.ok(r.every((c) => c.per1000 === null));
  });
});
