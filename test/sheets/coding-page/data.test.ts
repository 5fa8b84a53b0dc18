import { strict as assert } from "assert";
import { parse } from "csv-parse/sync";
import { codebookVersion } from "../../../lib/codebook/version";
import { codingPageData, sentenceSheetCsv } from "../../../lib/sheets";
import { codeUnitsToRows } from "../../../lib/workflow";
import { CODEBOOK, KEYS, UNITS } from "../qdpx/fixtures";

const input = {
  units: UNITS,
  codebook: CODEBOOK,
  coder: " ana ",
  corpus: "test",
  sample: "every unit (3)",
  sampleKey: "all",
};

describe("sheets/coding-page: codingPageData", () => {
  const data = codingPageData(input);

  it("holds the blank sentence-level sheet's cells: per unit the shared ones, per sentence number and text", () => {
    const sheet = parse(sentenceSheetCsv(UNITS, KEYS, { coder: "ana", codebook: codebookVersion(CODEBOOK) }), {
      bom: true,
    }) as string[][];
    const rebuilt = [
      [...data.columns, ...data.themes.map((t) => t.key), data.noteColumn],
      ...data.units.flatMap((u) =>
        u.sentences.map((s) => [
          ...data.columns.map((c) => (c === "sentence" ? s.n : c === "text" ? s.text : u.cells[c])),
          ...KEYS.map(() => ""),
          "",
        ]),
      ),
    ];
    assert.deepEqual(rebuilt, sheet);
    assert.deepEqual(
      data.units.map((u) => u.sentences.length),
      [3, 2, 4],
    );
    assert.equal(data.units[0].sentences[1].text, "Talks between the two sides should go on.");
  });

  it("names the coder (trimmed) and codebook version; keys its storage by coder, version, corpus, sample", () => {
    assert.equal(data.coder, "ana");
    assert.equal(data.codebook, codebookVersion(CODEBOOK));
    assert.equal(data.storageKey, `workbook-coding-page/1/ana/${data.codebook}/test/all/blind`);
    assert.notEqual(codingPageData({ ...input, coder: "ben" }).storageKey, data.storageKey);
    assert.notEqual(codingPageData({ ...input, sampleKey: "sample-0.2-1" }).storageKey, data.storageKey);
  });

  it("the codebook's definitions, with keys — never its detection patterns", () => {
    assert.deepEqual(
      data.themes.map((t) => [t.key, t.shortcut, t.level]),
      [
        ["sovereignty", "1", "core"],
        ["dialogue", "2", "core"],
        ["heritage", "3", "secondary"],
      ],
    );
    assert.deepEqual(data.themes[0].include, ["Respect for Serbia's territorial integrity."]);
    const json = JSON.stringify(data);
    assert.doesNotMatch(json, /patterns|near|within|territorial integrity, Serbia/);
  });

  it("blind: no evidence in the data at all; an instructor's page carries the dictionary coder's marks", () => {
    assert.equal(data.evidence, false);
    assert.doesNotMatch(JSON.stringify(data), /dictionary/);
    const coded = codeUnitsToRows(UNITS, { codebook: CODEBOOK, mode: "unit" }).coded;
    const withEvidence = codingPageData({ ...input, evidence: coded });
    assert.equal(withEvidence.evidence, true);
    assert.match(withEvidence.storageKey, /\/evidence$/);
    // "We respect the territorial integrity of Serbia." fires sovereignty (near: territorial integrity … Serbia)
    assert.deepEqual(
      withEvidence.units[0].sentences[0].dictionary?.map((m) => m.theme),
      ["sovereignty"],
    );
  });

  it("refuses an empty coder name and no units", () => {
    assert.throws(() => codingPageData({ ...input, coder: "  " }), /coder: expected a coder name/);
    assert.throws(() => codingPageData({ ...input, units: [] }), /units: expected at least one unit/);
  });
});
