import { strict as assert } from "assert";
import { parse } from "csv-parse/sync";
import { ArgumentError } from "../../lib/core";
import { parseSheet, SPREADSHEET_CELL_LIMIT, sheetCsv, sheetThemes } from "../../lib/sheets";
import { unit } from "./fixtures";

describe("sheets: writing a coding sheet", () => {
  const units = [
    unit("ZZZ_70_2015", 'Invented text, with a comma and "quotes".\n\nA second span.'),
    unit("AAA_63_2008", "Plain invented text."),
  ];
  const built = sheetCsv(units, ["sovereignty", "dialogue"], { coder: "ana" });
  it("starts with a BOM, has the header, one row per unit sorted by id, empty theme cells", () => {
    assert.ok(built.csv.startsWith("\uFEFFid,coder,year,country,speaker,text,sovereignty,dialogue\n"));
    const rows = parse(built.csv, { bom: true }) as string[][];
    assert.equal(rows.length, 3);
    assert.deepEqual(rows[1], ["AAA_63_2008", "ana", "2008", "AAA", "A Speaker", "Plain invented text.", "", ""]);
    assert.equal(rows[2][0], "ZZZ_70_2015");
  });
  it("keeps long text with quotes, commas and blank lines in one cell", () => {
    const rows = parse(built.csv, { bom: true }) as string[][];
    assert.equal(rows[2][5], units[0].body);
    assert.equal(rows[2].length, 8);
  });
  it("can leave out the BOM", () => {
    assert.ok(sheetCsv(units, ["dialogue"], { coder: "ana", bom: false }).csv.startsWith("id,"));
  });
  it("warns when a text is longer than a spreadsheet cell", () => {
    const long = unit("LLL_70_2015", "x".repeat(SPREADSHEET_CELL_LIMIT + 1));
    const b = sheetCsv([long], ["dialogue"], { coder: "ana" });
    assert.equal(b.warnings.length, 1);
    assert.match(b.warnings[0], /LLL_70_2015/);
  });
  it("round-trips through parseSheet (all cells blank = not coded)", () => {
    const s = parseSheet(built.csv, "new.csv", { themeKeys: ["sovereignty", "dialogue"] });
    assert.equal(s.coder, "ana");
    assert.deepEqual(s.codes.AAA_63_2008, { sovereignty: null, dialogue: null });
  });
  it("lists the theme columns of a sheet", () => {
    assert.deepEqual(sheetThemes(built.csv), ["sovereignty", "dialogue"]);
  });
  it("refuses an empty coder name, a theme key twice, and a theme key named like a sheet column", () => {
    assert.throws(() => sheetCsv(units, ["dialogue"], { coder: " " }), ArgumentError);
    assert.throws(() => sheetCsv(units, ["dialogue", "dialogue"], { coder: "ana" }), /"dialogue" appears twice/);
    assert.throws(() => sheetCsv(units, ["text"], { coder: "ana" }), /"text" clashes with a sheet column/);
  });
});
