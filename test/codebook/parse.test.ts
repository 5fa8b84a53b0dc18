import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { loadCodebook, parseCodebook, themeKeys } from "../../lib/codebook";
import { ValidationError } from "../../lib/core";

const FIX = path.join(__dirname, "..", "fixtures", "codebook");
const fixture = (name: string) => path.join(FIX, name);

/** The problems of a codebook that must fail to load, as "line: message". */
function problemsOf(file: string): Array<{ line: number | undefined; message: string }> {
  try {
    loadCodebook(file);
  } catch (e) {
    assert.ok(e instanceof ValidationError, `expected a ValidationError, got ${String(e)}`);
    for (const p of e.problems) assert.equal(p.file, file);
    return e.problems.map((p) => ({ line: p.line, message: p.message }));
  }
  assert.fail(`${file} loaded without an error`);
}

describe("codebook: validation names the line of each problem", () => {
  it("loads the minimal fixture", () => {
    const cb = loadCodebook(fixture("minimal.yaml"));
    assert.deepEqual(themeKeys(cb), ["sovereignty", "dialogue", "heritage"]);
    const near = cb.themes[0].patterns[0];
    assert.equal(near.kind, "near");
    assert.equal(near.source, "near [sovereignty|territorial integrity, Serbia|Belgrade] within 4");
    assert.equal(near.line, 23);
    assert.equal(cb.themes[0].veto[0].source, "near [Kosovo's, sovereignty] within 1 ordered");
    assert.equal(cb.themes[1].patterns[0].unless[0].source, "stalled");
  });

  it("an unknown key", () => {
    const ps = problemsOf(fixture("bad-unknown-key.yaml"));
    assert.deepEqual(
      ps.map((p) => p.line),
      [8, 11],
    );
    assert.match(ps[1].message, /unknown key "defintion"/);
    assert.match(ps[0].message, /definition is missing/);
  });

  it("empty, match-everything, regex-like and stop-word patterns, each on its line", () => {
    const ps = problemsOf(fixture("bad-patterns.yaml"));
    assert.deepEqual(
      ps.map((p) => p.line),
      [13, 14, 15, 16, 17, 18],
    );
    assert.match(ps[0].message, /empty pattern/);
    assert.match(ps[1].message, /could match almost any word/);
    assert.match(ps[2].message, /"n\*" could match almost any word/);
    assert.match(ps[3].message, /regular expression/);
    assert.match(ps[4].message, /almost every sentence/);
    assert.match(ps[5].message, /empty alternative/);
  });

  it("a malformed proximity: no distance, one side, a distance that is not a number", () => {
    const ps = problemsOf(fixture("bad-near.yaml"));
    assert.deepEqual(
      ps.map((p) => p.line),
      [13, 14, 17],
    );
    assert.ok(ps.every((p) => /malformed proximity/.test(p.message)));
    assert.match(ps[0].message, /within/);
    assert.match(ps[1].message, /exactly two/);
  });

  it("duplicate theme keys", () => {
    const ps = problemsOf(fixture("bad-duplicate.yaml"));
    assert.equal(ps.length, 1);
    assert.equal(ps[0].line, 13);
    assert.match(ps[0].message, /duplicate key "dialogue" \(first defined on line 8\)/);
  });

  it("a tab in the indentation", () => {
    const ps = problemsOf(fixture("bad-tab.yaml"));
    assert.deepEqual(ps, [{ line: 9, message: "tab in indentation (YAML indents with spaces only)" }]);
  });

  it("reports a YAML duplicate mapping key with its line", () => {
    const text = fs
      .readFileSync(fixture("minimal.yaml"), "utf8")
      .replace("title: Test codebook", "title: Test codebook\ntitle: Again");
    assert.throws(
      () => parseCodebook(text, "dup.yaml"),
      (e: unknown) =>
        e instanceof ValidationError && e.problems[0].line === 4 && /duplicate key/.test(e.problems[0].message),
    );
  });
});
