import { strict as assert } from "assert";
import { foldCodeUnit, normalizeForMatch } from "../../lib/text";

// All sample sentences below are invented for these tests.

describe("text: normalizeForMatch", () => {
  it("lower-cases, folds diacritics, quotes and dashes", () => {
    assert.equal(normalizeForMatch("Priština – Đakovica’s “Metohija”"), 'pristina - dakovica\'s "metohija"');
    assert.equal(normalizeForMatch("ŁÓDŹ Øre İzmir"), "lodz ore izmir");
  });

  it("keeps the length 1:1 so offsets map back", () => {
    const samples = ["Priština – Đakovica’s “Metohija”", "İstanbul ǅ ß ﬁ 😀 e\u0301", "Ångström — naïve"];
    for (const s of samples) assert.equal(normalizeForMatch(s).length, s.length, s);
  });
});

describe("text: foldCodeUnit", () => {
  it("folds one UTF-16 code unit as normalizeForMatch folds it alone", () => {
    const fold = (c: string) => String.fromCharCode(foldCodeUnit(c.charCodeAt(0)));
    assert.equal(fold("Š"), "s");
    assert.equal(fold("K"), "k");
    assert.equal(fold("’"), "'");
    assert.equal(fold("\u212A"), "k"); // the Kelvin sign
    assert.equal(fold("1"), "1");
    // ß is lower case already and has no base letter: it stays
    assert.equal(fold("ß"), "ß");
  });
});
