import { strict as assert } from "assert";
import type { Evidence } from "../../lib/core";
import { clipLeft, clipRight, kwicRows } from "../../lib/tables";
import type { KwicRow } from "../../lib/vocabulary";

const line = (over: Partial<KwicRow>): KwicRow => ({
  unitId: "u1",
  date: null,
  year: 2010,
  country: "XXX",
  group: "",
  term: "sovereignty",
  left: "we respect the",
  match: "sovereignty",
  right: "of Serbia",
  start: 15,
  end: 26,
  ...over,
});

describe("tables: concordance lines aligned on the hit", () => {
  it("cuts the left context from its start and the right one at its end, at words", () => {
    assert.equal(clipLeft("we respect the sovereignty and territorial integrity of", 20), "…integrity of");
    assert.equal(clipRight("and territorial integrity of the Republic of Serbia", 20), "and territorial…");
    assert.equal(clipLeft("short", 20), "short");
  });

  it("one line per spot: two patterns on the same words are one line, with both patterns", () => {
    const evidence: Evidence[] = [
      {
        unitId: "u1",
        theme: "sovereignty",
        sentence: 0,
        text: "",
        match: "sovereignty",
        start: 15,
        end: 26,
        pattern: "p1",
      },
      {
        unitId: "u1",
        theme: "sovereignty",
        sentence: 0,
        text: "",
        match: "sovereignty",
        start: 15,
        end: 26,
        pattern: "p2",
      },
    ];
    const rows = kwicRows([line({}), line({})], { columns: ["passage", "term"], evidence });
    assert.deepEqual(rows, [
      {
        passage: "u1",
        term: "sovereignty",
        left: "we respect the",
        hit: "sovereignty",
        right: "of Serbia",
        patterns: "p1 · p2",
      },
    ]);
  });

  it("keeps the group column only when groups were given", () => {
    assert.deepEqual(Object.keys(kwicRows([line({})])[0]), ["passage", "year", "left", "hit", "right"]);
    assert.deepEqual(Object.keys(kwicRows([line({ group: "EU" })])[0]), [
      "passage",
      "year",
      "group",
      "left",
      "hit",
      "right",
    ]);
  });

  it("only the terms given, in their order, at most perTerm lines each, counted after merging", () => {
    const lines = [
      line({ term: "b", start: 1, end: 2 }),
      line({ term: "a", start: 1, end: 2 }),
      line({ term: "a", start: 1, end: 2 }), // the same spot again: merged, not counted twice
      line({ term: "a", start: 5, end: 6 }),
      line({ term: "a", start: 9, end: 10 }),
      line({ term: "c", start: 9, end: 10 }), // not among the terms: left out
    ];
    const rows = kwicRows(lines, { columns: ["term"], perTerm: 2, terms: ["a", "b"] });
    assert.deepEqual(
      rows.map((r) => r.term),
      ["a", "a", "b"],
    );
  });

  it("with no term column, the patterns column names the theme", () => {
    const evidence: Evidence[] = [
      {
        unitId: "u1",
        theme: "sovereignty",
        sentence: 0,
        text: "",
        match: "sovereignty",
        start: 15,
        end: 26,
        pattern: "p1",
      },
    ];
    const rows = kwicRows([line({})], { columns: ["passage"], evidence });
    assert.equal(rows[0]["theme: patterns"], "sovereignty: p1");
  });
});
