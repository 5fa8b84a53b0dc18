import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import * as XLSX from "xlsx";
import { InputError } from "../../../lib/core";
import { readSheetTable } from "../../../lib/corpus/datasets/xlsx";
import { tmpDir } from "./fixtures";

function workbook(sheets: Record<string, unknown[][]>): string {
  const wb = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets))
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), name);
  const file = path.join(tmpDir(), "w.xlsx");
  fs.writeFileSync(file, XLSX.write(wb, { type: "buffer", bookType: "xlsx" }) as Buffer);
  return file;
}

describe("datasets/xlsx", () => {
  it("reads the first sheet with the required columns, cells raw (dates as serials)", () => {
    const file = workbook({
      notes: [["readme"], ["invented"]],
      data: [
        ["date", "question", "answer"],
        [39464, "Invented question?", "Invented answer."],
      ],
    });
    const t = readSheetTable(file, "w.xlsx", [["question"], ["answer"]], "fix");
    assert.equal(t.sheet, "data");
    assert.deepEqual(t.rows, [[39464, "Invented question?", "Invented answer."]]);
    assert.equal(t.rowNumber(0), 2);
    assert.equal(t.col("date"), 0);
  });

  it("names a file that is not a workbook, and a workbook without the columns", () => {
    const csv = path.join(tmpDir(), "CMFA_PressCon_v4.xlsx");
    fs.writeFileSync(csv, "id,question,answer\n1,a,b\n");
    assert.throws(
      () => readSheetTable(csv, "CMFA_PressCon_v4.xlsx", [["question"]], "download it again"),
      (e: unknown) =>
        e instanceof InputError &&
        /expected an \.xlsx workbook \(a zip file\); found a text \(CSV or TSV\) file/.test(e.message) &&
        /download it again/.test(e.message),
    );
    const other = workbook({
      s: [
        ["id", "text"],
        [1, "x"],
      ],
    });
    assert.throws(
      () => readSheetTable(other, "w.xlsx", [["question"], ["answer"]], "fix"),
      (e: unknown) =>
        e instanceof InputError &&
        e.line === 1 &&
        /columns question, answer; found sheet "s": id, text/.test(e.message),
    );
  });
});
