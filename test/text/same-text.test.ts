import { strict as assert } from "assert";
import { createHash } from "crypto";
import { sameTextDigest, sameTextKey } from "../../lib/text";

describe("text: when two texts are the same statement", () => {
  const base = "An invented statement on dialogue.\nIt has two lines.";
  const same: Array<[string, string]> = [
    ["other line breaks", "An invented statement on dialogue. It has\ntwo lines."],
    ["indentation and trailing spaces", "  An invented statement on dialogue.\n\n\tIt has two lines.  \n"],
    ["capitals", "AN INVENTED STATEMENT ON DIALOGUE. it has two lines."],
    ["no-break spaces and a zero-width space", "An\u00A0invented statement on\u200B dialogue. It has two lines."],
    ["a byte-order mark and CRLF", "\uFEFFAn invented statement on dialogue.\r\nIt has two lines."],
    ["a space before the full stop", "An invented statement on dialogue .\nIt has two lines ."],
    ["words run together where a line broke", "An invented statement ondialogue.It has two lines."],
    ["an accent", "An invented statement on dialogue.\nIt has twó lines."],
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

  it("curly and straight quote marks, dashes: the same", () => {
    assert.equal(sameTextKey("China’s “dialogue” — now."), sameTextKey('China\'s "dialogue" - now.'));
  });

  it("composes before comparing: é typed as e + combining accent is é", () => {
    assert.equal(sameTextKey("Caf\u0065\u0301"), sameTextKey("Caf\u00E9"));
  });
});

describe("text: the digest of the same-statement key, made piece by piece", () => {
  it("equals the digest of the whole key, across the 1 MiB pieces", () => {
    const long = "An invented Word, with Spacing.\n".repeat(70000); // about 2.2 MB: three pieces
    const whole = createHash("sha256")
      .update(Buffer.from(sameTextKey(long), "utf16le"))
      .digest("hex");
    assert.equal(sameTextDigest(long), whole);
    assert.equal(sameTextDigest(long.toUpperCase().replace(/ /g, "  ")), whole);
    assert.notEqual(sameTextDigest(long.replace("Word", "Ward")), whole);
  });
});
