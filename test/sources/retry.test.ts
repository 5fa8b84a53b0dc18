import { strict as assert } from "assert";
import { backoffWait } from "../../lib/sources";

describe("sources: waits between retries", () => {
  it("doubles the first wait per attempt, up to the cap", () => {
    assert.deepEqual(
      [0, 1, 2, 3, 4, 5].map((a) => backoffWait(a, 1000, 15000)),
      [1000, 2000, 4000, 8000, 15000, 15000],
    );
  });
  it("waits as long as a Retry-After header asks, but never more than the cap", () => {
    assert.equal(backoffWait(0, 1000, 15000, 3), 3000);
    assert.equal(backoffWait(0, 1000, 15000, 60), 15000);
    assert.equal(backoffWait(2, 1000, 15000, 0), 0);
  });
});
