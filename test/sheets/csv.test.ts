import { strict as assert } from "assert";
import { InputError } from "../../lib/core";
import { blankRecord, headerOf, readCsv, readCsvFile, readCsvTable, sniffDelimiter } from "../../lib/sheets/csv";

describe("sheets: reading CSV as a spreadsheet saves it", () => {
  it("finds the delimiter in the header row: comma first, then semicolon, then tab", () => {
    assert.equal(sniffDelimiter("\uFEFFid;coder;dialogue\r\nu1;a,b;1\r\n"), ";");
    assert.equal(sniffDelimiter("id\tdialogue\n"), "\t");
    assert.equal(sniffDelimiter("id,a;b\n"), ",");
    assert.equal(sniffDelimiter("id\n"), ",");
  });
  it("reads records, keeps ragged rows, names the file and line of a quote never closed", () => {
    assert.deepEqual(readCsv("a;b\n1;2;3\n", "x.csv"), [
      ["a", "b"],
      ["1", "2", "3"],
    ]);
    assert.throws(
      () => readCsv('a,b\n"1,2\n', "x.csv"),
      (e: unknown) => e instanceof InputError && e.line === 2,
    );
  });
  it("a blank record and the header's columns", () => {
    assert.equal(blankRecord(["", " "]), true);
    assert.equal(blankRecord(["", "0"]), false);
    assert.deepEqual(headerOf([[" id", "dialogue "]]).header, ["id", "dialogue"]);
    assert.equal(headerOf([["id", "dialogue"]]).col.get("dialogue"), 1);
  });
});

describe("sheets: what a spreadsheet does to a CSV, recognised", () => {
  it("notes a semicolon, a sep= line and a doubled byte-order mark, and reads on", () => {
    assert.deepEqual(readCsvTable("id;a\nu1;1\n", "x.csv").notes, [
      'cells separated by ";" (a spreadsheet in a European locale): read as such',
    ]);
    const sep = readCsvTable("sep=,\nid,a\nu1,1\n", "x.csv");
    assert.deepEqual(sep.records, [
      ["id", "a"],
      ["u1", "1"],
    ]);
    assert.match(sep.notes[0], /first line "sep=,"/);
    assert.deepEqual(readCsvTable("\uFEFF\uFEFFid,a\n", "x.csv").records[0], ["id", "a"]);
    assert.deepEqual(readCsvTable("id,a\n", "x.csv").notes, []);
  });
  it("refuses UTF-16 and NUL bytes with the fix", () => {
    assert.throws(() => readCsvTable("i\u0000d\u0000,\u0000a\u0000\n\u0000", "x.csv"), /x\.csv:1: saved as UTF-16/);
    assert.throws(() => readCsvTable("id,a\nu1,\u00001\n", "x.csv"), /x\.csv:2: holds NUL bytes.*CSV UTF-8/);
  });
  it("a missing file names the path", () => {
    assert.throws(() => readCsvFile("no/such.csv"), /no\/such\.csv: file not found — check the path/);
  });
});
