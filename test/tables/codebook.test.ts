import { strict as assert } from "assert";
import * as path from "path";
import { loadCodebook } from "../../lib/codebook";
import { aboutKosovoMarkdown, patternRows, ruleRows, themeRows, vocabularyRows } from "../../lib/tables";

const minimal = loadCodebook(path.join(__dirname, "..", "fixtures", "codebook", "minimal.yaml"));

describe("tables: the codebook for reading", () => {
  it("themes, rules, patterns (vetoes as their own rows) and vocabulary lists, as the file writes them", () => {
    assert.deepEqual(
      themeRows(minimal).map((r) => [r.key, r.level, r.patterns]),
      [
        ["sovereignty", "core", 2],
        ["dialogue", "core", 2],
        ["heritage", "secondary", 1],
      ],
    );
    assert.deepEqual(ruleRows(minimal), [
      { theme: "sovereignty", rule: "include", criterion: "Respect for Serbia's territorial integrity." },
      { theme: "sovereignty", rule: "exclude", criterion: "Kosovo's own sovereignty." },
    ]);
    const patterns = patternRows(minimal);
    assert.deepEqual(
      patterns.map((p) => [p.theme, p.kind, p.unless]),
      [
        ["sovereignty", "near", ""],
        ["sovereignty", "phrase", ""],
        ["sovereignty", "veto", ""],
        ["dialogue", "phrase", "stalled"],
        ["dialogue", "phrase", ""],
        ["heritage", "phrase", ""],
      ],
    );
    assert.deepEqual(vocabularyRows(minimal)[0], {
      key: "normalization",
      group: "normalization",
      label: "Normalization",
      scope: "kosovo",
      patterns: "normaliz*|normalis*",
    });
  });

  // Issue 20: chapter 02 printed the rule's "the other topics listed below" and never listed them.
  it("the about-Kosovo rule comes with the other topics it refers to", () => {
    const md = aboutKosovoMarkdown(minimal);
    assert.match(md, /^\*\*About Kosovo\.\*\* Sentences naming an anchor/);
    assert.match(md, /\*\*Anchor terms\*\* \(window ±1 sentence\): `Kosovo\|Pristina\|KFOR`/);
    assert.match(md, /\*\*Other topics\*\*[^\n]*\n\n- `Ukraine\|Cyprus`$/);
    const project = aboutKosovoMarkdown(loadCodebook());
    assert.match(project, /the other topics listed below/);
    assert.match(project, /- `Ukraine\|Ukrainian\|Crimea/);
  });
});
