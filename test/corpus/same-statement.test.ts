import { strict as assert } from "assert";
import { sameStatementAs } from "../../lib/corpus/same-statement";

// The rule is sameTextKey's (lib/text/same-text.ts); here: the first file is kept, a later copy is named.
describe("corpus: the same statement in two files of one folder", () => {
  const cases: Array<[string, string, boolean]> = [
    ["a file manager's copy, byte for byte", "An invented line on dialogue.", true],
    ["other spacing and capitals", "AN invented line on dialogue .", true],
    ["a word changed", "An invented line on talks.", false],
  ];
  for (const [what, second, copy] of cases)
    it(`${what}: ${copy ? "named as a copy" : "a text of its own"}`, () => {
      const seen = new Map<string, string>();
      assert.equal(sameStatementAs(seen, "An invented line on dialogue.", "a.txt"), null);
      const p = sameStatementAs(seen, second, "a (1).txt");
      if (!copy) return assert.equal(p, null);
      assert.equal(p?.file, "a (1).txt");
      assert.match(p?.message ?? "", /^holds the same statement as a\.txt/);
    });
});
