import { strict as assert } from "assert";
import { display, displayWriter, inNotebook } from "../../lib/display";
import { insideTslab, outsideNotebook } from "./tslab";

describe("display: one display, several MIME types", () => {
  describe("outside a notebook", () => {
    outsideNotebook();
    it("finds no display writer and displays nothing", () => {
      assert.equal(displayWriter(), null);
      assert.equal(inNotebook(), false);
      assert.equal(display({ "text/plain": "x" }), false);
    });
  });
  describe("inside tslab", () => {
    const tslab = insideTslab();
    it("sends the bundle as one display_data message", () => {
      assert.equal(inNotebook(), true);
      assert.equal(display({ "text/html": "<b>3</b>", "text/plain": "3" }), true);
      assert.deepEqual(tslab.sent(), [
        { msg: { data: { "text/html": "<b>3</b>", "text/plain": "3" }, metadata: {}, transient: {} }, update: false },
      ]);
    });
  });
});
