import { strict as assert } from "assert";
import { fisherByHand, fisherSteps } from "../../lib/chapter";

describe("chapter: chapter 06's steps", () => {
  it("Fisher by hand as rows: seven tables with margins 6/6 of 12, each C(6,a)²/924", () => {
    const steps = fisherSteps(
      fisherByHand([
        [5, 1],
        [1, 5],
      ]),
    );
    assert.equal(steps.length, 7);
    assert.deepEqual(steps[5], {
      "top-left cell": 5,
      table: "[[5, 1], [1, 5]]",
      probability: "36/924 = 0.039",
      "counted in p": "yes (observed)",
    });
    assert.equal(steps[3].probability, "400/924 = 0.433");
    assert.equal(steps[3]["counted in p"], "");
    assert.equal(steps[6]["counted in p"], "yes");
  });
});
