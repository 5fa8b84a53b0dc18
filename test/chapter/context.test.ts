import { strict as assert } from "assert";
import { chapterContext, compareView } from "../../lib/chapter";
import { themeKeys } from "../../lib/codebook";
import { loadCard } from "../../lib/corpus";

describe("chapter: what a chapter works on", () => {
  it("the context: the card, the codebook, its themes, the paper's themes and the stance weights", () => {
    const ctx = chapterContext("ungdc-kosovo");
    assert.equal(ctx.card.name, "ungdc-kosovo");
    assert.deepEqual(ctx.themes, themeKeys(ctx.codebook));
    assert.deepEqual(ctx.paperThemes.rankedThemes, [
      "sovereignty",
      "dialogue",
      "unilateral",
      "un_authority",
      "us_nato",
    ]);
    assert.ok(Object.keys(ctx.stance).includes("independence"));
  });

  it("chapter 08's view: China's own speeches are compared with every delegation's Kosovo passages", () => {
    assert.equal(compareView(loadCard("china-ungdc")).card.name, "ungdc-kosovo");
  });
});
