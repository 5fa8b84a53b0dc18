import { strict as assert } from "assert";
import { claimsIn, claimsOf, joinParts, sentence } from "../../../lib/report";

describe("report: a finding's sentences and claims", () => {
  const at = claimsIn("05-counts", "finding-hierarchy");

  it("a claim is a text tied to a chapter cell, with a table row when it comes from one", () => {
    assert.deepEqual(at(57), {
      kind: "claim",
      text: "57",
      cell: { chapter: "05-counts", tag: "finding-hierarchy" },
    });
    assert.deepEqual(at("49.5%", ["dialogue"]).row, ["dialogue"]);
  });

  it("a sentence keeps text and claims in reading order; numbers become text, sentences are spliced", () => {
    const inner = sentence`(${at("2")})`;
    assert.deepEqual(sentence`A ${at("x")} and ${3} ${inner}.`, [
      "A ",
      at("x"),
      " and ",
      "3",
      " ",
      "(",
      at("2"),
      ")",
      ".",
    ]);
  });

  it("joins items with a separator and a last one", () => {
    const items = [[at("a")], [at("b")], [at("c")]];
    assert.deepEqual(joinParts(items, ", ", " and "), [at("a"), ", ", at("b"), " and ", at("c")]);
    assert.deepEqual(joinParts([], ", "), []);
  });

  it("collects the claims of the sentences and the caveat", () => {
    const f = {
      key: "k",
      title: "t",
      cell: at("").cell,
      sentences: [sentence`${at("1")} and ${at("2")}`],
      chart: "",
      caveat: sentence`but ${at("3")}`,
    };
    assert.deepEqual(
      claimsOf(f).map((c) => c.text),
      ["1", "2", "3"],
    );
  });
});
