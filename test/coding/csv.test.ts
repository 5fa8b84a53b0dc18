import { strict as assert } from "assert";
import * as path from "path";
import { parse as parseCsv } from "csv-parse/sync";
import { loadCodebook } from "../../lib/codebook";
import {
  codeUnits,
  codingColumns,
  codingCsv,
  compileCodebook,
  EVIDENCE_COLUMNS,
  evidenceCsv,
  evidenceCsvPieces,
  isCodingCsvHeader,
  isEvidenceCsvHeader,
  toCodedRows,
} from "../../lib/coding";
import type { Unit } from "../../lib/core";

const FIX = path.join(__dirname, "..", "fixtures", "codebook");
const sentenceMode = compileCodebook(loadCodebook(path.join(FIX, "minimal.yaml")), { mode: "sentence" });

describe("coding: CSV files", () => {
  const unit = (id: string, textId: string, year: number, body: string): Unit => ({
    id,
    textId,
    date: null,
    year,
    category: "general-debate",
    speaker: "A. Speaker",
    post: "",
    country: id.slice(0, 3),
    countryName: "",
    venue: "",
    source: "",
    spans: [[0, body.length]],
    body,
    words: 0,
  });
  const units = [
    unit("SRB_63_2008#kosovo", "SRB_63_2008", 2008, "Kosovo is part of Serbia. Normalization, they say, of Kosovo."),
    unit("ALB_63_2008#kosovo", "ALB_63_2008", 2008, 'Kosovo, "a new state", welcomes dialogue.'),
  ];
  const coded = codeUnits(sentenceMode, units);
  const rows = toCodedRows(units, coded);

  it("the evidence CSV has one row per pattern hit, quoting where needed", () => {
    const csv = evidenceCsv(coded);
    const recs = parseCsv(csv) as string[][];
    assert.deepEqual(recs[0], EVIDENCE_COLUMNS);
    assert.deepEqual(
      recs.slice(1).map((r) => [r[0], r[1], r[2], r[5]]),
      [
        ["SRB_63_2008#kosovo", "sovereignty", "0", "part of Serbia"],
        ["SRB_63_2008#kosovo", "normalization", "1", "Normalization"],
        ["ALB_63_2008#kosovo", "dialogue", "0", "dialogue"],
      ],
    );
    assert.equal(recs[3][7], 'Kosovo, "a new state", welcomes dialogue.');
  });
  it("the coding CSV: metadata, presence and mentions per theme, the codebook's vocabulary columns, sorted", () => {
    assert.deepEqual(codingColumns(sentenceMode).slice(6), [
      "sovereignty",
      "sovereignty_n",
      "dialogue",
      "dialogue_n",
      "heritage",
      "heritage_n",
      "uses_normalization",
    ]);
    assert.equal(
      codingCsv(rows, sentenceMode),
      [
        "id,date,year,category,country,speaker,sovereignty,sovereignty_n,dialogue,dialogue_n,heritage,heritage_n," +
          "uses_normalization",
        "ALB_63_2008,,2008,general-debate,ALB,A. Speaker,0,0,1,1,0,0,0",
        "SRB_63_2008,,2008,general-debate,SRB,A. Speaker,1,1,0,0,0,0,1",
        "",
      ].join("\n"),
    );
    assert.equal(codingCsv(rows, sentenceMode.codebook), codingCsv(rows, sentenceMode));
    assert.equal(codingCsv([...rows].reverse(), sentenceMode), codingCsv(rows, sentenceMode)); // byte-stable
  });

  it("the project's codebook names the two vocabulary columns the coding CSV always had", () => {
    assert.deepEqual(codingColumns(loadCodebook()).slice(-2), ["uses_normalization", "mentions_icj"]);
  });
});

describe("coding: the evidence CSV in pieces, and which files are earlier outputs", () => {
  const evidence = (n: number, text: string) => ({
    unitId: `u${n}`,
    theme: "dialogue",
    sentence: n,
    text,
    match: "dialogue",
    start: 0,
    end: 8,
    pattern: "dialogue",
  });

  it("joined, the pieces are evidenceCsv; whitespace runs become one space, single spaces stay", () => {
    // 4,500 rows (three pieces of at most 2,000 rows), sentences with line breaks, tabs and double spaces
    const coded = [
      {
        unitId: "u",
        codes: {},
        vocabulary: {},
        evidence: Array.from({ length: 4500 }, (_, i) => evidence(i, `An invented\n sentence  on\tdialogue ${i}.`)),
      },
    ];
    const pieces = [...evidenceCsvPieces(coded)];
    assert.equal(pieces.length, 3);
    assert.equal(pieces.join(""), evidenceCsv(coded));
    assert.equal(
      evidenceCsv(coded).split("\n")[1],
      "u0,dialogue,0,0,8,dialogue,dialogue,An invented sentence on dialogue 0.",
    );
  });

  it("knows a coding CSV and an evidence CSV by their first line (and a coder's sheet is neither)", () => {
    assert.equal(isCodingCsvHeader("id,date,year,category,country,speaker,sovereignty,sovereignty_n"), true);
    assert.equal(isCodingCsvHeader("id,coder,year,country,speaker,text,sovereignty"), false);
    assert.equal(isEvidenceCsvHeader(EVIDENCE_COLUMNS.join(",")), true);
    assert.equal(isEvidenceCsvHeader("id,coder,year,country,speaker,text,sovereignty"), false);
  });
});
