import { strict as assert } from "assert";
import { wholeTextUnit } from "../../lib/units";
import type { Text } from "../../lib/core";
import { countWords } from "../../lib/text";

// All sample sentences below are invented for these tests.

function makeText(body: string, id = "XXX_63_2008"): Text {
  return {
    id,
    date: null,
    year: 2008,
    category: "general-debate",
    speaker: "A. Speaker",
    post: "Minister",
    country: "XXX",
    countryName: "Examplestan",
    venue: "UN General Assembly, General Debate, session 63",
    source: "test",
    body,
    words: countWords(body),
  };
}

describe("units: wholeTextUnit", () => {
  it("gives the whole text as one unit", () => {
    const t = makeText("One. Two.");
    const u = wholeTextUnit(t);
    assert.deepEqual(u.spans, [[0, 9]]);
    assert.equal(u.id, t.id);
    assert.equal(u.body, t.body);
    assert.equal(u.words, 2);
  });
});
