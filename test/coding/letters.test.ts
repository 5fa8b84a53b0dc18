import { strict as assert } from "assert";
import { aliasTable, rarity } from "../../lib/coding/letters";

describe("coding: letters for the run finder", () => {
  it("rates a run by its rarest letter (English letter frequencies, percent; a digit 0.5)", () => {
    assert.equal(rarity("kosovo"), 0.8); // k
    assert.equal(rarity("pisg"), 1.9); // p
    assert.equal(rarity("1244"), 0.5);
  });

  it("lists the non-ASCII characters that fold to a letter", () => {
    const k = aliasTable().get("k".charCodeAt(0)) ?? "";
    assert.ok(k.includes("ķ") && k.includes("Ķ") && k.includes("\u212A"), k); // the Kelvin sign folds to k
    assert.ok(!k.includes("k") && !k.includes("K"), "ASCII letters are not aliases");
    assert.ok((aliasTable().get("s".charCodeAt(0)) ?? "").includes("š"));
  });
});
