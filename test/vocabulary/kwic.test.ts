import { strict as assert } from "assert";
import { ArgumentError } from "../../lib/core";
import type { Evidence } from "../../lib/core";
import { kwic, kwicEvidence } from "../../lib/vocabulary/kwic";
import { U, groupOf, tokenize } from "./fixtures";

describe("vocabulary: KWIC", () => {
  it("gives one row per hit with N words of context and the unit's metadata", () => {
    const rows = kwic(U, ["negotiat*"], tokenize, { window: 2, groupOf });
    assert.deepEqual(
      rows.map((r) => [r.unitId, r.group, r.left, r.match, r.right]),
      [
        ["AAA_1", "Alpha", "to resume", "negotiations", ". The Pristina"],
        ["BBB_2", "Beta", "and the", "negotiated", "agreement. The"],
        ["CCC_1", "Gamma", "are unacceptable.", "Negotiation", "is the"],
      ],
    );
    // Offsets point into the unit body.
    const r = rows[0];
    assert.equal(U[0].body.slice(r.start, r.end), "negotiations");
  });

  it("keeps the text's punctuation in the context, and a window of 0 gives none", () => {
    const rows = kwic([U[0]], ["negotiat*"], tokenize, { window: 0 });
    assert.deepEqual([rows[0].left, rows[0].match, rows[0].right], ["", "negotiations", ""]);
  });

  it("sorts by the first word to the right, by the first word to the left, and by date", () => {
    const terms = ["authorities"];
    const byRight = kwic(U, terms, tokenize, { window: 3, sort: "right" }).map((r) => r.unitId);
    // right words: "acted" (AAA_1), "are" (CCC_1), "must" (BBB_2)
    assert.deepEqual(byRight, ["AAA_1", "CCC_1", "BBB_2"]);
    const byLeft = kwic(U, terms, tokenize, { window: 3, sort: "left" }).map((r) => r.unitId);
    // words on the left, nearest first: BBB_2 "kosovo …"; CCC_1 "pristina the by";
    // AAA_1 "pristina the negotiations" — the tie on the first two words is broken by the third.
    assert.deepEqual(byLeft, ["BBB_2", "CCC_1", "AAA_1"]);
    const byDate = kwic(U, terms, tokenize, { window: 3 }).map((r) => r.unitId);
    assert.deepEqual(byDate, ["AAA_1", "BBB_2", "CCC_1"]);
  });

  it("sorts by the match, case-insensitively", () => {
    const byMatch = kwic(U, ["negotiat*"], tokenize, { sort: "match" }).map((r) => r.match);
    assert.deepEqual(byMatch, ["negotiated", "Negotiation", "negotiations"]);
  });

  it("rejects a negative window and an unknown sort", () => {
    assert.throws(() => kwic(U, ["x"], tokenize, { window: -1 }), /window/);
    assert.throws(() => kwic(U, ["x"], tokenize, { sort: "size" as never }), /unknown sort/);
    assert.throws(() => kwic(U, ["x"], tokenize, { window: 1.5 }), ArgumentError);
  });

  it("builds concordance lines from codebook evidence offsets", () => {
    const body = U[1].body;
    const start = body.indexOf("advisory opinion");
    const ev: Evidence = {
      unitId: "BBB_1",
      theme: "icj",
      sentence: 1,
      text: "",
      match: "advisory opinion",
      start,
      end: start + 16,
      pattern: "advisory opinion",
    };
    const other: Evidence = { ...ev, theme: "normalization", start: 0, end: 13, match: "Normalization" };
    const rows = kwicEvidence(U, [ev, other], tokenize, { window: 2, keys: ["icj"] });
    assert.equal(rows.length, 1);
    assert.deepEqual(
      [rows[0].term, rows[0].left, rows[0].match, rows[0].right],
      ["icj", "hope. The", "advisory opinion", "was clear"],
    );
    assert.throws(() => kwicEvidence(U, [{ ...ev, unitId: "ZZZ_9" }], tokenize), /not among the units/);
  });
});
