import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { parse as parseYaml } from "yaml";
import {
  loadCodebook,
  parseAlternatives,
  parseCodebook,
  themeKeys,
  toQuantedaYaml,
  vocabularyKeys,
} from "../lib/codebook";
import { ValidationError } from "../lib/core";

const FIX = path.join(__dirname, "fixtures", "codebook");
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

describe("codebook: the project's codebook", () => {
  const cb = loadCodebook();

  it("has the coding guide's six core and six secondary themes, in the guide's order", () => {
    assert.deepEqual(
      cb.themes.filter((t) => t.level === "core").map((t) => t.key),
      ["sovereignty", "dialogue", "unilateral", "un_authority", "us_nato", "eu_antagonism"],
    );
    assert.deepEqual(
      cb.themes.filter((t) => t.level === "secondary").map((t) => t.key),
      ["eu_facilitation", "minorities", "organ_trafficking", "unique_case", "precedent", "independence"],
    );
    assert.equal(themeKeys(cb).length, 12);
  });

  it("gives every theme a definition, include and exclude criteria, examples and patterns", () => {
    for (const t of cb.themes) {
      assert.ok(t.definition.length > 20, t.key);
      assert.ok(t.include.length > 0 && t.exclude.length > 0, t.key);
      assert.ok(t.examples.positive.length > 0 && t.examples.negative.length > 0, t.key);
      assert.ok(t.patterns.length > 0, t.key);
    }
  });

  it("has the vocabulary lists of the guide, each name of the Kosovo side its own key", () => {
    assert.deepEqual(vocabularyKeys(cb), [
      "normalization",
      "icj",
      "name_kosovo_authorities",
      "name_pisg",
      "name_temporary_institutions",
      "name_pristina_authorities",
      "name_kosovo_government",
      "name_republic_of_kosovo",
      "name_kosovo_and_metohija",
    ]);
    assert.deepEqual(cb.vocabulary.filter((v) => v.group === "names").length, 7);
  });

  it("keeps the anchor terms of the coding guide and a one-sentence window", () => {
    const anchors = cb.aboutKosovo.anchors.flatMap((p) =>
      p.kind === "phrase" ? p.terms.phrases.map((x) => x.text) : [],
    );
    const guide = [
      "Kosovo",
      "Kosova",
      "Kosovar",
      "Kosovars",
      "Metohija",
      "Pristina",
      "Prishtina",
      "UNMIK",
      "KFOR",
      "EULEX",
    ];
    assert.deepEqual(anchors.slice(0, guide.length), guide);
    // Beyond the guide's terms only hyphenated compounds naming one of them ("Belgrade-Pristina"),
    // which the coder reads as one word while the passage extractor finds the term inside.
    for (const a of anchors.slice(guide.length))
      assert.ok(a.split("-").length > 1 && a.split("-").some((part) => guide.includes(part)), a);
    assert.equal(cb.aboutKosovo.window, 1);
  });
});

describe("codebook: pattern strings", () => {
  it("splits alternatives and marks word prefixes", () => {
    const r = parseAlternatives("negotiat* solution|mutually acceptable");
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.phrases, [
      {
        text: "negotiat* solution",
        words: [
          { word: "negotiat", prefix: true },
          { word: "solution", prefix: false },
        ],
      },
      {
        text: "mutually acceptable",
        words: [
          { word: "mutually", prefix: false },
          { word: "acceptable", prefix: false },
        ],
      },
    ]);
  });

  it("refuses an empty pattern, a lone star, a short prefix, a star inside a word and regex syntax", () => {
    assert.match(parseAlternatives("  ").problems[0].message, /empty pattern/);
    assert.match(parseAlternatives("*").problems[0].message, /could match almost any word/);
    assert.match(parseAlternatives("ne*").problems[0].message, /at least 3 letters/);
    assert.deepEqual(parseAlternatives("neg*").problems, []);
    assert.match(parseAlternatives("neg*tiate").problems[0].message, /may only end a word/);
    assert.match(parseAlternatives("\\bKosovo\\b").problems[0].message, /regular expression/);
    assert.match(parseAlternatives("Serbia|").problems[0].message, /empty alternative/);
  });

  it("refuses a lone stop word as a whole pattern but allows it inside a phrase", () => {
    assert.match(parseAlternatives("the", { standalone: true }).problems[0].message, /almost every sentence/);
    assert.deepEqual(parseAlternatives("part of Serbia", { standalone: true }).problems, []);
  });
});

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

describe("codebook: quanteda export", () => {
  it("writes nested keys with glob lists, and lists what quanteda cannot express", () => {
    const out = toQuantedaYaml(loadCodebook(fixture("minimal.yaml")));
    const dict = parseYaml(out);
    assert.deepEqual(dict, {
      themes: {
        core: { sovereignty: ["part of Serbia"], dialogue: ["negotiat*", "dialogue", "mutually acceptable"] },
        secondary: { heritage: ["cultural heritage"] },
      },
      vocabulary: { normalization: { normalization: ["normaliz*", "normalis*"] } },
    });
    assert.match(out, /^# {3}sovereignty: near \[sovereignty\|territorial integrity, Serbia\|Belgrade\] within 4$/m);
    assert.match(out, /^# {3}sovereignty: veto near \[Kosovo's, sovereignty\] within 1 ordered$/m);
    assert.match(out, /^# {3}dialogue: unless stalled \(on negotiat\*\|dialogue\)$/m);
  });

  it("exports the project's codebook deterministically", () => {
    const a = toQuantedaYaml(loadCodebook());
    const b = toQuantedaYaml(loadCodebook());
    assert.equal(a, b);
    assert.deepEqual(Object.keys(parseYaml(a).themes.core), [
      "sovereignty",
      "dialogue",
      "unilateral",
      "un_authority",
      "us_nato",
      "eu_antagonism",
    ]);
  });
});
