import { strict as assert } from "assert";
import { GUID_PATTERN, normalGuid, stableGuid } from "../../../lib/sheets";

describe("sheets/qdpx: stable GUIDs", () => {
  it("the same parts give the same GUID, other parts another; every one fits the schema's GUID pattern", () => {
    const a = stableGuid("code", "sovereignty");
    assert.equal(stableGuid("code", "sovereignty"), a);
    assert.notEqual(stableGuid("code", "dialogue"), a);
    // the parts are joined with a separator no name holds: ("ab", "c") is not ("a", "bc")
    assert.notEqual(stableGuid("ab", "c"), stableGuid("a", "bc"));
    for (const g of [a, stableGuid("x"), stableGuid("")]) assert.match(g, GUID_PATTERN);
  });

  it("is shaped as an RFC 4122 name-based GUID: version 5, variant 10xx", () => {
    const g = stableGuid("source", "ungdc-kosovo", "SRB_63_2008");
    assert.equal(g[14], "5");
    assert.ok("89AB".includes(g[19]), g);
  });

  it("normalGuid drops braces and upper-cases, so references compare however a tool wrote them", () => {
    assert.equal(normalGuid("{a1b2c3d4-0000-5000-8000-00000000abcd}"), "A1B2C3D4-0000-5000-8000-00000000ABCD");
    assert.match("{a1b2c3d4-0000-5000-8000-00000000abcd}", GUID_PATTERN);
    assert.doesNotMatch("a1b2c3d4-0000-5000-8000", GUID_PATTERN);
  });
});
