import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { extractStatementHtml } from "../../../lib/sources/extract";

const FIX = path.join(__dirname, "..", "..", "fixtures", "sources");
const read = (f: string) => fs.readFileSync(path.join(FIX, f), "utf8");

describe("extract: statement pages (HTML)", () => {
  it("keeps the title and the statement, drops navigation, print links, date line and photo caption", () => {
    const ex = extractStatementHtml(read("mission-statement.html"));
    assert.equal(ex.title, "Remarks by Ambassador Example at the Security Council Briefing on an Invented Item");
    assert.equal(
      ex.body,
      [
        "Remarks by Ambassador Example at the Security Council Briefing on an Invented Item",
        "Mr. President,",
        "I thank the Special Representative for the briefing. The fictional delegation has listened carefully to " +
          "the speakers today.",
        "First, the invented parties should keep talking. Dialogue between Belgrade and Pristina is the right way, " +
          "and agreements reached should be carried out in good faith.",
        "Second, resolution 1244 remains the basis of this invented discussion, and the sovereignty and " +
          "territorial integrity of Serbia should be respected.",
        "Any unilateral step that raises tension should be avoided.",
        "Thank you, Mr. President.",
      ].join("\n\n"),
    );
    for (const junk of ["Print", "Close", "Home", "caption", "Copyright", "2031-04-22", "analytics"])
      assert.ok(!ex.body.includes(junk), junk);
  });
  it("falls back to the densest block when no known container is there", () => {
    const html =
      "<html><body><div><a href='/'>Home</a></div><div><p>One sentence of an invented text.</p><p>Another sentence " +
      "of it.</p></div></body></html>";
    assert.equal(extractStatementHtml(html).body, "One sentence of an invented text.\n\nAnother sentence of it.");
  });
});
