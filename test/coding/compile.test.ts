import { strict as assert } from "assert";
import * as path from "path";
import { loadCodebook } from "../../lib/codebook";
import { compileCodebook } from "../../lib/coding";

const minimal = loadCodebook(path.join(__dirname, "..", "fixtures", "codebook", "minimal.yaml"));

describe("coding: compiling a codebook", () => {
  const c = compileCodebook(minimal, { mode: "unit" });

  it("keeps the codebook's keys, mode and options", () => {
    assert.deepEqual(c.themeKeys, ["sovereignty", "dialogue", "heritage"]);
    assert.deepEqual(c.vocabularyKeys, ["normalization"]);
    assert.equal(c.mode, "unit");
    assert.equal(c.chunkSize, 65536);
    assert.equal(c.exhaustive, false);
    assert.equal(compileCodebook(minimal).mode, "sentence");
    assert.equal(c.window, 1);
  });

  it("compiles each distinct phrase once, to normalised tokens (a prefix word marked)", () => {
    const terms = c.termTokens.map((toks) => toks.map((t) => t.norm + (t.prefix ? "*" : "")).join(" "));
    assert.equal(new Set(terms).size, terms.length);
    for (const t of ["territorial integrity", "serbia", "negotiat*", "kosovo's", "part of serbia", "normaliz*"])
      assert.ok(terms.includes(t), t);
  });

  it("makes an owner per theme, then per vocabulary list, with the terms that can trigger it", () => {
    assert.deepEqual(
      c.owners.map((o) => [o.key, o.isTheme, o.scope, o.patterns.length, o.veto.length]),
      [
        ["sovereignty", true, "kosovo", 2, 1],
        ["dialogue", true, "kosovo", 2, 0],
        ["heritage", true, "any", 1, 0],
        ["normalization", false, "kosovo", 1, 0],
      ],
    );
    const dialogue = c.owners[1];
    const words = dialogue.triggers.map((t) => c.termTokens[t].map((x) => x.norm).join(" ")).sort();
    assert.deepEqual(words, ["dialogue", "mutually acceptable", "negotiat"]);
  });

  it("builds the run finder only for the fast sentence-mode coder", () => {
    assert.equal(c.speed.quick, null); // unit mode
    assert.notEqual(compileCodebook(minimal, { mode: "sentence" }).speed.quick, null);
    assert.equal(compileCodebook(minimal, { mode: "sentence", exhaustive: true }).speed.quick, null);
  });
});
