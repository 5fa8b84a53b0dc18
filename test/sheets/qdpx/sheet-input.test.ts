import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { InputError } from "../../../lib/core";
import { fillSheet, loadSentenceSheet, readCoding, readSentenceCoding, sentenceSheetCsv } from "../../../lib/sheets";
import { FIX, problemsOf } from "../fixtures";
import { ANA, CODEBOOK, KEYS, UNITS } from "./fixtures";
import { codebookVersion } from "../../../lib/codebook/version";

/** Writes a sheet to a temporary file. */
function write(name: string, csv: string): string {
  const f = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "sheet-")), name);
  fs.writeFileSync(f, csv);
  return f;
}

/** ana's sheet as the coding page or a spreadsheet would save it. */
const anaCsv = (codebook = "0123456789ab") =>
  fillSheet(sentenceSheetCsv(UNITS, KEYS, { coder: "ana", codebook }), (row, set) => {
    const codes = ANA.sentences[row.id][Number(row.sentence) - 1].codes;
    for (const k of KEYS) set(k, String(codes[k]));
    if (row.id === "AAA_63_2008" && row.sentence === "1") set("note", "s1: implied support");
  });

describe("sheets/qdpx: readCoding (a coder's sheet for the exchange)", () => {
  it("a sentence-level sheet: its coder, codebook version and codes per sentence, notes kept", () => {
    const s = readCoding(write("ana.csv", anaCsv()), KEYS, "0123456789ab");
    assert.equal(s.level, "sentence");
    assert.equal(s.codebook, "0123456789ab");
    assert.equal(s.coding.coder, "ana");
    if (s.level !== "sentence") return;
    assert.deepEqual(
      Object.fromEntries(Object.entries(s.coding.sentences).map(([id, rows]) => [id, rows.map((r) => r.codes)])),
      Object.fromEntries(Object.entries(ANA.sentences).map(([id, rows]) => [id, rows.map((r) => r.codes)])),
    );
    assert.equal(s.coding.sentences.AAA_63_2008[0].note, "s1: implied support");
  });

  it("refuses a sheet coded against another codebook version, naming both", () => {
    const f = write("ana.csv", anaCsv("aaaaaaaaaaaa"));
    assert.throws(
      () => readCoding(f, KEYS, "bbbbbbbbbbbb"),
      (e: unknown) =>
        e instanceof InputError &&
        /coded against codebook version aaaaaaaaaaaa, but the codebook is now version bbbbbbbbbbbb/.test(e.message),
    );
  });

  it("names every bad cell, a repeated sentence and a missing theme column", () => {
    const bad = anaCsv().replace(/,0,1,0,/, ",0,yes,0,");
    const lines = bad.split("\n");
    lines.splice(3, 0, lines[2]);
    assert.deepEqual(
      problemsOf(() => readCoding(write("bad.csv", lines.join("\n")), KEYS)),
      [
        '3|dialogue|value "yes" is not 0 or 1',
        "4|-|AAA_63_2008 sentence 2 appears twice",
        '4|dialogue|value "yes" is not 0 or 1',
      ],
    );
    assert.deepEqual(
      problemsOf(() => readCoding(write("b.csv", anaCsv()), [...KEYS, "extra"])),
      ['1|extra|no "extra" column'],
    );
  });

  it("a presence-level sheet (one row per unit) reads as unit codes", () => {
    const s = readCoding(path.join(FIX, "ana.csv"), ["sovereignty", "dialogue", "unilateral"]);
    assert.equal(s.level, "unit");
    if (s.level !== "unit") return;
    assert.equal(s.coding.coder, "ana");
    // test/fixtures/sheets/ana.csv: AAA 1,1,0; BBB 0,1,blank; CCC 1,0,1
    assert.deepEqual(s.coding.codes.AAA_63_2008, { sovereignty: 1, dialogue: 1, unilateral: 0 });
    assert.deepEqual(s.coding.codes.BBB_64_2009, { sovereignty: 0, dialogue: 1, unilateral: null });
  });

  it("loadSentenceSheet has the one sheet reader's call and fields; a presence sheet is refused by it", () => {
    const f = write("ana.csv", anaCsv(codebookVersion(CODEBOOK)));
    const s = loadSentenceSheet(f, { themeKeys: KEYS, codebookVersion: codebookVersion(CODEBOOK) });
    assert.deepEqual([s.file, s.level, s.coder, s.codebook], [f, "sentence", "ana", codebookVersion(CODEBOOK)]);
    assert.deepEqual(readSentenceCoding(f, CODEBOOK), { coder: "ana", sentences: s.sentences });
    assert.throws(
      () => loadSentenceSheet(path.join(FIX, "ana.csv"), { themeKeys: ["sovereignty", "dialogue", "unilateral"] }),
      /ana\.csv: is a presence sheet \(one row per unit\), not a sentence-level sheet/,
    );
  });
});
