import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { loadCodebook, themeKeys, vocabularyKeys } from "../../lib/codebook";
import type { PhrasePattern } from "../../lib/codebook";
import { InputError, projectRoot, ValidationError } from "../../lib/core";
import { foldedAnchorTerms, hasAnchor, normalizeForMatch } from "../../lib/text";

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

describe("codebook: its anchor terms are the text stage's", () => {
  for (const file of ["data/codebook.yaml", "data/coding/ungdc-kosovo/codebook-before-tuning.yaml"]) {
    it(`${file}: the first anchor pattern lists exactly ANCHOR_TERMS, the others name one of them`, () => {
      const cb = loadCodebook(path.join(__dirname, "..", "..", file));
      const [terms, ...compounds] = cb.aboutKosovo.anchors as PhrasePattern[];
      assert.equal(terms.kind, "phrase");
      const folded = terms.terms.phrases.map((p) => normalizeForMatch(p.text));
      assert.deepEqual([...new Set(folded)].sort(), foldedAnchorTerms().sort());
      for (const p of compounds) for (const ph of p.terms.phrases) assert.ok(hasAnchor(ph.text), ph.text);
    });
  }
});

describe("codebook: reading the file", () => {
  it("refuses a file that is not UTF-8, naming the line of the bad byte", () => {
    const f = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "cb-")), "codebook.yaml");
    fs.writeFileSync(f, Buffer.concat([Buffer.from("version: 1\ntitle: caf"), Buffer.from([0xe9]), Buffer.from("\n")]));
    assert.throws(
      () => loadCodebook(f),
      (e: unknown) =>
        e instanceof ValidationError && e.problems[0].line === 2 && /not valid UTF-8/.test(e.problems[0].message),
    );
  });

  it("names the file it cannot read, and says that a relative path is read from the project root", () => {
    assert.throws(
      () => loadCodebook("no/such/codebook.yaml"),
      (e: unknown) =>
        e instanceof InputError && e.file === "no/such/codebook.yaml" && /read from the project root/.test(e.fix),
    );
  });

  // Issue 20: loadCodebook("data/codebook-mine.yaml") failed in a notebook, whose kernel runs in .workbook-build/.
  it("reads a relative path from the project root, whatever the current folder", () => {
    const here = process.cwd();
    try {
      process.chdir(fs.mkdtempSync(path.join(os.tmpdir(), "elsewhere-")));
      assert.equal(loadCodebook("data/codebook.yaml").themes.length, 12);
      assert.equal(loadCodebook("data/codebook.yaml").file, path.join(projectRoot(), "data", "codebook.yaml"));
    } finally {
      process.chdir(here);
    }
  });
});
