import { strict as assert } from "assert";
import { speakerLabel } from "../../../lib/sources/extract";

describe("extract: speaker lines", () => {
  it("parses a Council speaker label with its parentheses", () => {
    const l = speakerLabel("Mr. Liu Zhenmin (China) (spoke in Chinese): Thank you.");
    assert.deepEqual(l, {
      name: "Mr. Liu Zhenmin",
      notes: ["China", "spoke in Chinese"],
      length: "Mr. Liu Zhenmin (China) (spoke in Chinese): ".length,
    });
    assert.equal(speakerLabel("The President (spoke in French): I now give the floor.")?.name, "The President");
    assert.equal(speakerLabel("The President: Thanks.")?.notes.length, 0);
  });

  it("does not take ordinary sentences or country-less names for labels", () => {
    assert.equal(speakerLabel("Mr. President, we have three points: first, dialogue."), null);
    assert.equal(speakerLabel("Mr. Smith: hello"), null);
    assert.equal(speakerLabel("China respects: the sovereignty"), null);
  });
});
