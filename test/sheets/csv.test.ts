import { strict as assert } from "assert";
import { InputError } from "../../lib/core";
import { blankRecord, headerOf, readCsv, sniffDelimiter } from "../../lib/sheets/csv";

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
