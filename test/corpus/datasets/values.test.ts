import { strict as assert } from "assert";
import {
  baseSymbol,
  cell,
  excelSerialToIso,
  isMissing,
  isoFromParts,
  parseCow,
  parseDateCell,
  parseFlag,
  resumptionOf,
} from "../../../lib/corpus/datasets/values";

describe("datasets/values", () => {
  it("reads the datasets' missing-value markers", () => {
    for (const v of ["", " ", "NA", "NULL", "NaN"]) assert.equal(isMissing(v), true, v);
    assert.equal(isMissing("n.a."), false); // the unknown-speaker literal is a value
    assert.equal(cell(" NA "), "");
    assert.equal(cell(" China "), "China");
  });

  it("reads flags written True/False, 1/0 or true/false", () => {
    assert.deepEqual(["True", "FALSE", "1", "0", "true", "1.0", "NA", "maybe"].map(parseFlag), [
      true,
      false,
      true,
      false,
      true,
      true,
      null,
      null,
    ]);
  });

  it("reads COW codes stored as floats", () => {
    assert.equal(parseCow("710.0"), 710);
    assert.equal(parseCow("710"), 710);
    assert.equal(parseCow("NA"), null);
    assert.equal(parseCow("7x"), null);
  });

  it("reads ISO and 'DD Month YYYY' dates, and year/month/day", () => {
    assert.equal(parseDateCell("2008-02-18"), "2008-02-18");
    assert.equal(parseDateCell("2008-02-18 00:00:00"), "2008-02-18");
    assert.equal(parseDateCell("18 February 2008"), "2008-02-18");
    assert.equal(parseDateCell("5 Sept. 2014"), "2014-09-05");
    assert.equal(parseDateCell("February 18, 2008"), "2008-02-18");
    assert.equal(parseDateCell("30 February 2008"), null);
    assert.equal(parseDateCell("NA"), null);
    assert.equal(isoFromParts("2014.0", "5", "27"), "2014-05-27");
    assert.equal(isoFromParts("2014", "13", "1"), null);
  });

  it("turns Excel date serials into dates (1900 system, phantom 29 February skipped)", () => {
    assert.equal(excelSerialToIso(1), "1900-01-01");
    assert.equal(excelSerialToIso(61), "1900-03-01");
    assert.equal(excelSerialToIso(39448), "2008-01-01");
    assert.equal(excelSerialToIso(39464.75), "2008-01-17"); // the time of day is dropped
    assert.equal(excelSerialToIso(45076), "2023-05-30");
    assert.equal(excelSerialToIso(0), null);
  });

  it("reads a meeting symbol without and with its resumption", () => {
    assert.equal(baseSymbol("S/PV.5225 (Resumption 1)"), "S/PV.5225");
    assert.equal(baseSymbol(" s/pv. 7155 "), "S/PV.7155");
    assert.equal(baseSymbol("S/2020/339"), "S/2020/339");
    assert.equal(resumptionOf("S/PV.5225 (Resumption 1)"), "Resumption 1");
    assert.equal(resumptionOf("UNSC_2005_SPV.5225Resumption2_spch0012.txt"), "Resumption 2");
    assert.equal(resumptionOf("S/PV.5225"), "");
  });
});
