import { strict as assert } from "assert";
import { showMarkdown, showNote } from "../../lib/display";
import { insideTslab, outsideNotebook } from "./tslab";

describe("display: Markdown and notes", () => {
  describe("outside a notebook", () => {
    outsideNotebook();
    it("showMarkdown and showNote do not crash and return nothing", () => {
      assert.equal(showMarkdown("*x*"), undefined);
      assert.equal(showNote("an invented note", { quiet: true }), undefined);
    });
  });
  describe("inside tslab", () => {
    const tslab = insideTslab();
    it("showNote and showMarkdown send Markdown with a text fallback", () => {
      showNote("The invented corpus is empty — run `npm run fetch`.");
      showMarkdown("**3** invented texts");
      const sent = tslab.sent();
      assert.equal(sent.length, 2);
      assert.equal(
        sent[0].msg.data["text/markdown"],
        "> **Note**\n>\n> The invented corpus is empty — run `npm run fetch`.",
      );
      assert.equal(sent[0].msg.data["text/plain"], "Note: The invented corpus is empty — run `npm run fetch`.");
      assert.equal(sent[1].msg.data["text/markdown"], "**3** invented texts");
    });
  });
});
