/**
 * Coding sheets as people fill and save them (issue 19, classes 2–5). Every sheet is invented and written
 * at test time into a temporary folder.
 *
 * Cases (input → what the user now sees):
 *
 *  blank means 0 (class 2)
 *   B1 only the 1s typed, the 0s left blank     → read as not coded (null), counted; a warning: "no theme cell
 *                                                 holds 0 — it looks as if only the 1s were typed"; npm run
 *                                                 reliability prints it and rests each theme on the units both coded
 *   B2 an empty `notes` column                  → never a theme (sheetThemes, and no `notes` row in the table)
 *   B3 every unit has a blank somewhere         → the pooled row says "3 units … 5 decisions", never "0 units"
 *   B4 a blank sentence in a sentence sheet     → the unit's presence and mentions are not known (null), not 0
 *
 *  the wrong file silently wins (class 3)
 *   W1 `coder-a (1).csv` beside `coder-a.csv`   → ValidationError naming both: "copies of one sheet"
 *   W2 `Copy of coder-b.csv`, `coder-b - Copy.csv` → the same
 *   W3 two files naming one coder               → ValidationError naming both: "sheets of one coder"
 *   W4 npm run validate on such a folder        → exit 1 naming both files; nothing written
 *   W5 a sentence row deleted (a gap)           → "<file>:<row> (column sentence) unit … has no row for sentence 2"
 *   W6 trailing sentence rows deleted           → "unit … has 2 sentence rows; the sample list … has 3 sentences"
 *   W7 a sheet coded against other definitions  → refused naming both versions; npm run adjudicate exits 1
 *
 *  names that collide (class 4, --themes)
 *   N1 --themes dialogue,dialogue (reliability) → exit 2: "named twice: it would be counted twice in the pooled row"
 *   N2 --themes …,sovereignty (adjudicate)      → exit 2, the same
 *   N3 --themes notes                           → exit 2 listing the codebook's themes
 *
 *  sheets as spreadsheets save them (class 5)
 *   X1 UTF-16 "Unicode Text" with its BOM       → InputError "<file>:1 saved as UTF-16 … — save … CSV UTF-8"
 *   X2 UTF-16 without a BOM                     → the same
 *   X3 a `sep=;` first line, ";" between cells  → read; a note names it; a bad cell keeps its spreadsheet row
 *   X4 NUL bytes on line 3                      → InputError "<file>:3 holds NUL bytes … CSV UTF-8"
 *   X5 two byte-order marks                     → read; a note names them
 *   X6 ";" between cells                        → read; a note names it
 *   X7 Latin-1                                  → InputError "<file>:<line> not valid UTF-8 … CSV UTF-8"
 *   X8 npm run reliability on a UTF-16 sheet    → exit 1 naming the file and the fix; no output written
 */
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { InputError, ValidationError } from "../lib/core";
import { blankWarnings, loadCodingFolder, loadSheet, parseSheet, sheetThemes } from "../lib/sheets";
import { runScript, sheet, snapshot, tmpDir, writeTree } from "./support/adversarial-fixtures";

const THEMES = ["sovereignty", "dialogue"];
const row = (id: string, coder: string, a: string, b: string) => [id, coder, "2010", "SRB", "", "Invented.", a, b];
const rows = (coder: string, cells: Array<[string, string]>) => cells.map(([a, b], i) => row(`u${i + 1}`, coder, a, b));

/** An invented sentence-level sheet: one row per [id, sentence, sovereignty, dialogue]. */
function sentenceSheet(cells: Array<[string, number, string, string]>, codebook = "abc123def456"): string {
  const head = "id,sentence,coder,codebook,year,country,speaker,text,sovereignty,dialogue,note";
  const body = cells.map(([id, n, a, b]) => `${id},${n},A,${codebook},2001,SRB,,Invented sentence ${n}.,${a},${b},`);
  return [head, ...body].join("\n") + "\n";
}

/** The message of the error `fn` throws, which must be of `type`. */
function messageOf(fn: () => unknown, type: typeof InputError | typeof ValidationError): string {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof type, `expected ${type.name}, got ${String(e)}`);
    return (e as Error).message;
  }
  return assert.fail("expected an error");
}

describe("adversarial sheets: blank means 0 (issue 19, class 2)", function () {
  this.timeout(60000);
  it("B1 only the 1s typed: blanks counted, never 0, and a warning that names it", () => {
    const dir = tmpDir("blank-ones");
    const ana = rows("ana", [
      ["1", ""],
      ["", "1"],
      ["1", "1"],
    ]);
    const ben = rows("ben", [
      ["1", "0"],
      ["0", "1"],
      ["0", "1"],
    ]);
    writeTree(dir, { "ana.csv": sheet(THEMES, ana), "ben.csv": sheet(THEMES, ben) });
    const s = loadSheet(path.join(dir, "ana.csv"), { themeKeys: THEMES });
    assert.deepEqual(s.codes.u1, { sovereignty: 1, dialogue: null });
    assert.deepEqual([s.blanks.blank, s.blanks.zeros, s.blanks.ones, s.blanks.rows], [2, 0, 4, [2, 3]]);
    const w = blankWarnings(s);
    assert.match(w[0], /ana\.csv: 2 of 6 theme cells are blank \(rows 2, 3; sovereignty 1, dialogue 1\)/);
    assert.match(w[1], /no theme cell holds 0 — it looks as if only the 1s were typed/);
    const out = path.join(dir, "rel.csv");
    const r = runScript("reliability", [
      ...["--coders", path.join(dir, "ana.csv"), path.join(dir, "ben.csv")],
      ...["--out", out, "--themes", THEMES.join(",")],
    ]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /warning: .*ana\.csv: 2 of 6 theme cells are blank/);
    assert.match(r.stderr, /only the 1s were typed/);
    // sovereignty rests on u1 and u3 (both coded), not on three units with a blank read as 0
    assert.match(fs.readFileSync(out, "utf8"), /\nsovereignty,2,2,0\.500,/);
  });
  it("B2 an empty notes column is never a theme", () => {
    const text = "id,coder,year,country,speaker,text,sovereignty,dialogue,notes\nu1,ana,2010,SRB,,x,1,0,\n";
    assert.deepEqual(sheetThemes(text), THEMES);
    assert.deepEqual(Object.keys(parseSheet(text, "a.csv", { themeKeys: THEMES }).codes.u1), THEMES);
  });
  it("B3 every unit has a blank: the pooled row says units and decisions truthfully", () => {
    const dir = tmpDir("blank-pooled");
    const a = rows("ana", [
      ["1", ""],
      ["", "0"],
      ["0", "1"],
    ]);
    const b = rows("ben", [
      ["1", "1"],
      ["0", "0"],
      ["0", ""],
    ]);
    writeTree(dir, { "a.csv": sheet(THEMES, a), "b.csv": sheet(THEMES, b) });
    const out = path.join(dir, "rel.csv");
    const r = runScript("reliability", [
      ...["--coders", path.join(dir, "a.csv"), path.join(dir, "b.csv"), "--out", out, "--themes", THEMES.join(",")],
    ]);
    assert.equal(r.status, 0, r.stderr);
    // sovereignty: u1, u3 (2 decisions); dialogue: u2 (1) → pooled: 3 decisions from 3 units, none complete
    assert.match(fs.readFileSync(out, "utf8"), /\noverall,3,3,/);
  });
  it("B4 a blank sentence: the unit's presence and mentions are not known", () => {
    const s = parseSheet(
      sentenceSheet([
        ["u1", 1, "0", "1"],
        ["u1", 2, "", "1"],
      ]),
      "s.csv",
      { themeKeys: THEMES },
    );
    assert.deepEqual(s.codes.u1, { sovereignty: null, dialogue: 1 });
    assert.deepEqual(s.mentions.u1, { sovereignty: null, dialogue: 2 });
  });
});

describe("adversarial sheets: the wrong file silently wins (issue 19, class 3)", function () {
  this.timeout(60000);
  const two = (coder: string) =>
    sheet(
      THEMES,
      rows(coder, [
        ["1", "0"],
        ["0", "1"],
      ]),
    );
  for (const [name, files, why] of [
    ["W1", ["coder-a.csv", "coder-a (1).csv"], "copies of one sheet"],
    ["W2", ["Copy of coder-b.csv", "coder-b - Copy.csv", "coder-b.csv"], "copies of one sheet"],
  ] as const) {
    it(`${name} ${files.join(" beside ")}: refused, naming them`, () => {
      const dir = tmpDir(`copies-${name}`);
      writeTree(dir, Object.fromEntries(files.map((f, i) => [f, two(`c${i}`)])));
      const msg = messageOf(() => loadCodingFolder(dir, THEMES), ValidationError);
      assert.match(msg, new RegExp(why));
      for (const f of files) assert.ok(msg.includes(f), msg);
    });
  }
  it("W3 two files naming one coder: refused, naming both", () => {
    const dir = tmpDir("one-coder");
    writeTree(dir, { "first.csv": two("ana"), "second.csv": two("ana") });
    const msg = messageOf(() => loadCodingFolder(dir, THEMES), ValidationError);
    assert.match(msg, /first\.csv and second\.csv are sheets of one coder \(both name coder "ana"\)/);
  });
  it("W4 npm run validate on a folder with a stale copy: exit 1 naming both, nothing written", () => {
    const dir = tmpDir("validate-copy");
    writeTree(dir, { "coder-a.csv": two("A"), "coder-a (1).csv": two("A") });
    const before = snapshot(dir);
    const r = runScript("validate-coder", ["--out", path.join(dir, "v.csv")], { env: { WORKBOOK_CODING: dir } });
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /coder-a \(1\)\.csv and coder-a\.csv are copies of one sheet/);
    assert.deepEqual(snapshot(dir), before);
  });
  it("W5 a deleted sentence row is a gap named by row and sentence", () => {
    const text = sentenceSheet([
      ["u1", 1, "0", "0"],
      ["u1", 3, "0", "1"],
    ]);
    const msg = messageOf(() => parseSheet(text, "s.csv", { themeKeys: THEMES }), ValidationError);
    assert.match(msg, /s\.csv:3 \(column sentence\): unit u1 has no row for sentence 2/);
  });
  it("W6 trailing rows deleted: the sample list's sentence count tells", () => {
    const dir = tmpDir("sample-rows");
    writeTree(dir, {
      "coder-a.csv": sentenceSheet([
        ["u1", 1, "0", "0"],
        ["u1", 2, "0", "1"],
      ]),
      "sample.csv": "id,stratum,half,sentences\nu1,s,tune,3\n",
    });
    const msg = messageOf(() => loadCodingFolder(dir, THEMES), ValidationError);
    assert.match(msg, /unit u1 has 2 sentence rows; the sample list \(sample\.csv\) has 3 sentences/);
  });
  it("W7 a sheet coded against other definitions: refused naming both versions", () => {
    const text = sentenceSheet([["u1", 1, "0", "1"]], "0123456789ab");
    const msg = messageOf(
      () => parseSheet(text, "s.csv", { themeKeys: THEMES, codebookVersion: "ba9876543210" }),
      ValidationError,
    );
    assert.match(
      msg,
      /coded against codebook version 0123456789ab, but the codebook's definitions are now version ba9876543210/,
    );
    const dir = tmpDir("version");
    writeTree(dir, { "a.csv": text, "b.csv": text.replace(/,A,/g, ",B,") });
    const r = runScript("adjudicate", [
      ...["--sheets", path.join(dir, "a.csv"), path.join(dir, "b.csv"), "--themes", THEMES.join(",")],
    ]);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /coded against codebook version 0123456789ab/);
  });
});

describe("adversarial sheets: --themes with repeated names (issue 19, class 4)", function () {
  this.timeout(60000);
  const dir = tmpDir("themes");
  writeTree(dir, {
    "a.csv": sheet(THEMES, rows("ana", [["1", "0"]])),
    "b.csv": sheet(THEMES, rows("ben", [["1", "1"]])),
  });
  const sheets = [path.join(dir, "a.csv"), path.join(dir, "b.csv")];
  for (const [name, command, args, expected] of [
    [
      "N1",
      "reliability",
      ["--coders", ...sheets, "--out", path.join(dir, "r.csv"), "--themes", "dialogue,dialogue"],
      /"dialogue" is named twice: it would be counted twice in the pooled row/,
    ],
    [
      "N2",
      "adjudicate",
      ["--sheets", ...sheets, "--themes", "sovereignty,dialogue,sovereignty"],
      /"sovereignty" is named twice/,
    ],
    [
      "N3",
      "reliability",
      ["--coders", ...sheets, "--out", path.join(dir, "r.csv"), "--themes", "notes"],
      /expected themes of the codebook \(sovereignty, dialogue, unilateral/,
    ],
  ] as const) {
    it(`${name} npm run ${command} ${args.slice(-2).join(" ")}: exit 2, nothing written`, () => {
      const r = runScript(command, [...args]);
      assert.equal(r.status, 2, r.stderr);
      assert.match(r.stderr, expected);
      assert.ok(!fs.existsSync(path.join(dir, "r.csv")));
    });
  }
});

describe("adversarial sheets: sheets as spreadsheets save them (issue 19, class 5)", function () {
  this.timeout(60000);
  const csv = "id\tcoder\tyear\tcountry\tspeaker\ttext\tsovereignty\tdialogue\r\nu1\tana\t2010\tSRB\t\tx\t1\t0\r\n";
  const utf16 = (s: string, bom: boolean) =>
    Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(s, "utf16le")]);
  const dir = tmpDir("saved");
  const opts = { themeKeys: THEMES };
  for (const [name, file, bytes, expected] of [
    ["X1", "unicode.csv", utf16(csv, true), /unicode\.csv:1: saved as UTF-16 \(Excel's "Unicode Text"\).*CSV UTF-8/],
    ["X2", "unicode-nobom.csv", utf16(csv, false), /unicode-nobom\.csv:1: saved as UTF-16/],
    [
      "X4",
      "nul.csv",
      Buffer.from(`${sheet(THEMES, [row("u1", "ana", "1", "0")])}u2,ana,20\u000010,SRB,,x,0,0\n`),
      /nul\.csv:3: holds NUL bytes.*CSV UTF-8/,
    ],
    [
      "X7",
      "latin1.csv",
      Buffer.concat([
        Buffer.from(sheet(THEMES, [row("u1", "ana", "1", "0")])),
        Buffer.from([0x75, 0x32, 0x2c, 0xe9, 0x0a]),
      ]),
      /latin1\.csv:3: not valid UTF-8.*CSV UTF-8/,
    ],
  ] as const) {
    it(`${name} ${file}: refused, named, with the fix`, () => {
      writeTree(dir, { [file]: bytes });
      assert.match(
        messageOf(() => loadSheet(path.join(dir, file), opts), InputError),
        expected,
      );
    });
  }
  it("X3 a sep=; first line: read, named in a note, rows numbered as the spreadsheet shows them", () => {
    const text = "sep=;\nid;coder;year;country;speaker;text;sovereignty;dialogue\nu1;ana;2010;SRB;;x;1;0\n";
    const s = parseSheet(text, "sep.csv", opts);
    assert.deepEqual(s.codes.u1, { sovereignty: 1, dialogue: 0 });
    assert.match(s.notes[0], /first line "sep=;" \(Excel's delimiter hint\)/);
    const bad = text.replace(";1;0\n", ";yes;0\n");
    assert.match(
      messageOf(() => parseSheet(bad, "sep.csv", opts), ValidationError),
      /sep\.csv:2 \(column sovereignty\)/,
    );
  });
  it("X5, X6 two byte-order marks, semicolons: read, each named in a note", () => {
    const two = parseSheet(`\uFEFF\uFEFF${sheet(THEMES, [row("u1", "ana", "1", "0")])}`, "bom.csv", opts);
    assert.deepEqual(two.codes.u1, { sovereignty: 1, dialogue: 0 });
    assert.match(two.notes[0], /2 byte-order marks/);
    const semi = parseSheet(sheet(THEMES, [row("u1", "ana", "1", "0")]).replace(/,/g, ";"), "semi.csv", opts);
    assert.deepEqual(semi.codes.u1, { sovereignty: 1, dialogue: 0 });
    assert.match(semi.notes[0], /cells separated by ";"/);
  });
  it("X8 npm run reliability on a UTF-16 sheet: exit 1 with the fix, nothing written", () => {
    const d = tmpDir("rel-utf16");
    writeTree(d, { "a.csv": utf16(csv, true), "b.csv": sheet(THEMES, [row("u1", "ben", "1", "0")]) });
    const before = snapshot(d);
    const r = runScript("reliability", [
      ...["--coders", path.join(d, "a.csv"), path.join(d, "b.csv"), "--out", path.join(d, "r.csv")],
      ...["--themes", THEMES.join(",")],
    ]);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /a\.csv:1: saved as UTF-16.*save the sheet again as "CSV UTF-8/);
    assert.deepEqual(snapshot(d), before);
  });
});
