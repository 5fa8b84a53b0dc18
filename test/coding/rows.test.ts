import { strict as assert } from "assert";
import * as path from "path";
import { loadCodebook } from "../../lib/codebook";
import { codeUnits, compileCodebook, toCodedRows } from "../../lib/coding";
import { ArgumentError } from "../../lib/core";
import type { Unit } from "../../lib/core";

const FIX = path.join(__dirname, "..", "fixtures", "codebook");
const sentenceMode = compileCodebook(loadCodebook(path.join(FIX, "minimal.yaml")), { mode: "sentence" });

// invented units
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

describe("coding: rows", () => {
  const units = [
    unit("SRB_63_2008#kosovo", "SRB_63_2008", 2008, "Kosovo is part of Serbia. Normalization, they say, of Kosovo."),
    unit("ALB_63_2008#kosovo", "ALB_63_2008", 2008, 'Kosovo, "a new state", welcomes dialogue.'),
  ];
  const coded = codeUnits(sentenceMode, units);
  const rows = toCodedRows(units, coded);

  it("a row's id is the text id (the file stem) when the text has one unit", () => {
    assert.deepEqual(
      rows.map((r) => r.id),
      ["SRB_63_2008", "ALB_63_2008"],
    );
  });

  it("a text with two units keeps the unit ids, and a row carries the unit's metadata and codes", () => {
    const two = [
      unit("MNE_70_2015#1", "MNE_70_2015", 2015, "Dialogue."),
      unit("MNE_70_2015#2", "MNE_70_2015", 2015, ""),
    ];
    const r = toCodedRows(two, codeUnits(sentenceMode, two));
    assert.deepEqual(
      r.map((x) => [x.id, x.year, x.country, x.codes.dialogue.present]),
      [
        ["MNE_70_2015#1", 2015, "MNE", 0], // sentence mode: no anchor, so no scope-kosovo theme
        ["MNE_70_2015#2", 2015, "MNE", 0],
      ],
    );
  });

  it("a unit that was not coded is a bad argument", () => {
    assert.throws(
      () => toCodedRows(units, coded.slice(1)),
      (e: unknown) => e instanceof ArgumentError && /SRB_63_2008#kosovo/.test(e.message),
    );
  });
});
