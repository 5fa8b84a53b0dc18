import { strict as assert } from "assert";
import { nationalCapacityPart, stripFormOfAddress } from "../../../lib/corpus/datasets/council";

describe("datasets/council", () => {
  it("takes the printed form of address off a speech's start", () => {
    assert.equal(stripFormOfAddress("Mr. Wen Example (China) (spoke in Chinese): Invented words."), "Invented words.");
    assert.equal(
      stripFormOfAddress("The President (spoke in Chinese): The meeting is resumed."),
      "The meeting is resumed.",
    );
    assert.equal(stripFormOfAddress("The President: I thank."), "I thank.");
    assert.equal(stripFormOfAddress("Invented words without one."), "Invented words without one.");
    // a speech that opens by addressing the President keeps its words
    assert.equal(stripFormOfAddress("Mr. President, the point is: this."), "Mr. President, the point is: this.");
  });

  it("keeps only the part a presiding member speaks in its national capacity", () => {
    const body =
      "The meeting is resumed. I shall now make a statement in my capacity as the representative of China. " +
      "Invented national words. I now resume my functions as President of the Council. Next.";
    assert.deepEqual(nationalCapacityPart(body), {
      country: "China",
      text: "I shall now make a statement in my capacity as the representative of China. Invented national words.",
    });
    assert.equal(nationalCapacityPart("The meeting is called to order."), null);
  });
});
