import { strict as assert } from "assert";
import { fmt } from "../../lib/charts/values";

describe("charts: caption numbers", () => {
  it("never writes -0.00 in a caption", () => {
    assert.equal(fmt(-0.001, 2), "0.00");
    assert.equal(fmt(-0.25, 2), "-0.25");
    assert.equal(fmt(2.345, 1), "2.3");
  });
});
