import { strict as assert } from "assert";
import { speakerKey } from "../../lib/corpus";
import { stripTitles } from "../../lib/corpus/speaker-names";

describe("corpus: speakers' names", () => {
  it("drops leading titles, one after another", () => {
    assert.equal(stripTitles("Mr. Wang Yi"), "Wang Yi");
    assert.equal(stripTitles("H.E. Mr. Wang Yi"), "Wang Yi");
    assert.equal(stripTitles("  Dame Jane Roe "), "Jane Roe");
    assert.equal(stripTitles("Mrsala Example"), "Mrsala Example"); // a name that begins like a title
  });

  it("gives one key to spellings that differ in titles, case, diacritics and spacing", () => {
    assert.equal(speakerKey("Mr. Ivica DAČIĆ"), speakerKey("Ivica Dacic"));
    assert.equal(speakerKey("HUANG  Hua"), "huang hua");
    assert.notEqual(speakerKey("Wang Yi"), speakerKey("Wang Yu"));
  });
});
