import { strict as assert } from "assert";
import { parseCodebook, RESERVED_NAMES, themeKeyCollision } from "../../lib/codebook";
import { ValidationError } from "../../lib/core";
import { CODEBOOK, editedCodebook, lineOf } from "../support/adversarial-fixtures";

describe("codebook: theme keys that a table already uses", () => {
  it("names the table each reserved key collides with", () => {
    assert.equal(themeKeyCollision("year", []), 'theme key "year" is a column of the coding CSV and the coding sheets');
    assert.equal(
      themeKeyCollision("overall", []),
      'theme key "overall" is the pooled row of the reliability and validation tables',
    );
    assert.match(
      themeKeyCollision("dialogue_n", ["dialogue", "dialogue_n"]) ?? "",
      /mentions column of theme "dialogue"/,
    );
    assert.equal(themeKeyCollision("dialogue_n", ["dialogue_n"]), null); // no theme "dialogue": no column dialogue_n
    assert.equal(themeKeyCollision("sovereignty", ["sovereignty"]), null);
  });

  it("every reserved name is a valid key (so the problem is the collision, not the spelling)", () => {
    for (const k of Object.keys(RESERVED_NAMES)) assert.match(k, /^[a-z][a-z0-9_]*$/);
  });

  for (const key of ["year", "id", "coder", "units", "overall", "sovereignty_n"])
    it(`a theme "${key}" is refused with its line`, () => {
      const src = editedCodebook("  - key: dialogue\n", `  - key: ${key}\n`);
      assert.throws(
        () => parseCodebook(src, "cb.yaml"),
        (e: Error) =>
          e instanceof ValidationError &&
          e.message.includes(`cb.yaml:${lineOf(src, `key: ${key}`)}`) &&
          e.message.includes(`theme key "${key}"`) &&
          e.message.includes("rename the theme"),
      );
    });

  it("the invented codebook, and a theme named like a column but not one, pass", () => {
    assert.doesNotThrow(() => parseCodebook(CODEBOOK, "cb.yaml"));
    assert.doesNotThrow(() => parseCodebook(editedCodebook("  - key: dialogue\n", "  - key: yearly\n"), "cb.yaml"));
  });
});
