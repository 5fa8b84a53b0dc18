import { strict as assert } from "assert";
import { kosovoPassage } from "../../lib/units";
import type { Text } from "../../lib/core";
import { countWords, splitSentences } from "../../lib/text";

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

describe("units: kosovoPassage", () => {
  const body = [
    "S0 opening words.", // 0
    "S1 about trade.", // 1
    "S2 before.", // 2
    "S3 names Kosovo.", // 3
    "S4 after.", // 4
    "S5 gap.", // 5
    "S6 gap.", // 6
    "S7 before.", // 7
    "S8 names UNMIK.", // 8
    "S9 after.", // 9
    "S10 after again.", // 10
    "S11 names EULEX.", // 11
  ].join(" ");

  it("takes each anchor sentence with one sentence either side, merging windows that touch", () => {
    const u = kosovoPassage(makeText(body));
    assert.ok(u);
    const s = splitSentences(body);
    // windows [2,4], [7,9] and [10,11]: the last two touch (9 and 10 are neighbours) and merge
    assert.deepEqual(u.spans, [
      [s[2].start, s[4].end],
      [s[7].start, s[11].end],
    ]);
    assert.equal(
      u.body,
      "S2 before. S3 names Kosovo. S4 after.\n\nS7 before. S8 names UNMIK. S9 after. S10 after again. S11 names EULEX.",
    );
    assert.equal(u.id, "XXX_63_2008");
    assert.equal(u.textId, "XXX_63_2008");
    assert.equal(u.words, countWords(u.body));
    assert.equal(u.country, "XXX");
  });

  it("keeps windows apart when a sentence lies between them", () => {
    const u = kosovoPassage(makeText("Ay Kosovo. Bee. Cee. Dee. Ee Kosovo."));
    assert.ok(u);
    assert.deepEqual(u.spans.length, 2);
    assert.equal(u.body, "Ay Kosovo. Bee.\n\nDee. Ee Kosovo.");
  });

  it("returns null when no anchor term is named", () => {
    assert.equal(kosovoPassage(makeText("The workforce met the Taskforce. Nothing else.")), null);
  });
});
