/**
 * Adversarial inputs at every entry point: the workbook must fail loudly and precisely on bad input,
 * never write a half result, and leave earlier outputs alone. Fixtures are generated at test time into
 * temporary folders (test/support/adversarial-fixtures.ts); every text is invented.
 *
 * Cases (entry point — input → what it produces):
 *
 *  archive (readUngdcArchive, loadCorpus)
 *   A1  .tgz cut in half                          → ValidationError naming the .tgz ("truncated")
 *   A2  .tgz missing its last 8 bytes (gzip end)  → ValidationError naming the .tgz
 *   A3  .tgz with 64 bytes inverted mid-stream    → ValidationError naming the .tgz
 *   A4  a text file named .tgz                    → ValidationError naming the .tgz ("download … again")
 *   A5  junk entries .DS_Store, .Rhistory, __MACOSX → skipped and listed in report.junk; speeches read
 *   A6  a stray entry TXT/notes.txt               → ValidationError naming "<tgz>:TXT/notes.txt"
 *   A7  a speech with invalid UTF-8 on line 3     → ValidationError naming "<tgz>:<entry>:3"
 *   A8  a speech with BOM, CRLF and lone CR       → read; body without BOM or CR
 *   A9  an empty (0-byte / blank) speech file     → ValidationError naming the entry           [fixed]
 *   A10 a speech path that is a symbolic link     → ValidationError naming the entry           [fixed]
 *   A11 the same speech twice in the archive      → ValidationError "duplicate id"
 *   A12 a 100 MB speech                           → read; peak RSS growth < 1 GB (printed)
 *   A13 loadCorpus on a truncated archive         → ValidationError; no cache file written
 *   A14 a half-written corpus cache (.cache/corpus) → not trusted: archive read again, cache rewritten whole
 *
 *  folder loader (parseTextFile, readTextFolder)
 *   F1  invalid UTF-8 on line 11                  → ValidationError "<file>:11"
 *   F2  BOM, CRLF and lone CR                     → parsed; body normalised
 *   F3  front matter, then no text                → ValidationError "<file>:<line after ---> empty body"
 *   F4  a 0-byte file                             → ValidationError "<file>:1 no front matter"
 *   F5  the same id in two files (id on line 3)   → ValidationError "<second file>:3 duplicate id" [fixed: said :2]
 *   F6  date 2023-02-30                           → ValidationError "<file>:<date line>"
 *   F7  date 23/05/2023                           → ValidationError "<file>:<date line>"
 *   F8  unknown category                          → ValidationError "<file>:<category line>"
 *   F9  front matter without its closing ---      → ValidationError "<file>:1 no closing"
 *   F10 an unknown front-matter field             → ValidationError "<file>:<line>"
 *   F11 a field given twice                       → ValidationError "<file>:<line of the second>"
 *   F12 1,000,000 spaces inside the body          → parsed in linear time (was quadratic: /\s+$/)  [fixed]
 *   F13 a 100 MB text file                        → read; peak RSS growth < 1 GB (printed)
 *   F14 two bad files in one folder               → one ValidationError listing both
 *
 *  add-text (scripts/add-text.ts) — the corpus folder is byte-compared before and after
 *   T1  a file with invalid UTF-8                 → exit 1, names the file; folder untouched
 *   T2  --date 2023-02-30                         → exit 1, 'invalid date'; folder untouched
 *   T3  --date 23/05/2023                         → exit 1, 'invalid date'; folder untouched
 *   T4  --category speech                         → exit 1, names the card's categories; folder untouched
 *   T5  an empty text (BOM and blank lines)       → exit 1, 'empty body'; folder untouched
 *   T6  a text already in the folder              → exit 1, names its id; folder untouched
 *   T7  the folder already holds a broken text    → exit 1, names that file and line; nothing added
 *   T8  --id ../outside                           → exit 1; nothing written anywhere
 *
 *  codebook (parseCodebook, loadCodebook, npm run code) — each case breaks one thing of a small invented codebook
 *   C0  the invented codebook as it is            → parsed (two themes): the cases below fail for their one change
 *   C1  a tab in the indentation                  → ValidationError "<file>:<line>"
 *   C2  a key twice in one mapping                → ValidationError "<file>:<line>"
 *   C3  two themes with one key                   → ValidationError "<file>:<line of the second>"
 *   C4  an unknown field in a theme               → ValidationError "<file>:<line>"
 *   C5  an empty pattern                          → ValidationError "<file>:<line>"
 *   C6  patterns that match every word (the, *, ab*) → ValidationError listing the three lines
 *   C7  (a+)+$ typed as a pattern                 → ValidationError: regular expressions are not patterns
 *   C8  a codebook saved as Latin-1               → ValidationError "<file>:<line> not valid UTF-8" [fixed]
 *   C9  npm run code with a broken codebook       → exit 1 naming "<codebook>:<line>"; old --out untouched
 *
 *  coding sheets (parseSheet, npm run sheet)
 *   S1  a cell "yes"                              → ValidationError "<file>:2 (column dialogue)"
 *   S2  a cell "2"                                → ValidationError "<file>:3 (column sovereignty)"
 *   S3  a theme column missing                    → ValidationError "<file>:1 (column dialogue)"
 *   S4  an id not in the corpus                   → ValidationError "<file>:2 (column id)"
 *   S5  the same id twice                         → ValidationError "<file>:3 (column id)"
 *   S6  a row longer than the header (a comma in an unquoted text shifts the codes)
 *       → ValidationError "<file>:2" [fixed]
 *   S7  a theme column twice in the header        → ValidationError "<file>:1 (column …)"       [fixed]
 *   S8  an unclosed quote                         → InputError "<file>:2 not readable as CSV"
 *   S9  npm run sheet onto an existing sheet      → exit 2 (the output guard); the existing sheet untouched
 *   S10 npm run sheet with a broken codebook      → exit 1 naming "<codebook>:<line>"; no sheet written
 *
 *  reliability (scripts/reliability.ts)
 *   R1  one coder only                            → exit 2 naming the sheet; no output written
 *   R2  one coder, --out already exists           → exit 2; the existing output untouched
 *   R3  a sheet with "yes"                        → exit 1 naming "<sheet>:3 (column dialogue)"; old output untouched
 *   R4  two sheets by the same coder              → exit 1; no output written
 *   R5  --out naming one of the coders' sheets    → exit 2; the sheet untouched                  [fixed]
 *   R6  adjudicate --out naming the decisions     → exit 2; the decisions untouched              [fixed]
 *   (R3, R4 pass --themes: the theme columns come from the codebook, and these invented sheets have two)
 *
 *  coding sheets as people save them (issue 19, classes 2–5): the table at the top of
 *  test/adversarial-sheets.test.ts (B1–B4 blanks, W1–W7 the wrong file, N1–N3 --themes, X1–X12 saved forms:
 *  UTF-16, sep=;, NUL, BOMs, Latin-1, a workbook, an XML Spreadsheet or a web page named .csv)
 *
 *  npm run code --texts
 *   K1  a plain .txt with invalid UTF-8           → exit 1 naming "<file>:<line>"; old --out untouched [fixed]
 *   K2  a front-matter .txt with invalid UTF-8    → exit 1 naming "<file>:<line>"                [fixed]
 *   K3  two files with the same id                → exit 1 naming the second file
 *   K4  --out naming an input text (not .csv)     → exit 2; the text untouched                   [fixed]
 *
 *  fetch cache (lib/sources.ts, scripts/fetch.ts)
 *   H1  a half-written .body (hash mismatch)      → not trusted: downloaded again; the text is right
 *   H2  a half-written .json (bad JSON)           → not trusted: downloaded again
 *   H3  a half-written .gone.json                 → not a permanent failure: asked again          [fixed]
 *   H4  a half-written .body and no network       → exit 3; no text written from the damaged entry
 *
 *  tables (lib/display.ts)
 *   D1  a 200,000-character cell in a table       → text table in linear time (was quadratic: /\s+$/) [fixed]
 *
 * Issue 19, by class of defect (each file has its own table at its top):
 *  test/adversarial/outputs.test.ts — 1: an output never destroys an input or the project's data
 *   O1–O2  code --out a coder's sheet / the slots list under data/   → exit 2 "lies in the project's data"
 *   O3     code --out x.evidence.csv                                  → exit 2 "ends in .evidence.csv"
 *   O4–O5  code --out a sheet outside data/, or beside one as evidence → exit 2 "exists and is not the … CSV"
 *   O6     code --out the codebook it reads                           → exit 2 "is the input of --codebook"
 *   O7–O11 add-text, fetch, import, build-subset, get-data into data/ → exit 2 "lies in the project's data"
 *   O12    code --out an earlier coding CSV                           → replaced, with its evidence
 *  test/adversarial/outputs-sheets.test.ts — 1, for sheet, adjudicate, reliability, validate, coding-page,
 *   export, import-codings (the same guard; what each earlier output begins with: lib/cli/output-kinds.ts)
 *   G1–G2  adjudicate --disagreements a filled decisions file (in data/ or not) → exit 2 "is not a disagreements
 *          table"
 *   G3–G5  adjudicate --template an existing file; --out a sheet or the decisions → exit 2
 *   G6–G7  reliability --out a decisions file; into data/corpora               → exit 2
 *   G8–G9  sheet --out an existing sheet; x.evidence.csv                       → exit 2
 *   G10–G13 validate into data/; coding-page, export onto another tool's file; import-codings onto a sheet → exit 2
 *   G14    an earlier reliability or disagreements table                       → replaced
 *   G15    adjudicate --out without --decisions (was ignored)                  → exit 2
 *  test/adversarial/texts.test.ts — 3 (texts): empty files and copies
 *   X1–X2  a 0-byte or whitespace-only .txt in --texts                → exit 1 "<file>:1: empty file / no text"
 *   X3–X4  add-text the same statement, other whitespace and capitals → exit 1 "already in the corpus";
 *          the statement with a word changed                          → added
 *   X5     add-text it with a space before each full stop, words run together → exit 1 "already in the corpus"
 *   X6–X7  a copy "a (1).txt" (or other spacing) in --texts or a folder corpus → exit 1 / ValidationError
 *          "<file>:1: holds the same statement as <other file>"
 *  test/adversarial/names.test.ts — 4 (names)
 *   N1     a theme keyed `year` (or id, coder, units, overall, k_n)   → exit 1 "<codebook>:<line>: theme key …"
 *   N2b    every column of the coding CSV and both sheets (note, comment, text, sentence …) is a reserved key
 *   N3     30 texts of one day                                        → ids … -z, -ba, -bb: plain file names
 *  test/adversarial/unicode.test.ts — 6: Unicode in the codebook and the texts (rule: lib/text/compat.ts)
 *   U1–U4  a pattern, codebook file, text file or unit body decomposed → matched as composed
 *   U5–U9  soft hyphen, zero-width characters, fullwidth letters, ligatures, Unicode spaces, typographic
 *          hyphens and apostrophes, in a text or in a pattern        → matched as the plain form (fast = exhaustive)
 *   U10    evidence of such a text                                    → offsets and words of the text as loaded
 *   U11    a text without them                                        → coded as before
 *  test/adversarial/quadratic.test.ts — 7: long sentences (figures: npm run bench:long)
 *   Q1     the sentence-length bound changes no coding of ungdc-kosovo
 *   Q2     8 MB without a sentence end                                → coded (was hours)
 *  test/adversarial/interrupted.test.ts — 8: a signal while npm run code writes
 *   I1–I2  SIGINT / SIGTERM mid-write (at the atomic writer's test pause, not a poll)
 *                                                                     → exit 130 / 143; earlier outputs intact
 *  test/adversarial/fetcher.test.ts — 9: the fetcher trusts no address
 *   W1     a slot on 127.0.0.1 without --allow-local                  → slot "failed (blocked)", nothing asked
 *   W2     user:password in a slot URL                                → in no text, message or cache note
 *   W3     --timeout 2147483648                                       → exit 2, the timer limit named
 *   W4     get-data --server on 127.0.0.1 without --allow-local       → exit 1 "refused: … loopback"
 *   W5     add-text --source with user:password                       → the source: line without them
 *  test/adversarial/paths.test.ts — 10: paths and options
 *   P1–P3  relative paths of code, add-text, fetch                    → from where the command was typed
 *   P4–P5  --years with --texts; --bootstrap abc, 0, 10⁹ (was hours) → exit 2, the option named
 *   P6–P10 --out a folder, through a file, a link loop; --codebook a folder; --texts a file
 *                                                                      → in words, before any work
 *   P11–P12 an empty or missing corpus folder                         → exit 1, the earlier output untouched
 */
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import * as tar from "tar";
import { parseCodebook, loadCodebook } from "../lib/codebook";
import { clearMemo, loadCorpus, parseCard, parseTextFile, readTextFolder, readUngdcArchive } from "../lib/corpus";
import { InputError, ValidationError } from "../lib/core";
import { parseSheet } from "../lib/sheets";
import { cacheFiles, fetchSlots, loadSlots, type FetchOptions } from "../lib/sources";
import {
  CODEBOOK,
  EARLIER_CODING,
  ROOT,
  corruptedCopy,
  editedCodebook,
  inventedProse,
  lineOf,
  makeArchive,
  memoryProbe,
  runScript,
  runScriptAsync,
  runSnippet,
  sheet,
  snapshot,
  textFile,
  tmpDir,
  truncatedCopy,
  writeBigText,
  writeTree,
} from "./support/adversarial-fixtures";
import { startFixtureServer } from "./support/fixture-server";

type ErrorClass = typeof InputError | typeof ValidationError;

/** Runs `fn`, which must throw `type`; the message must contain every `places` string (file:line …). */
function throwsAt(fn: () => unknown, type: ErrorClass, ...places: Array<string | RegExp>): Error {
  let err: unknown;
  try {
    fn();
  } catch (e) {
    err = e;
  }
  assert.ok(err !== undefined, "expected an error, got none");
  assert.ok(err instanceof type, `expected ${type.name}, got ${(err as Error).name}: ${(err as Error).message}`);
  for (const p of places) {
    if (typeof p === "string")
      assert.ok((err as Error).message.includes(p), `message lacks "${p}":\n${(err as Error).message}`);
    else assert.match((err as Error).message, p);
  }
  return err as Error;
}

const SESSION = "TXT/Session 63 - 2008";
const speech = (iso: string) => `${SESSION}/${iso}_63_2008.txt`;
const prose = (seed: string, n = 4) => inventedProse(n, seed, ["Kosovo", "dialogue"]);
const MB = 1024 * 1024;

// ---------------------------------------------------------------------------------------------------------

describe("adversarial: the General Debate archive", () => {
  let good: string;
  before(() => {
    good = makeArchive({
      [speech("AAA")]: prose("a", 4000),
      [speech("BBB")]: prose("b", 4000),
      "TXT/Session 64 - 2009/AAA_64_2009.txt": prose("c", 4000),
    });
  });

  it("A1 a .tgz cut in half", () => {
    const cut = truncatedCopy(good, 0.5, "UNGDC_half.tgz");
    throwsAt(() => readUngdcArchive(cut), ValidationError, cut, /truncated|unexpected end/);
  });

  it("A2 a .tgz missing only its last 8 bytes (the gzip trailer)", () => {
    const size = fs.statSync(good).size;
    const cut = truncatedCopy(good, size - 8, "UNGDC_tail.tgz");
    throwsAt(() => readUngdcArchive(cut), ValidationError, cut, /download/);
  });

  it("A3 a .tgz with 64 bytes inverted in the middle", () => {
    const bad = corruptedCopy(good, 64, "UNGDC_flip.tgz");
    throwsAt(() => readUngdcArchive(bad), ValidationError, bad, /download/);
  });

  it("A4 a text file named .tgz", () => {
    const f = path.join(tmpDir("notgz"), "UNGDC_1946-2024.tgz");
    fs.writeFileSync(f, "This is an invented note, not an archive.\n");
    throwsAt(() => readUngdcArchive(f), ValidationError, f, /download/);
  });

  it("A5 junk entries (.DS_Store, .Rhistory, __MACOSX) are skipped and listed, speeches still read", () => {
    const tgz = makeArchive({
      [speech("AAA")]: prose("a5"),
      "TXT/.DS_Store": "\u0000\u0001junk",
      [`${SESSION}/.Rhistory`]: "x <- 1\n",
      "__MACOSX/TXT/._AAA_63_2008.txt": "junk",
    });
    const { texts, report } = readUngdcArchive(tgz);
    assert.deepEqual(
      texts.map((t) => t.id),
      ["AAA_63_2008"],
    );
    assert.deepEqual(report.junk, ["TXT/.DS_Store", `${SESSION}/.Rhistory`, "__MACOSX/TXT/._AAA_63_2008.txt"].sort());
  });

  it("A6 a stray entry that is not a speech file", () => {
    const tgz = makeArchive({ [speech("AAA")]: prose("a6"), "TXT/notes.txt": "An invented note.\n" });
    throwsAt(() => readUngdcArchive(tgz), ValidationError, "UNGDC_1946-2024.tgz:TXT/notes.txt", /not a speech file/);
  });

  it("A7 a speech with invalid UTF-8 on line 3", () => {
    const bytes = Buffer.concat([
      Buffer.from("Line one.\nLine two.\nCaf"),
      Buffer.from([0xe9]),
      Buffer.from(" line three.\n"),
    ]);
    const tgz = makeArchive({ [speech("AAA")]: bytes, [speech("BBB")]: prose("a7") });
    throwsAt(() => readUngdcArchive(tgz), ValidationError, `UNGDC_1946-2024.tgz:${speech("AAA")}:3`, /not valid UTF-8/);
  });

  it("A8 a speech with a BOM, CRLF and lone CR line ends is read, normalised", () => {
    const tgz = makeArchive({ [speech("AAA")]: "\uFEFFFirst invented line.\r\nSecond line.\rThird line.\n" });
    const t = readUngdcArchive(tgz).texts[0];
    assert.equal(t.body, "First invented line.\nSecond line.\nThird line.\n");
    assert.equal(t.words, 7);
  });

  it("A9 an empty speech file (0 bytes, or only blank lines) is reported, not read as a speech", () => {
    const tgz = makeArchive({ [speech("AAA")]: "", [speech("BBB")]: "  \n\n", [speech("CCC")]: prose("a9") });
    const e = throwsAt(
      () => readUngdcArchive(tgz),
      ValidationError,
      `UNGDC_1946-2024.tgz:${speech("AAA")}`,
      `UNGDC_1946-2024.tgz:${speech("BBB")}`,
      /empty speech file/,
    );
    assert.equal((e as ValidationError).problems.length, 2);
  });

  it("A10 a speech path that is a symbolic link is reported", () => {
    const tgz = makeArchive(
      { [speech("AAA")]: prose("a10") },
      {
        extra: (tree) => {
          fs.symlinkSync("AAA_63_2008.txt", path.join(tree, speech("BBB")));
          return [speech("BBB")];
        },
      },
    );
    throwsAt(
      () => readUngdcArchive(tgz),
      ValidationError,
      `UNGDC_1946-2024.tgz:${speech("BBB")}`,
      /not a regular file/,
    );
  });

  it("A11 the same speech twice in the archive", () => {
    // a careless re-pack appends a second copy of an entry (tar -r)
    const tree = tmpDir("dup");
    writeTree(tree, { [speech("AAA")]: prose("a11") });
    const plain = path.join(tmpDir("dup-arch"), "UNGDC_1946-2024.tar");
    tar.c({ file: plain, cwd: tree, sync: true, portable: true }, [speech("AAA")]);
    tar.r({ file: plain, cwd: tree, sync: true, portable: true }, [speech("AAA")]);
    throwsAt(
      () => readUngdcArchive(plain),
      ValidationError,
      `UNGDC_1946-2024.tar:${speech("AAA")}`,
      /duplicate id AAA_63_2008/,
    );
  });

  it("A12 a 100 MB speech is read with bounded memory (peak RSS growth < 1 GB)", function () {
    this.timeout(300000);
    const tree = tmpDir("big-tree");
    fs.mkdirSync(path.join(tree, SESSION), { recursive: true });
    writeBigText(path.join(tree, speech("AAA")), 100 * MB);
    const tgz = path.join(tmpDir("big-arch"), "UNGDC_1946-2024.tgz");
    tar.c({ file: tgz, cwd: tree, gzip: true, sync: true, portable: true }, ["TXT"]);
    fs.rmSync(tree, { recursive: true, force: true });
    const m = runSnippet<{ rssDelta: number; peakDelta: number; result: { words: number; chars: number } }>(
      `import { readUngdcArchive } from "./lib/corpus";\n` +
        memoryProbe(
          `const t = readUngdcArchive(${JSON.stringify(tgz)}).texts[0];\n` +
            `const result = { words: t.words, chars: t.body.length };`,
        ),
    );
    console.log(
      `      100 MB speech: ${m.result.words} words; RSS +${(m.rssDelta / MB).toFixed(0)} MB after, ` +
        `peak +${(m.peakDelta / MB).toFixed(0)} MB`,
    );
    assert.ok(m.result.chars >= 100 * MB, `read ${m.result.chars} characters`);
    assert.ok(m.peakDelta < 1024 * MB, `peak RSS grew by ${(m.peakDelta / MB).toFixed(0)} MB`);
    fs.rmSync(path.dirname(tgz), { recursive: true, force: true });
  });

  it("A13 loadCorpus on a truncated archive throws and writes no cache file", () => {
    const dir = tmpDir("card");
    fs.copyFileSync(truncatedCopy(good, 0.5), path.join(dir, "UNGDC_1946-2024.tgz"));
    const card = parseCard(
      `name: adversarial\n` +
        `title: t\n` +
        `source: { kind: ungdc, path: ${JSON.stringify(dir)} }\n` +
        `categories: [general-debate]\n` +
        `unit: whole\n`,
      "adversarial.yaml",
    );
    const cache = tmpDir("cache");
    const before = process.env.WORKBOOK_CACHE;
    process.env.WORKBOOK_CACHE = cache;
    try {
      clearMemo();
      throwsAt(() => loadCorpus(card), ValidationError, path.join(dir, "UNGDC_1946-2024.tgz"));
      assert.deepEqual(snapshot(cache), {});
    } finally {
      if (before === undefined) delete process.env.WORKBOOK_CACHE;
      else process.env.WORKBOOK_CACHE = before;
      clearMemo();
    }
  });

  it("A14 a half-written corpus cache is not trusted: the archive is read again, the cache rewritten whole", () => {
    const dir = tmpDir("card-cache");
    fs.copyFileSync(good, path.join(dir, "UNGDC_1946-2024.tgz"));
    const card = parseCard(
      `name: adversarial\n` +
        `title: t\n` +
        `source: { kind: ungdc, path: ${JSON.stringify(dir)} }\n` +
        `categories: [general-debate]\n` +
        `unit: whole\n`,
      "adversarial.yaml",
    );
    const cache = tmpDir("cache");
    const before = process.env.WORKBOOK_CACHE;
    process.env.WORKBOOK_CACHE = cache;
    try {
      clearMemo();
      const first = loadCorpus(card);
      assert.equal(first.report.from, "archive");
      const [file] = Object.keys(snapshot(cache));
      const whole = fs.readFileSync(path.join(cache, file));
      fs.writeFileSync(path.join(cache, file), whole.subarray(0, Math.floor(whole.length / 2))); // a write cut short
      clearMemo();
      const again = loadCorpus(card);
      assert.equal(again.report.from, "archive");
      assert.deepEqual(again.texts, first.texts);
      assert.ok(fs.readFileSync(path.join(cache, file)).equals(whole), "the cache was not rewritten whole");
    } finally {
      if (before === undefined) delete process.env.WORKBOOK_CACHE;
      else process.env.WORKBOOK_CACHE = before;
      clearMemo();
    }
  });
});

// ---------------------------------------------------------------------------------------------------------

describe("adversarial: the folder loader", () => {
  const CATS = ["mfa", "unsc", "leader"];

  it("F1 invalid UTF-8 on line 11", () => {
    // lines: 1 ---, 2–7 the six fields, 8 ---, 9 blank, 10 "First line.", 11 "Second: caf\xE9"
    const head = textFile("First line.\nSecond: caf").replace(/\n$/, "");
    assert.equal(head.split("\n").length, 11);
    const content = Buffer.concat([Buffer.from(head), Buffer.from([0xe9, 0x0a])]);
    throwsAt(() => parseTextFile("latin1.txt", content, CATS), ValidationError, "latin1.txt:11", /not valid UTF-8/);
  });

  it("F2 a BOM, CRLF and lone CR are normalised", () => {
    const t = parseTextFile(
      "crlf.txt",
      "\uFEFF" + textFile("One invented line.\rTwo.\r\nThree.").replace(/\n/g, "\r\n"),
      CATS,
    );
    assert.equal(t.body, "One invented line.\nTwo.\n\nThree.");
    assert.equal(t.date, "2010-07-22");
  });

  it("F3 front matter and then no text", () => {
    const src = textFile("   \n\n");
    throwsAt(
      () => parseTextFile("empty-body.txt", src, CATS),
      ValidationError,
      `empty-body.txt:${lineOf(src, "\n---\n") + 2}`,
      /empty body/,
    );
  });

  it("F4 a 0-byte file", () => {
    throwsAt(() => parseTextFile("zero.txt", Buffer.alloc(0), CATS), ValidationError, "zero.txt:1", /no front matter/);
  });

  it("F5 the same id in two files names the second file and the line of its id", () => {
    const dir = tmpDir("dup-ids");
    const src = textFile(prose("f5b"), { date: "2010-07-23", id: null }).replace(
      "date: 2010-07-23\n",
      "date: 2010-07-23\nid: same-id\n",
    );
    writeTree(dir, { "a.txt": textFile(prose("f5a"), { id: "same-id" }), "b.txt": src });
    const e = throwsAt(
      () => readTextFolder(dir, CATS),
      ValidationError,
      `b.txt:${lineOf(src, "id: same-id")}`,
      /duplicate id "same-id"/,
    );
    assert.ok(e.message.includes("a.txt"));
  });

  for (const [n, date] of [
    ["F6", "2023-02-30"],
    ["F7", "23/05/2023"],
  ] as const) {
    it(`${n} the date ${date}`, () => {
      const src = textFile(prose(n), { date });
      throwsAt(
        () => parseTextFile("date.txt", src, CATS),
        ValidationError,
        `date.txt:${lineOf(src, "date:")}`,
        `invalid date "${date}"`,
      );
    });
  }

  it("F8 an unknown category", () => {
    const src = textFile(prose("f8"), { category: "speech" });
    throwsAt(
      () => parseTextFile("cat.txt", src, CATS),
      ValidationError,
      `cat.txt:${lineOf(src, "category:")}`,
      /category "speech" is not one of/,
    );
  });

  it("F9 front matter without its closing line", () => {
    throwsAt(
      () => parseTextFile("open.txt", textFile(prose("f9"), {}, { close: false }), CATS),
      ValidationError,
      "open.txt:1",
      /no closing `---`/,
    );
  });

  it("F10 an unknown front-matter field", () => {
    const src = textFile(prose("f10"), { colour: "blue" });
    throwsAt(
      () => parseTextFile("field.txt", src, CATS),
      ValidationError,
      `field.txt:${lineOf(src, "colour:")}`,
      /unknown front-matter field "colour"/,
    );
  });

  it("F11 a field given twice", () => {
    const src = textFile(prose("f11")).replace("venue:", "date: 2011-01-01\nvenue:");
    throwsAt(() => parseTextFile("twice.txt", src, CATS), ValidationError, `twice.txt:${lineOf(src, "date: 2011")}`);
  });

  it("F12 a million spaces inside the body: parsed in linear time, trailing space trimmed", function () {
    // The old /\s+$/ trim was quadratic in a whitespace run (80,000 spaces took 10 s; a million ≈ 30 min).
    // Run in a child killed after 60 s: a bound with a >20× margin over the linear time, not a speed test.
    this.timeout(90000);
    const file = path.join(tmpDir("spaces"), "spaces.txt");
    fs.writeFileSync(
      file,
      textFile("An invented opening." + " ".repeat(1_000_000) + "An invented end." + " \t ".repeat(300_000)),
    );
    const r = runSnippet<{ result: { words: number; end: string } }>(
      `import * as fs from "fs";\nimport { parseTextFile } from "./lib/corpus";\n` +
        memoryProbe(
          `const t = parseTextFile("spaces.txt", fs.readFileSync(${JSON.stringify(file)}), ["mfa"]);\n` +
            `const result = { words: t.words, end: t.body.slice(-16) };`,
        ),
      { killAfterMs: 60000 },
    );
    assert.deepEqual(r.result, { words: 6, end: "An invented end." });
  });

  it("F13 a 100 MB text file is read with bounded memory (peak RSS growth < 1 GB)", function () {
    this.timeout(300000);
    const dir = tmpDir("big-folder");
    writeBigText(path.join(dir, "mfa-2010-07-22.txt"), 100 * MB, { id: "mfa-2010-07-22" });
    const m = runSnippet<{ rssDelta: number; peakDelta: number; result: { words: number; chars: number } }>(
      `import { readTextFolder } from "./lib/corpus";\n` +
        memoryProbe(
          `const t = readTextFolder(${JSON.stringify(dir)}, ["mfa"])[0];\n` +
            `const result = { words: t.words, chars: t.body.length };`,
        ),
    );
    console.log(
      `      100 MB text file: ${m.result.words} words; RSS +${(m.rssDelta / MB).toFixed(0)} MB after, ` +
        `peak +${(m.peakDelta / MB).toFixed(0)} MB`,
    );
    assert.ok(m.result.chars >= 100 * MB - 1000);
    assert.ok(m.peakDelta < 1024 * MB, `peak RSS grew by ${(m.peakDelta / MB).toFixed(0)} MB`);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("F14 every bad file of a folder is reported together", () => {
    const dir = tmpDir("two-bad");
    writeTree(dir, {
      "a.txt": textFile(prose("f14a"), { date: "2023-02-30" }),
      "b.txt": textFile(prose("f14b"), { id: "b", category: "speech" }),
      "c.txt": textFile(prose("f14c"), { id: "c" }),
    });
    const e = throwsAt(() => readTextFolder(dir, CATS), ValidationError, "a.txt:3", "b.txt:4") as ValidationError;
    assert.equal(e.problems.length, 2);
  });
});

// ---------------------------------------------------------------------------------------------------------

describe("adversarial: npm run add-text", function () {
  this.timeout(60000);
  const base = (dir: string) => [
    "--corpus",
    "china-kosovo",
    "--dir",
    dir,
    "--category",
    "unsc",
    "--speaker",
    "",
    "--venue",
    "An invented meeting",
    "--source",
    "S/PV.0000",
    "--date",
    "2009-03-23",
  ];
  /** A corpus folder with one good text; returns the folder and its snapshot. */
  const folder = (extra: Record<string, string> = {}) => {
    const dir = tmpDir("add");
    writeTree(dir, {
      "unsc-2009-01-01.txt": textFile(prose("existing"), {
        id: "unsc-2009-01-01",
        date: "2009-01-01",
        category: "unsc",
      }),
      ...extra,
    });
    return { dir, before: snapshot(dir) };
  };
  const withArg = (args: string[], flag: string, value: string) => {
    const i = args.indexOf(flag);
    const out = [...args];
    out[i + 1] = value;
    return out;
  };

  it("T1 a file with invalid UTF-8", () => {
    const { dir, before } = folder();
    const f = path.join(tmpDir("in"), "latin1.txt");
    fs.writeFileSync(
      f,
      Buffer.concat([Buffer.from("An invented caf"), Buffer.from([0xe9]), Buffer.from(" statement.\n")]),
    );
    const r = runScript("add-text", [...base(dir), "--file", f]);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, new RegExp(`${f.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}.*not valid UTF-8`));
    assert.deepEqual(snapshot(dir), before);
  });

  for (const [n, date] of [
    ["T2", "2023-02-30"],
    ["T3", "23/05/2023"],
  ] as const) {
    it(`${n} --date ${date}`, () => {
      const { dir, before } = folder();
      const r = runScript("add-text", [...withArg(base(dir), "--date", date), "--file", "-"], { input: prose(n) });
      assert.equal(r.status, 1, r.stderr);
      assert.ok(r.stderr.includes(`standard input: invalid date "${date}"`), r.stderr);
      assert.deepEqual(snapshot(dir), before);
    });
  }

  it("T4 --category speech", () => {
    const { dir, before } = folder();
    const r = runScript("add-text", [...withArg(base(dir), "--category", "speech"), "--file", "-"], {
      input: prose("t4"),
    });
    assert.equal(r.status, 1);
    assert.match(
      r.stderr,
      /standard input: category "speech" is not one of the card's categories — use one of: mfa, unsc, leader/,
    );
    assert.deepEqual(snapshot(dir), before);
  });

  it("T5 an empty text (a BOM and blank lines)", () => {
    const { dir, before } = folder();
    const r = runScript("add-text", [...base(dir), "--file", "-"], { input: "\uFEFF\r\n\r\n  \n" });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /standard input: empty body/);
    assert.deepEqual(snapshot(dir), before);
  });

  it("T6 a text that is already in the folder", () => {
    const { dir, before } = folder();
    const r = runScript("add-text", [...base(dir), "--file", "-"], { input: prose("existing") + "\n" });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /already in the corpus as "unsc-2009-01-01"/);
    assert.deepEqual(snapshot(dir), before);
  });

  it("T7 the folder already holds a broken text: nothing is added, the broken file is named", () => {
    const broken = textFile(prose("broken"), { id: "x", date: "2009-02-30", category: "unsc" });
    const { dir, before } = folder({ "broken.txt": broken });
    const r = runScript("add-text", [...base(dir), "--file", "-"], { input: prose("t7") });
    assert.equal(r.status, 1);
    assert.ok(r.stderr.includes(`broken.txt:${lineOf(broken, "date:")}`), r.stderr);
    assert.deepEqual(snapshot(dir), before);
  });

  it("T8 --id ../outside", () => {
    const parent = tmpDir("escape");
    const dir = path.join(parent, "corpus");
    fs.mkdirSync(dir);
    const before = snapshot(parent);
    const r = runScript("add-text", [...base(dir), "--id", "../outside", "--file", "-"], { input: prose("t8") });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /id "\.\.\/outside" is not a plain file name/);
    assert.deepEqual(snapshot(parent), before);
  });
});

// ---------------------------------------------------------------------------------------------------------

describe("adversarial: the codebook", () => {
  const THEME_LINE = "    level: core\n"; // first theme's level line
  const PATTERNS = "    patterns:\n      - near: [sovereignty";
  it("C0 the invented codebook itself is valid (the cases below each break one thing)", () => {
    assert.deepEqual(
      parseCodebook(CODEBOOK, "cb.yaml").themes.map((t) => t.key),
      ["sovereignty", "dialogue"],
    );
  });

  it("C1 a tab in the indentation", () => {
    const src = editedCodebook(THEME_LINE, "\tlevel: core\n");
    throwsAt(
      () => parseCodebook(src, "cb.yaml"),
      ValidationError,
      `cb.yaml:${lineOf(src, "\tlevel")}`,
      /tab in indentation/,
    );
  });

  it("C2 a key twice in one mapping", () => {
    const src = editedCodebook(THEME_LINE, THEME_LINE + "    level: secondary\n");
    throwsAt(
      () => parseCodebook(src, "cb.yaml"),
      ValidationError,
      `cb.yaml:${lineOf(src, "level: secondary")}`,
      /duplicate key/,
    );
  });

  it("C3 two themes with one key", () => {
    const src = editedCodebook("  - key: dialogue\n", "  - key: sovereignty\n");
    const second = src.indexOf("  - key: sovereignty", src.indexOf("  - key: sovereignty") + 1);
    const line = src.slice(0, second).split("\n").length;
    throwsAt(() => parseCodebook(src, "cb.yaml"), ValidationError, `cb.yaml:${line}`, /duplicate key "sovereignty"/);
  });

  it("C4 an unknown field in a theme", () => {
    const src = editedCodebook(THEME_LINE, THEME_LINE + "    colour: red\n");
    throwsAt(
      () => parseCodebook(src, "cb.yaml"),
      ValidationError,
      `cb.yaml:${lineOf(src, "colour")}`,
      /unknown key "colour"/,
    );
  });

  it("C5 an empty pattern", () => {
    const src = editedCodebook(PATTERNS, '    patterns:\n      - ""\n      - near: [sovereignty');
    throwsAt(() => parseCodebook(src, "cb.yaml"), ValidationError, `cb.yaml:${lineOf(src, '- ""')}`, /empty pattern/);
  });

  it("C6 patterns that would match every word: the, *, ab*", () => {
    const src = editedCodebook(
      PATTERNS,
      "    patterns:\n      - the\n      - '*'\n      - ab*\n      - near: [sovereignty",
    );
    const e = throwsAt(
      () => parseCodebook(src, "cb.yaml"),
      ValidationError,
      `cb.yaml:${lineOf(src, "- the")}`,
      `cb.yaml:${lineOf(src, "- '*'")}`,
      `cb.yaml:${lineOf(src, "- ab*")}`,
    ) as ValidationError;
    assert.equal(e.problems.length, 3);
  });

  it("C7 (a+)+$ typed as a pattern is refused, never compiled as a regular expression", () => {
    const src = editedCodebook(PATTERNS, "    patterns:\n      - (a+)+$\n      - near: [sovereignty");
    throwsAt(
      () => parseCodebook(src, "cb.yaml"),
      ValidationError,
      `cb.yaml:${lineOf(src, "(a+)+$")}`,
      /looks like a regular expression/,
    );
  });

  it("C8 a codebook saved as Latin-1 is refused with the line of the bad byte", () => {
    const src = editedCodebook("Kosovo|Pristina", "Kosovo|Pri\u00e8tina|Pristina");
    const f = path.join(tmpDir("latin1"), "codebook.yaml");
    fs.writeFileSync(f, Buffer.from(src, "latin1"));
    throwsAt(() => loadCodebook(f), ValidationError, `${f}:${lineOf(src, "Pri\u00e8tina")}`, /not valid UTF-8/);
  });

  it("C9 npm run code with a broken codebook exits 1 and leaves the old output alone", function () {
    this.timeout(60000);
    const dir = tmpDir("code-cb");
    const src = editedCodebook(THEME_LINE, THEME_LINE + "    colour: red\n");
    writeTree(dir, { "cb.yaml": src, "texts/a-2010.txt": prose("c9"), "out.csv": EARLIER_CODING });
    const before = snapshot(dir);
    const r = runScript("code", [
      "--texts",
      path.join(dir, "texts"),
      "--codebook",
      path.join(dir, "cb.yaml"),
      "--out",
      path.join(dir, "out.csv"),
    ]);
    assert.equal(r.status, 1, r.stderr);
    assert.ok(r.stderr.includes(`${path.join(dir, "cb.yaml")}:${lineOf(src, "colour")}`), r.stderr);
    assert.deepEqual(snapshot(dir), before);
  });
});

// ---------------------------------------------------------------------------------------------------------

describe("adversarial: coding sheets", () => {
  const THEMES = ["sovereignty", "dialogue"];
  const row = (id: string, a: string, b: string) => [id, "ana", "2010", "SRB", "", '"An invented passage."', a, b];
  const opts = { themeKeys: THEMES };

  it('S1 a cell "yes"', () => {
    throwsAt(
      () => parseSheet(sheet(THEMES, [row("u1", "1", "yes")]), "ana.csv", opts),
      ValidationError,
      "ana.csv:2 (column dialogue)",
      /value "yes"/,
    );
  });

  it('S2 a cell "2"', () => {
    throwsAt(
      () => parseSheet(sheet(THEMES, [row("u1", "1", "0"), row("u2", "2", "0")]), "ana.csv", opts),
      ValidationError,
      "ana.csv:3 (column sovereignty)",
      /value "2"/,
    );
  });

  it("S3 a theme column missing", () => {
    throwsAt(
      () => parseSheet(sheet(["sovereignty"], [row("u1", "1", "").slice(0, 7)]), "ana.csv", opts),
      ValidationError,
      "ana.csv:1 (column dialogue)",
      /theme column "dialogue" is missing/,
    );
  });

  it("S4 an id not in the corpus", () => {
    throwsAt(
      () => parseSheet(sheet(THEMES, [row("u9", "1", "0")]), "ana.csv", { ...opts, knownIds: ["u1", "u2"] }),
      ValidationError,
      "ana.csv:2 (column id)",
      /"u9" is not in the corpus/,
    );
  });

  it("S5 the same id twice", () => {
    throwsAt(
      () => parseSheet(sheet(THEMES, [row("u1", "1", "0"), row("u1", "0", "0")]), "ana.csv", opts),
      ValidationError,
      "ana.csv:3 (column id)",
      /appears again \(first on row 2\)/,
    );
  });

  it("S6 a row longer than the header (an unquoted comma in the text shifts the codes)", () => {
    const bad = ["u1", "ana", "2010", "SRB", "", "An invented passage, 1", "0", "1"];
    throwsAt(
      () => parseSheet(sheet(THEMES, [bad]), "ana.csv", opts),
      ValidationError,
      "ana.csv:2",
      /more cells than the header/,
    );
  });

  it("S7 a theme column twice in the header", () => {
    const text = "id,coder,year,country,speaker,text,sovereignty,dialogue,sovereignty\nu1,ana,2010,SRB,,t,1,0,0\n";
    throwsAt(
      () => parseSheet(text, "ana.csv", opts),
      ValidationError,
      "ana.csv:1 (column sovereignty)",
      /appears twice/,
    );
  });

  it("S8 an unclosed quote", () => {
    throwsAt(
      () =>
        parseSheet(
          sheet(THEMES, [["u1", "ana", "2010", "SRB", "", '"An invented passage', "1", "0"]]),
          "ana.csv",
          opts,
        ),
      InputError,
      "ana.csv:2",
      /not readable as CSV/,
    );
  });

  it("S9 npm run sheet onto an existing sheet leaves it untouched", function () {
    this.timeout(60000);
    const dir = tmpDir("sheet-exists");
    writeTree(dir, { "ana.csv": sheet(THEMES, [row("u1", "1", "0")]) });
    const before = snapshot(dir);
    const r = runScript("sheet", ["--corpus", "ungdc-kosovo", "--coder", "ana", "--out", path.join(dir, "ana.csv")]);
    assert.equal(r.status, 2); // refused by the output guard before any work
    assert.ok(r.stderr.includes(`${path.join(dir, "ana.csv")} exists`), r.stderr);
    assert.deepEqual(snapshot(dir), before);
  });

  it("S10 npm run sheet with a broken codebook writes no sheet", function () {
    this.timeout(60000);
    const dir = tmpDir("sheet-cb");
    const src = editedCodebook("    level: core\n", "    level: core\n    colour: red\n");
    writeTree(dir, { "cb.yaml": src });
    const r = runScript("sheet", [
      "--corpus",
      "ungdc-kosovo",
      "--coder",
      "ana",
      "--codebook",
      path.join(dir, "cb.yaml"),
      "--out",
      path.join(dir, "ana.csv"),
    ]);
    assert.equal(r.status, 1);
    assert.ok(r.stderr.includes(`${path.join(dir, "cb.yaml")}:${lineOf(src, "colour")}`), r.stderr);
    assert.deepEqual(Object.keys(snapshot(dir)), ["cb.yaml"]);
  });
});

// ---------------------------------------------------------------------------------------------------------

describe("adversarial: npm run reliability", function () {
  this.timeout(60000);
  const THEMES = ["sovereignty", "dialogue"];
  const rows = (coder: string, cells: Array<[string, string]>) =>
    cells.map(([a, b], i) => [`u${i + 1}`, coder, "2010", "SRB", "", '"An invented passage."', a, b]);

  it("R1 one coder only: exit 2, names the sheet, writes nothing", () => {
    const dir = tmpDir("rel-one");
    writeTree(dir, {
      "ana.csv": sheet(
        THEMES,
        rows("ana", [
          ["1", "0"],
          ["0", "1"],
        ]),
      ),
    });
    const r = runScript("reliability", ["--coders", path.join(dir, "ana.csv"), "--out", path.join(dir, "rel.csv")]);
    assert.equal(r.status, 2);
    assert.ok(r.stderr.includes(`only one coder (${path.join(dir, "ana.csv")})`), r.stderr);
    assert.deepEqual(Object.keys(snapshot(dir)), ["ana.csv"]);
  });

  it("R2 one coder with an existing output: the output is untouched", () => {
    const dir = tmpDir("rel-one-out");
    writeTree(dir, { "ana.csv": sheet(THEMES, rows("ana", [["1", "0"]])), "rel.csv": "theme,units\nearlier,1\n" });
    const before = snapshot(dir);
    const r = runScript("reliability", ["--coders", path.join(dir, "ana.csv"), "--out", path.join(dir, "rel.csv")]);
    assert.equal(r.status, 2);
    assert.deepEqual(snapshot(dir), before);
  });

  it('R3 a sheet with "yes": exit 1 naming sheet, row and column; the old output is untouched', () => {
    const dir = tmpDir("rel-yes");
    const ben = rows("ben", [
      ["1", "0"],
      ["0", "1"],
    ]);
    ben[1][7] = "yes";
    writeTree(dir, {
      "ana.csv": sheet(
        THEMES,
        rows("ana", [
          ["1", "0"],
          ["0", "1"],
        ]),
      ),
      "ben.csv": sheet(THEMES, ben),
      "rel.csv": "theme,units\nearlier,1\n",
    });
    const before = snapshot(dir);
    const r = runScript("reliability", [
      "--coders",
      path.join(dir, "ana.csv"),
      path.join(dir, "ben.csv"),
      "--out",
      path.join(dir, "rel.csv"),
      "--themes",
      THEMES.join(","),
    ]);
    assert.equal(r.status, 1);
    assert.ok(r.stderr.includes(`${path.join(dir, "ben.csv")}:3 (column dialogue)`), r.stderr);
    assert.deepEqual(snapshot(dir), before);
  });

  it("R5 --out naming one of the coders' sheets: exit 2, the sheet untouched", () => {
    const dir = tmpDir("rel-clobber");
    writeTree(dir, {
      "ana.csv": sheet(
        THEMES,
        rows("ana", [
          ["1", "0"],
          ["0", "1"],
        ]),
      ),
      "ben.csv": sheet(
        THEMES,
        rows("ben", [
          ["1", "0"],
          ["0", "0"],
        ]),
      ),
    });
    const before = snapshot(dir);
    const r = runScript("reliability", [
      "--coders",
      path.join(dir, "ana.csv"),
      path.join(dir, "ben.csv"),
      "--out",
      path.join(dir, "ben.csv"),
    ]);
    assert.equal(r.status, 2);
    assert.ok(r.stderr.includes(`--out ${path.join(dir, "ben.csv")} is the input of --coders`), r.stderr);
    assert.deepEqual(snapshot(dir), before);
  });

  it("R6 npm run adjudicate with --out naming the decisions file: exit 2, the decisions untouched", () => {
    const dir = tmpDir("adj-clobber");
    writeTree(dir, {
      "ana.csv": sheet(THEMES, rows("ana", [["1", "0"]])),
      "ben.csv": sheet(THEMES, rows("ben", [["0", "0"]])),
      "decisions.csv": "id,theme,value,reason\nu1,sovereignty,1,an invented reason\n",
    });
    const before = snapshot(dir);
    const r = runScript("adjudicate", [
      "--sheets",
      path.join(dir, "ana.csv"),
      path.join(dir, "ben.csv"),
      "--decisions",
      path.join(dir, "decisions.csv"),
      "--out",
      path.join(dir, "decisions.csv"),
    ]);
    assert.equal(r.status, 2);
    assert.ok(r.stderr.includes(`--out ${path.join(dir, "decisions.csv")} is the input of --decisions`), r.stderr);
    assert.deepEqual(snapshot(dir), before);
  });

  it("R4 two sheets by the same coder", () => {
    const dir = tmpDir("rel-same");
    writeTree(dir, {
      "a.csv": sheet(THEMES, rows("ana", [["1", "0"]])),
      "b.csv": sheet(THEMES, rows("ana", [["0", "0"]])),
    });
    const r = runScript("reliability", [
      "--coders",
      path.join(dir, "a.csv"),
      path.join(dir, "b.csv"),
      "--out",
      path.join(dir, "rel.csv"),
      "--themes",
      THEMES.join(","),
    ]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /coder "ana" names more than one sheet/);
    assert.deepEqual(Object.keys(snapshot(dir)).sort(), ["a.csv", "b.csv"]);
  });
});

// ---------------------------------------------------------------------------------------------------------

describe("adversarial: npm run code --texts", function () {
  this.timeout(60000);
  const latin1 = (s: string) =>
    Buffer.concat([Buffer.from(s), Buffer.from([0xe9]), Buffer.from(" an invented end.\n")]);

  it("K1 a plain .txt with invalid UTF-8 on line 3: exit 1 naming file and line; old output untouched", () => {
    const dir = tmpDir("code-latin1");
    writeTree(dir, {
      "texts/a-2010.txt": prose("k1a"),
      "texts/b-2011.txt": latin1("Line one.\nLine two.\nA caf"),
      "out.csv": EARLIER_CODING,
    });
    const before = snapshot(dir);
    const r = runScript("code", ["--texts", path.join(dir, "texts"), "--out", path.join(dir, "out.csv")]);
    assert.equal(r.status, 1, r.stderr);
    assert.ok(r.stderr.includes(`${path.join(dir, "texts", "b-2011.txt")}:3`), r.stderr);
    assert.match(r.stderr, /not valid UTF-8/);
    assert.deepEqual(snapshot(dir), before);
  });

  it("K2 a front-matter .txt with invalid UTF-8", () => {
    const dir = tmpDir("code-latin1-fm");
    const head = textFile("Line one.\nA caf").replace(/\n$/, "");
    writeTree(dir, { "texts/mfa.txt": latin1(head) });
    const r = runScript("code", ["--texts", path.join(dir, "texts"), "--out", path.join(dir, "out.csv")]);
    assert.equal(r.status, 1, r.stderr);
    assert.ok(r.stderr.includes(`${path.join(dir, "texts", "mfa.txt")}:${head.split("\n").length}`), r.stderr);
    assert.deepEqual(Object.keys(snapshot(dir)), ["texts/mfa.txt"]);
  });

  it("K4 --out naming an input text (not a .csv): exit 2, the text untouched", () => {
    const dir = tmpDir("code-clobber");
    writeTree(dir, { "texts/a-2010.txt": prose("k4") });
    const before = snapshot(dir);
    const r = runScript("code", ["--texts", path.join(dir, "texts"), "--out", path.join(dir, "texts", "a-2010.txt")]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--out must name a \.csv file/);
    assert.deepEqual(snapshot(dir), before);
  });

  it("K3 two files with the same id", () => {
    const dir = tmpDir("code-dup");
    writeTree(dir, {
      "texts/a.txt": textFile(prose("k3a"), { id: "same" }),
      "texts/b.txt": textFile(prose("k3b"), { id: "same" }),
    });
    const r = runScript("code", ["--texts", path.join(dir, "texts"), "--out", path.join(dir, "out.csv")]);
    assert.equal(r.status, 1);
    assert.ok(r.stderr.includes(path.join(dir, "texts", "b.txt")), r.stderr);
    assert.match(r.stderr, /duplicate id "same"/);
    assert.deepEqual(Object.keys(snapshot(dir)).sort(), ["texts/a.txt", "texts/b.txt"]);
  });
});

// ---------------------------------------------------------------------------------------------------------

describe("adversarial: the fetch cache", function () {
  this.timeout(60000);
  const HEADER = "slot,date,category,speaker,speaker_title,venue,title,doc_ref,url,alt_url,evidence";
  const PAGE = fs.readFileSync(path.join(ROOT, "test", "fixtures", "sources", "mission-statement.html"));
  const SLOT = "leader-2031-10-11";
  const URL_PATH = "/mission.example/eng/st.htm";

  /** A slots file with one slot whose only source is the fixture page. */
  const setup = () => {
    const dir = tmpDir("fetch");
    fs.writeFileSync(
      path.join(dir, "slots.csv"),
      `${HEADER}\n` +
        `${SLOT},2031-10-11,leader,An Invented Leader,,An invented venue,Remarks,,http:/${URL_PATH},,invented\n`,
    );
    return { dir, slots: loadSlots(path.join(dir, "slots.csv")) };
  };

  it("H1/H2 a half-written cache body or metadata file is not trusted: the page is downloaded again", async () => {
    const srv = await startFixtureServer({ [URL_PATH]: { body: PAGE } });
    try {
      const { dir, slots } = setup();
      const opts: FetchOptions = {
        textsDir: path.join(dir, "texts"),
        cacheDir: path.join(dir, "cache"),
        baseUrl: srv.base,
        allowLocal: true,
        timeoutMs: 2000,
        retries: 0,
        backoffMs: 0,
        today: () => "2031-12-01",
      };
      const first = await fetchSlots(slots, opts);
      assert.equal(first[0].status, "fetched", first[0].reason);
      const textPath = path.join(opts.textsDir, `${SLOT}.txt`);
      const good = fs.readFileSync(textPath);
      const files = cacheFiles(opts.cacheDir, `${srv.base}${URL_PATH}`);
      for (const damaged of [files.body, files.meta]) {
        const buf = fs.readFileSync(damaged);
        fs.writeFileSync(damaged, buf.subarray(0, Math.floor(buf.length / 2))); // a write cut short
        fs.rmSync(textPath);
        srv.resetCounts();
        const again = await fetchSlots(slots, opts);
        assert.equal(again[0].status, "fetched", again[0].reason);
        assert.equal(again[0].fromCache, false, `${path.basename(damaged)}: the damaged entry was used`);
        assert.equal(srv.count(URL_PATH), 1);
        assert.ok(fs.readFileSync(textPath).equals(good), "the text differs from the first fetch");
      }
    } finally {
      await srv.close();
    }
  });

  it("H3 a half-written .gone.json is not a permanent failure: the page is asked for again", async () => {
    const srv = await startFixtureServer(); // 404 at first
    try {
      const { dir, slots } = setup();
      const opts: FetchOptions = {
        textsDir: path.join(dir, "texts"),
        cacheDir: path.join(dir, "cache"),
        baseUrl: srv.base,
        allowLocal: true,
        timeoutMs: 2000,
        retries: 0,
        backoffMs: 0,
        today: () => "2031-12-01",
      };
      const first = await fetchSlots(slots, opts);
      assert.equal(first[0].status, "failed");
      const gone = cacheFiles(opts.cacheDir, `${srv.base}${URL_PATH}`).gone;
      const buf = fs.readFileSync(gone);
      fs.writeFileSync(gone, buf.subarray(0, Math.floor(buf.length / 2)));
      srv.route(URL_PATH, { body: PAGE }); // the page is back
      const again = await fetchSlots(slots, opts);
      assert.equal(again[0].status, "fetched", again[0].reason);
      assert.equal(srv.count(URL_PATH), 2);
    } finally {
      await srv.close();
    }
  });

  it("H4 a half-written cache body with no network: exit 3 and no text written", async () => {
    const srv = await startFixtureServer({ [URL_PATH]: { body: PAGE } });
    const { dir } = setup();
    const args = [
      "--corpus",
      "china-kosovo",
      "--slots",
      path.join(dir, "slots.csv"),
      "--texts",
      path.join(dir, "texts"),
      "--cache",
      path.join(dir, "cache"),
      "--retries",
      "0",
      "--timeout",
      "10000",
      "--base-url",
      srv.base,
      "--allow-local",
    ];
    try {
      // the fixture server answers from this process: the script must run without blocking it
      const first = await runScriptAsync("fetch", args);
      assert.equal(first.status, 0, first.stdout + first.stderr);
    } finally {
      await srv.close(); // its port is closed now: "no network"
    }
    const body = cacheFiles(path.join(dir, "cache"), `${srv.base}${URL_PATH}`).body;
    const buf = fs.readFileSync(body);
    fs.writeFileSync(body, buf.subarray(0, 100)); // a write cut short
    fs.rmSync(path.join(dir, "texts"), { recursive: true });
    const r = await runScriptAsync("fetch", args);
    assert.equal(r.status, 3, r.stdout + r.stderr);
    assert.match(r.stdout, /no network/);
    assert.equal(fs.existsSync(path.join(dir, "texts", `${SLOT}.txt`)), false);
  });
});

// ---------------------------------------------------------------------------------------------------------

describe("adversarial: tables in the notebooks", () => {
  it("D1 a table with a 200,000-character cell renders as text in linear time", function () {
    // The old /\s+$/ trim of each padded line was quadratic: a 60,000-character cell took 26 s.
    // Run in a child killed after 60 s (the linear version takes well under a second).
    this.timeout(90000);
    const r = runSnippet<{ result: { lines: number; width: number } }>(
      `import { tableText } from "./lib/display";\n` +
        memoryProbe(
          `const t = tableText([{ text: "word ".repeat(40000), n: 1 }, { text: "short", n: 2 }]);\n` +
            `const result = { lines: t.split("\\n` +
            `").length, width: Math.max(...t.split("\\n` +
            `").map((l) => l.length)) };`,
        ),
      { killAfterMs: 60000 },
    );
    assert.deepEqual(r.result, { lines: 3, width: 200000 + 2 + 1 });
  });
});
