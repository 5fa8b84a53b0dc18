import { strict as assert } from "assert";
import { defaultScopeMode } from "../../lib/coding";

describe("coding: the scope mode of a corpus", () => {
  it("picks sentence mode for General Debate cards and unit mode for a folder of statements", () => {
    assert.equal(defaultScopeMode({ source: { kind: "ungdc" }, unit: "whole" }), "sentence");
    assert.equal(defaultScopeMode({ source: { kind: "folder" }, unit: "kosovo-passage" }), "sentence");
    assert.equal(defaultScopeMode({ source: { kind: "folder" }, unit: "whole" }), "unit");
  });
});
