import { strict as assert } from "assert";
import { defaultScopeMode } from "../../lib/coding";

describe("coding: the scope mode of a corpus", () => {
  it("picks sentence mode for General Debate cards and unit mode for a folder of statements", () => {
    assert.equal(defaultScopeMode({ source: { kind: "ungdc" }, unit: "whole" }), "sentence");
    assert.equal(defaultScopeMode({ source: { kind: "folder" }, unit: "kosovo-passage" }), "sentence");
    // China's Council speeches on every topic: sentence scope; the speeches of the Kosovo meetings: whole
    assert.equal(defaultScopeMode({ source: { kind: "unsc-speeches", select: "china" }, unit: "whole" }), "sentence");
    assert.equal(
      defaultScopeMode({ source: { kind: "unsc-speeches", select: "kosovo-meetings" }, unit: "whole" }),
      "unit",
    );
    assert.equal(defaultScopeMode({ source: { kind: "folder" }, unit: "whole" }), "unit");
  });
});
