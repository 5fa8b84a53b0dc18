import { strict as assert } from "assert";
import { sameTextKey } from "../../lib/text";

describe("text: when two texts are the same statement", () => {
  const base = "An invented statement on dialogue.\nIt has two lines.";
  const same: Array<[string, string]> = [
    ["other line breaks", "An invented statement on dialogue. It has\ntwo lines."],
    ["indentation and trailing spaces", "  An invented statement on dialogue.\n\n\tIt has two lines.  \n"],
    ["capitals", "AN INVENTED STATEMENT ON DIALOGUE. it has two lines."],
    ["no-break spaces and a zero-width space", "An\u00A0invented statement on\u200B dialogue. It has two lines."],
    ["a byte-order mark and CRLF", "\uFEFFAn invented statement on dialogue.\r\nIt has two lines."],
  ];
  for (const [what, other] of same)
    it(`the same despite ${what}`, () => assert.equal(sameTextKey(other), sameTextKey(base)));

  const different: Array<[string, string]> = [
    ["a word changed", "An invented statement on talks.\nIt has two lines."],
    ["a figure changed", "An invented statement on dialogue.\nIt has 3 lines."],
    ["punctuation changed", "An invented statement on dialogue!\nIt has two lines."],
  ];
  for (const [what, other] of different)
    it(`a new text when ${what}`, () => assert.notEqual(sameTextKey(other), sameTextKey(base)));

  it("composes before comparing: é typed as e + combining accent is é", () => {
    assert.equal(sameTextKey("Caf\u0065\u0301"), sameTextKey("Caf\u00E9"));
  });
});
