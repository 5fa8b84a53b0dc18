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
