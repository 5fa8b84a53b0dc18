import { strict as assert } from "assert";
import { fillSheet, sentenceSheetCsv, sheetCsv } from "../../../lib/sheets";
import { KEYS, UNITS } from "./fixtures";

describe("sheets/qdpx: fillSheet", () => {
  it("filling nothing gives back the blank sheet byte for byte (it writes with the sheet writers' settings)", () => {
    const sentence = sentenceSheetCsv(UNITS, KEYS, { coder: "ana", codebook: "0123456789ab" });
    assert.equal(
      fillSheet(sentence, () => {}),
      sentence,
    );
    const presence = sheetCsv(UNITS, KEYS, { coder: "ana" }).csv;
    assert.equal(
      fillSheet(presence, () => {}),
      presence,
    );
    const noBom = sheetCsv(UNITS, KEYS, { coder: "ana", bom: false }).csv;
    assert.equal(
      fillSheet(noBom, () => {}),
      noBom,
    );
  });

  it("sets only the cells asked for", () => {
    const blank = sentenceSheetCsv(UNITS.slice(0, 1), KEYS, { coder: "ana", codebook: "v", bom: false });
    const filled = fillSheet(blank, (row, set) => set("dialogue", row.sentence === "2" ? "1" : "0"));
    const lines = filled.trimEnd().split("\n");
    assert.equal(lines[0], blank.split("\n")[0]);
    // id,sentence,coder,codebook,year,country,speaker,text,sovereignty,dialogue,heritage,note
    assert.ok(lines[1].endsWith("We respect the territorial integrity of Serbia.,,0,,"), lines[1]);
    assert.ok(lines[2].endsWith("Talks between the two sides should go on.,,1,,"), lines[2]);
    assert.throws(() => fillSheet(blank, (_r, set) => set("nope", "1")), /no column "nope"/);
  });
});
