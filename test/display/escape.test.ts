import { strict as assert } from "assert";
import { escapeHtml, escapeMarkdown } from "../../lib/display";

describe("display: escaping", () => {
  it("escapes the five HTML characters", () => {
    assert.equal(escapeHtml(`<&>"'`), "&lt;&amp;&gt;&quot;&#39;");
  });
  it("escapes what Markdown would read as formatting", () => {
    assert.equal(escapeMarkdown("a_b*c `d` [e] <f> \\"), "a\\_b\\*c \\`d\\` \\[e\\] \\<f\\> \\\\");
    assert.equal(escapeMarkdown("plain words, 0.5."), "plain words, 0.5.");
  });
});
