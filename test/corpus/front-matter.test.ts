import { strict as assert } from "assert";
import { type FrontMatter, readFrontMatter } from "../../lib/corpus/front-matter";

describe("corpus: front matter", () => {
  it("reads the fields between the two `---` lines, with each field's line in the file", () => {
    const fm = readFrontMatter("x.txt", "---\nid: a\ndate: 2010-07-22\n---\n\nBody.") as FrontMatter;
    assert.equal(fm.fields.id, "a");
    assert.equal(fm.lineOf("id"), 2);
    assert.equal(fm.lineOf("date"), 3);
    assert.equal(fm.lineOf("absent"), 2);
    assert.equal(fm.close, 3);
    assert.deepEqual(fm.lines.slice(fm.close + 1), ["", "Body."]);
  });

  it("says what stops it: no opening line, no closing line, bad YAML, not fields", () => {
    const problem = (s: string) => {
      const r = readFrontMatter("x.txt", s);
      assert.ok("problems" in r);
      return `${r.problems[0].line}: ${r.problems[0].message}`;
    };
    assert.equal(problem("Body only."), "1: no front matter: the file must begin with a line `---`");
    assert.equal(problem("---\nid: a\nBody."), "1: front matter has no closing `---` line");
    assert.match(problem("---\nid: a\nid: b\n---\nBody."), /^\d+: front matter is not valid YAML/);
    assert.equal(problem("---\n- a\n- b\n---\nBody."), "2: front matter must be `name: value` fields");
  });
});
