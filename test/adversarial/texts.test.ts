/**
 * Issue 19, class 3 (texts) — the wrong file silently wins. A text with nothing in it is refused with
 * its name, never coded as a unit with every theme 0; a statement added again with other whitespace or
 * capitals is the same statement (the rule: `sameTextKey`, lib/text/same-text.ts).
 *
 *  X1  code --texts with a 0-byte .txt                       → exit 1 "<file>:1: empty file (0 bytes)"; the old
 *                                                              output untouched
 *  X2  code --texts with a .txt of spaces, tabs, line breaks and a zero-width space
 *                                                            → exit 1 "<file>:1: no text: only whitespace"
 *  X3  add-text the same statement with other line breaks, indentation and capitals
 *                                                            → exit 1 'already in the corpus as "…" (the same …)'
 *  X4  add-text the statement with one word changed          → exit 0: a new text, id <category>-<date>
 * (Two sheets by one coder in a coding folder belong to the sheet-reading work.)
 */
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import {
  EARLIER_CODING,
  inventedProse,
  runScript,
  snapshot,
  textFile,
  tmpDir,
  writeTree,
} from "../support/adversarial-fixtures";

const prose = inventedProse(3, "x", ["Kosovo", "dialogue"]);

describe("adversarial (issue 19, class 3): empty texts and copies", function () {
  this.timeout(60000);

  const empties: Array<[string, string, string | Buffer, RegExp]> = [
    ["X1", "a 0-byte .txt", Buffer.alloc(0), /b-2011\.txt:1: empty file \(0 bytes\)/],
    ["X2", "a whitespace-only .txt", " \t\n\n  \u200B \r\n", /b-2011\.txt:1: no text: only whitespace/],
  ];
  for (const [id, what, content, message] of empties)
    it(`${id} code --texts with ${what}: exit 1 naming the file; the old output untouched`, () => {
      const dir = tmpDir("empty-text");
      writeTree(dir, {
        "texts/a-2010.txt": `${prose}\n`,
        "texts/b-2011.txt": content,
        "out.csv": EARLIER_CODING,
      });
      const before = snapshot(dir);
      const r = runScript("code", ["--texts", path.join(dir, "texts"), "--out", path.join(dir, "out.csv")]);
      assert.equal(r.status, 1, r.stderr);
      assert.match(r.stderr, message);
      assert.deepEqual(snapshot(dir), before);
    });

  const add = (dir: string, input: string) =>
    runScript(
      "add-text",
      ["--corpus", "china-kosovo", "--dir", dir, "--file", "-", "--date", "2010-07-23", "--category", "mfa"].concat([
        "--speaker",
        "",
        "--venue",
        "An invented venue",
        "--source",
        "https://example.org/invented",
      ]),
      { input },
    );
  const folder = () => {
    const dir = tmpDir("copies");
    writeTree(dir, { "mfa-2010-07-22.txt": textFile(prose) });
    return dir;
  };

  it("X3 add-text the same statement with other line breaks, indentation and capitals: exit 1, untouched", () => {
    const dir = folder();
    const before = snapshot(dir);
    const again = `  ${prose.toUpperCase().replace(/\. /g, ".\n\n\t")}\n`;
    const r = add(dir, again);
    assert.equal(r.status, 1, r.stderr);
    assert.match(
      r.stderr,
      new RegExp(
        'standard input: this text is already in the corpus as "mfa-2010-07-22" ' +
          "\\(the same words; only spacing, line breaks or capitals differ\\)",
      ),
    );
    assert.deepEqual(snapshot(dir), before);
  });

  it("X4 add-text the statement with one word changed: a new text", () => {
    const dir = folder();
    const r = add(dir, prose.replace(/\bdialogue\b/, "talks"));
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(fs.readdirSync(dir).sort(), ["mfa-2010-07-22.txt", "mfa-2010-07-23.txt"]);
  });
});
