import { strict as assert } from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parse } from "csv-parse/sync";
import { ArgumentError, ValidationError } from "../lib/core";
import {
  buildGold,
  decisionsTemplateCsv,
  disagreementsCsv,
  findDisagreements,
  disagreementsToRead,
  loadCodingFolder,
  goldCsv,
  loadSheet,
  parseDecisions,
  parseGold,
  parseSheet,
  sampleUnits,
  sheetCsv,
  sheetThemes,
  SPREADSHEET_CELL_LIMIT,
} from "../lib/sheets";
import type { Unit } from "../lib/core";

const FIX = path.join(__dirname, "fixtures", "sheets");
const THEMES = ["sovereignty", "dialogue", "unilateral"];
const IDS = ["AAA_63_2008", "BBB_64_2009", "CCC_65_2010"];

/** An invented unit (our own writing, not a real statement). */
function unit(id: string, body: string, year = 2008): Unit {
  return {
    id,
    textId: id,
    spans: [[0, body.length]],
    body,
    words: body.split(/\s+/).length,
    date: null,
    year,
    category: "general-debate",
    speaker: "A Speaker",
    post: "",
    country: id.slice(0, 3),
    countryName: "",
    venue: "",
    source: "",
  };
}

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof ValidationError, `expected ValidationError, got ${e}`);
    return e.problems.map((p) => `${p.line ?? "-"}|${p.column ?? "-"}|${p.message}`);
  }
  assert.fail("expected a ValidationError");
}

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
    assert.deepEqual(s.codes["AAA_63_2008"], { sovereignty: null, dialogue: null });
  });
  it("lists the theme columns of a sheet", () => {
    assert.deepEqual(sheetThemes(built.csv), ["sovereignty", "dialogue"]);
  });
});

describe("sheets: seeded sampling", () => {
  const many = Array.from({ length: 50 }, (_, i) => ({ id: `U${String(i).padStart(2, "0")}` }));
  it("takes round(20% of 50) = 10 units, sorted by id", () => {
    const s = sampleUnits(many, 0.2, 42).map((u) => u.id);
    assert.equal(s.length, 10);
    assert.deepEqual(s, [...s].sort());
  });
  it("is the same for the same seed, whatever the input order", () => {
    const a = sampleUnits(many, 0.2, 42).map((u) => u.id);
    const b = sampleUnits([...many].reverse(), 0.2, 42).map((u) => u.id);
    assert.deepEqual(a, b);
    assert.notDeepEqual(
      a,
      sampleUnits(many, 0.2, 43).map((u) => u.id),
    );
  });
  it("takes at least one unit and refuses a bad fraction", () => {
    assert.equal(sampleUnits(many.slice(0, 2), 0.01, 1).length, 1);
    assert.throws(() => sampleUnits(many, 0, 1), ArgumentError);
    assert.throws(() => sampleUnits(many, 1.5, 1), ArgumentError);
  });
});

describe("sheets: loading filled sheets", () => {
  it("reads a spreadsheet's CSV (BOM, CRLF, a quoted cell over two lines)", () => {
    const s = loadSheet(path.join(FIX, "ana.csv"), { themeKeys: THEMES, knownIds: IDS });
    assert.equal(s.coder, "ana");
    assert.deepEqual(s.ids, IDS);
    assert.deepEqual(s.codes["BBB_64_2009"], { sovereignty: 0, dialogue: 1, unilateral: null });
    assert.deepEqual(s.codes["CCC_65_2010"], { sovereignty: 1, dialogue: 0, unilateral: 1 });
  });
  it("reports every problem with its row and column", () => {
    const problems = problemsOf(() =>
      loadSheet(path.join(FIX, "bad.csv"), { themeKeys: ["sovereignty", "unilateral"], knownIds: IDS }),
    );
    assert.deepEqual(problems, [
      '2|sovereignty|value "yes" for unit AAA_63_2008 is not 0 or 1',
      '3|id|unit id "ZZZ_99_2099" is not in the corpus',
      '4|id|unit id "AAA_63_2008" appears again (first on row 2)',
      "5|id|empty unit id",
    ]);
  });
  it("reads a sheet saved with semicolons (a spreadsheet in a European locale)", () => {
    const text =
      '\uFEFFid;coder;year;country;speaker;text;dialogue\r\nAAA_63_2008;ana;2008;AAA;;"Invented; with a semicolon, and a comma.";1\r\n';
    const s = parseSheet(text, "semi.csv", { themeKeys: ["dialogue"] });
    assert.deepEqual(s.codes, { AAA_63_2008: { dialogue: 1 } });
  });
  it("rejects a value of 2", () => {
    const text = "id,coder,year,country,speaker,text,dialogue\nAAA_63_2008,ana,2008,AAA,,x,2\n";
    assert.deepEqual(
      problemsOf(() => parseSheet(text, "t.csv", { themeKeys: ["dialogue"] })),
      ['2|dialogue|value "2" for unit AAA_63_2008 is not 0 or 1'],
    );
  });
  it("names every missing theme column", () => {
    const problems = problemsOf(() => loadSheet(path.join(FIX, "bad.csv"), { themeKeys: THEMES }));
    assert.deepEqual(problems, ['1|dialogue|theme column "dialogue" is missing']);
  });
  it("the error message names the file and row", () => {
    assert.throws(
      () => loadSheet(path.join(FIX, "bad.csv"), { themeKeys: ["sovereignty", "unilateral"] }),
      /bad\.csv:2 \(column sovereignty\)/,
    );
  });
  it("a missing file is an InputError naming it", () => {
    assert.throws(() => loadSheet(path.join(FIX, "nope.csv"), { themeKeys: THEMES }), /nope\.csv: file not found/);
  });
});

describe("sheets: disagreements and gold", () => {
  const ana = loadSheet(path.join(FIX, "ana.csv"), { themeKeys: THEMES });
  const ben = loadSheet(path.join(FIX, "ben.csv"), { themeKeys: THEMES });
  it("finds the two cells where ana and ben differ (a blank counts)", () => {
    assert.deepEqual(findDisagreements([ana, ben], THEMES), [
      { id: "AAA_63_2008", theme: "dialogue", values: { ana: 1, ben: 0 } },
      { id: "BBB_64_2009", theme: "unilateral", values: { ana: null, ben: 1 } },
    ]);
  });
  it("writes the disagreements table and a decisions template", () => {
    const ds = findDisagreements([ana, ben], THEMES);
    assert.equal(
      disagreementsCsv(ds, ["ana", "ben"]),
      "id,theme,ana,ben\nAAA_63_2008,dialogue,1,0\nBBB_64_2009,unilateral,,1\n",
    );
    assert.equal(decisionsTemplateCsv(ds), "id,theme,value,reason\nAAA_63_2008,dialogue,,\nBBB_64_2009,unilateral,,\n");
  });
  it("refuses two sheets by the same coder", () => {
    assert.throws(() => findDisagreements([ana, ana], THEMES), /names more than one sheet/);
  });
  it("lists every disagreement without a decision", () => {
    const decisions = parseDecisions(
      fs.readFileSync(path.join(FIX, "decisions-partial.csv"), "utf8"),
      "decisions-partial.csv",
      { themeKeys: THEMES },
    );
    const problems = problemsOf(() => buildGold([ana, ben], decisions, THEMES, "decisions-partial.csv"));
    assert.deepEqual(problems, ["-|-|no decision for BBB_64_2009 × unilateral (ana=blank, ben=1)"]);
  });
  it("checks the decisions file row by row", () => {
    const problems = problemsOf(() =>
      parseDecisions(fs.readFileSync(path.join(FIX, "decisions-bad.csv"), "utf8"), "decisions-bad.csv", {
        themeKeys: THEMES,
        knownIds: IDS,
      }),
    );
    assert.deepEqual(problems, [
      '2|value|value "yes" is not 0 or 1',
      "2|reason|no reason given",
      '3|theme|"dialog" is not a theme key',
    ]);
  });
  it("refuses a decision on a cell the coders agreed on", () => {
    const text =
      fs.readFileSync(path.join(FIX, "decisions.csv"), "utf8") + "CCC_65_2010,sovereignty,0,second thoughts\n";
    const decisions = parseDecisions(text, "d.csv", { themeKeys: THEMES });
    assert.deepEqual(
      problemsOf(() => buildGold([ana, ben], decisions, THEMES, "d.csv")),
      ["4|value|the coders agree on CCC_65_2010 × sovereignty (1); there is nothing to adjudicate"],
    );
  });
  it("builds the gold standard: agreed codes plus decisions with reasons", () => {
    const decisions = parseDecisions(fs.readFileSync(path.join(FIX, "decisions.csv"), "utf8"), "decisions.csv", {
      themeKeys: THEMES,
    });
    const gold = buildGold([ana, ben], decisions, THEMES, "decisions.csv");
    assert.equal(gold.length, 9);
    assert.deepEqual(
      gold.filter((g) => g.source === "adjudicated").map((g) => [g.id, g.theme, g.value]),
      [
        ["AAA_63_2008", "dialogue", 1],
        ["BBB_64_2009", "unilateral", 0],
      ],
    );
    const csv = goldCsv(gold);
    assert.equal(csv.split("\n")[0], "id,theme,value,source,reason");
    assert.equal(
      csv.split("\n")[2],
      "AAA_63_2008,dialogue,1,adjudicated,Endorses a negotiated solution (decision rule: dialogue).",
    );
    assert.deepEqual(parseGold(csv, "gold.csv"), gold);
  });
});

describe("sheets: a coding folder", () => {
  it("loads the coders' sheets and finds decisions.csv", () => {
    const folder = loadCodingFolder(path.join(FIX, "folder"), THEMES);
    assert.deepEqual(
      folder.sheets.map((s) => s.coder),
      ["ana", "ben"],
    );
    assert.equal(folder.decisionsFile, path.join(FIX, "folder", "decisions.csv"));
    assert.equal(folder.goldFile, null);
  });
  it("a bad sheet in the folder stops the load with its problems", () => {
    assert.throws(() => loadCodingFolder(FIX, ["sovereignty", "unilateral"]), /bad\.csv:4 \(column id\)/);
  });
  it("a missing folder has no sheets", () => {
    assert.deepEqual(loadCodingFolder(path.join(FIX, "none"), THEMES).sheets, []);
  });
  it("shows each disagreement with the unit's year, country and text", () => {
    const ana = loadSheet(path.join(FIX, "ana.csv"), { themeKeys: THEMES });
    const ben = loadSheet(path.join(FIX, "ben.csv"), { themeKeys: THEMES });
    const rows = disagreementsToRead([ana, ben], THEMES, 30);
    assert.deepEqual(rows[0], {
      id: "AAA_63_2008",
      theme: "dialogue",
      year: "2008",
      country: "AAA",
      codes: "ana=1 ben=0",
      text: "An invented passage, with a …",
    });
    assert.equal(rows[1].text, "An invented passage that says …");
  });
  it("takes the text from elsewhere when the sheets have no text column", () => {
    const text = "id,coder,year,country,speaker,dialogue\nAAA_63_2008,x,2008,AAA,,1\n";
    const x = parseSheet(text, "x.csv", { themeKeys: ["dialogue"] });
    const y = parseSheet(text.replace(",x,", ",y,").replace(",1\n", ",0\n"), "y.csv", { themeKeys: ["dialogue"] });
    assert.equal(
      disagreementsToRead([x, y], ["dialogue"], 100, { AAA_63_2008: "Invented  text." })[0].text,
      "Invented text.",
    );
  });
});

describe("sheets: npm run adjudicate (scripts/adjudicate.ts)", function () {
  this.timeout(60000);
  const root = path.join(__dirname, "..");
  const run = (args: string[]) =>
    spawnSync(process.execPath, ["--import", "tsx", path.join(root, "scripts", "adjudicate.ts"), ...args], {
      cwd: root,
      encoding: "utf8",
    });
  const sheets = ["--sheets", path.join(FIX, "ana.csv"), path.join(FIX, "ben.csv")];
  it("a missing decision: non-zero exit, the missing one listed, no gold file", () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "adj-")), "gold.csv");
    const r = run([...sheets, "--decisions", path.join(FIX, "decisions-partial.csv"), "--out", out]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /no decision for BBB_64_2009 × unilateral \(ana=blank, ben=1\)/);
    assert.equal(fs.existsSync(out), false);
  });
  it("every decision given: writes the gold file", () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "adj-")), "gold.csv");
    const r = run([...sheets, "--decisions", path.join(FIX, "decisions.csv"), "--out", out]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(parseGold(fs.readFileSync(out, "utf8"), out).length, 9);
  });
});
