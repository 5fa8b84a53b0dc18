import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { loadCodebook } from "../lib/codebook";
import { compileCodebook } from "../lib/coding";
import { ArgumentError } from "../lib/core";
import type { Text } from "../lib/core";
import { parseCard } from "../lib/corpus";
import { countWords } from "../lib/text";
import { kosovoPassage, wholeTextUnit } from "../lib/units";
import { codeCorpus, codeUnitsToRows } from "../lib/workflow";

const minimal = loadCodebook(path.join(__dirname, "fixtures", "codebook", "minimal.yaml"));
const cardFile = path.join(__dirname, "fixtures", "corpus", "cards", "test-folder.yaml");
const card = parseCard(fs.readFileSync(cardFile, "utf8"), cardFile);

/** An invented text. */
function text(id: string, body: string): Text {
  return {
    id,
    date: null,
    year: 2010,
    category: "",
    speaker: "",
    post: "",
    country: "XXX",
    countryName: "",
    venue: "",
    source: "test",
    body,
    words: countWords(body),
  };
}

describe("workflow: codeCorpus", () => {
  it("loads a folder card's texts and codes each whole text in unit mode", () => {
    const out = codeCorpus(card, { codebook: minimal });
    assert.equal(out.mode, "unit");
    // the fixture folder holds two invented texts, each its own unit and row, in date order
    assert.deepEqual(
      out.rows.map((r) => r.id),
      ["unsc-2009-03-23", "mfa-2010-07-22"],
    );
    assert.deepEqual(Object.keys(out.rows[0].codes), themeKeysOf(minimal));
    // neither invented text speaks of Serbia's sovereignty
    assert.equal(
      out.rows.every((r) => r.codes.sovereignty.present === 0),
      true,
    );
  });
});

describe("workflow: codeCorpus returns what the chapters need", () => {
  it("the texts, the units, the codes, the rows, the mode, the codebook and the load report", () => {
    let loadedTexts = -1;
    const out = codeCorpus(card, { codebook: minimal, onLoad: (l) => (loadedTexts = l.texts.length) });
    assert.equal(loadedTexts, 2);
    assert.equal(out.card, card);
    assert.deepEqual(
      out.texts.map((t) => t.id),
      ["unsc-2009-03-23", "mfa-2010-07-22"],
    );
    assert.deepEqual(
      out.units.map((u) => u.id),
      ["unsc-2009-03-23", "mfa-2010-07-22"],
    );
    assert.deepEqual(
      out.coded.map((c) => c.unitId),
      ["unsc-2009-03-23", "mfa-2010-07-22"],
    );
    assert.equal(out.codebook, minimal);
    assert.equal(out.compiled.mode, "unit");
    assert.equal(out.report.texts, 2);
  });

  it("codes in the mode asked for, or the mode of a codebook compiled already", () => {
    assert.equal(codeCorpus(card, { codebook: minimal, mode: "sentence" }).mode, "sentence");
    const compiled = compileCodebook(minimal, { mode: "sentence" });
    const out = codeCorpus(card, { compiled });
    assert.equal(out.mode, "sentence");
    assert.equal(out.compiled, compiled);
  });
});

describe("workflow: codeUnitsToRows", () => {
  const units = [
    wholeTextUnit(text("a-2010", "Kosovo needs dialogue. The sovereignty of Serbia is respected.")),
    wholeTextUnit(text("b-2010", "Cultural heritage needs care.")),
  ];

  it("codes units and joins them into rows", () => {
    const run = codeUnitsToRows(units, { codebook: minimal, mode: "unit" });
    assert.equal(run.mode, "unit");
    assert.deepEqual(
      run.rows.map((r) => [r.id, r.codes.sovereignty.present, r.codes.dialogue.present, r.codes.heritage.present]),
      [
        ["a-2010", 1, 1, 0],
        ["b-2010", 0, 0, 1],
      ],
    );
  });

  it("codes Kosovo passages in sentence mode by default", () => {
    const passage = kosovoPassage(
      text("c-2010", "Trade grew. Kosovo needs dialogue. Serbia's sovereignty is respected."),
    );
    assert.ok(passage);
    const run = codeUnitsToRows([passage], { codebook: minimal });
    assert.equal(run.mode, "sentence");
    assert.deepEqual(run.coded[0].codes.dialogue, { present: 1, mentions: 1 });
  });

  it("refuses a mode other than the one the codebook was compiled for", () => {
    const compiled = compileCodebook(minimal, { mode: "unit" });
    assert.throws(
      () => codeUnitsToRows(units, { compiled, mode: "sentence" }),
      (e: unknown) => e instanceof ArgumentError && e.argument === "mode",
    );
  });
});

function themeKeysOf(cb: ReturnType<typeof loadCodebook>): string[] {
  return cb.themes.map((t) => t.key);
}
