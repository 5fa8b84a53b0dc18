import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { parseCodebook } from "../../lib/codebook";
import { InputError } from "../../lib/core";
import { findTerms, parseTerm, parseTerms, termListsFromCodebook } from "../../lib/vocabulary/terms";
import { tokenize } from "./fixtures";

describe("vocabulary: terms", () => {
  it("parses a prefix wildcard and a phrase with the text's tokenizer", () => {
    assert.deepEqual(parseTerm("Negotiat*", tokenize), {
      label: "Negotiat*",
      words: [{ norm: "negotiat", prefix: true }],
    });
    assert.deepEqual(parseTerm("Kosovo  authorities", tokenize).words, [
      { norm: "kosovo", prefix: false },
      { norm: "authorities", prefix: false },
    ]);
  });

  it("rejects empty terms, a bare '*' and a '*' inside a word, naming the list", () => {
    assert.throws(() => parseTerm("  ", tokenize), InputError);
    assert.throws(() => parseTerm("*", tokenize), /has no word in it/);
    assert.throws(
      () => parseTerm("neg*tiate", tokenize, { file: "data/codebook.yaml", list: "dialogue" }),
      (e: unknown) => {
        assert.ok(e instanceof InputError);
        assert.equal(e.file, "data/codebook.yaml");
        assert.equal(e.column, "dialogue");
        return true;
      },
    );
  });

  it("speaks the codebook's pattern language: no regular expressions, prefixes of 3+ letters, one term", () => {
    assert.throws(() => parseTerm("Kosov(o|a)", tokenize), /regular expression/);
    assert.throws(() => parseTerm("ne*", tokenize), /at least 3 letters/);
    assert.throws(() => parseTerm("ICJ|advisory opinion", tokenize), /2 alternatives/);
  });

  it("finds the longest term at a position and never overlaps hits", () => {
    const toks = tokenize("the Pristina authorities and the authorities of Pristina");
    const terms = [parseTerm("authorities", tokenize), parseTerm("Pristina authorities", tokenize)];
    assert.deepEqual(findTerms(toks, terms), [
      { term: "Pristina authorities", first: 1, last: 2 },
      { term: "authorities", first: 5, last: 5 },
    ]);
  });

  it("splits codebook alternatives on '|' and matches a word's possessive too", () => {
    assert.deepEqual(
      parseTerms(["normaliz*|normalis*", "ICJ"], tokenize).map((t) => t.label),
      ["normaliz*", "normalis*", "ICJ"],
    );
    assert.throws(() => parseTerms([{ near: ["a", "b"] }], tokenize, { list: "icj" }), /must be a string/);
    const toks = tokenize("Kosovo's status and Kosovo");
    assert.equal(findTerms(toks, [parseTerm("Kosovo", tokenize)]).length, 2);
  });

  it("matches a prefix against every form and diacritics-insensitively", () => {
    const toks = tokenize("negotiate, negotiations, Négotiated; renegotiate");
    assert.equal(findTerms(toks, [parseTerm("negotiat*", tokenize)]).length, 3);
  });
});

describe("vocabulary: term lists from the codebook", () => {
  it("takes the phrase patterns of the project's codebook, by group", () => {
    const cb = parseCodebook(
      fs.readFileSync(path.join(__dirname, "..", "..", "data", "codebook.yaml"), "utf8"),
      "data/codebook.yaml",
    );
    const all = termListsFromCodebook(cb.vocabulary);
    assert.deepEqual(all.lists.normalization, ["normaliz*|normalis*"]);
    assert.deepEqual(all.lists.name_republic_of_kosovo, ["Republic of Kosovo"]);
    const names = termListsFromCodebook(cb.vocabulary, "names");
    assert.ok(Object.keys(names.lists).every((k) => k.startsWith("name_")));
    assert.ok(!("icj" in names.lists));
    // Every pattern can be parsed for KWIC with our tokenizer.
    for (const terms of Object.values(all.lists)) assert.ok(parseTerms(terms, tokenize).length > 0);
  });
});
