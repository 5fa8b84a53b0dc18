/**
 * A corpus's human coding folder, `data/coding/<corpus>/`: the coders' sheets, the decisions and gold
 * files, and (for a round with halves) the sample list. The wrong file never silently wins: two
 * sheets by one coder — `coder-a (1).csv` beside `coder-a.csv`, or two files naming one coder — are
 * refused with both names, and sentence-level sheets must hold every sentence of the sample list.
 */
import * as fs from "fs";
import * as path from "path";
import { byCodeUnit, fromProjectRoot, type Problem, projectRoot, ValidationError } from "../core";
import { blankWarnings } from "./blanks";
import { readCsvFile } from "./csv";
import { loadSheet } from "./parse";
import { parseSampleList, type SampleEntry } from "./sample-list";
import type { Sheet } from "./sheet";

/**
 * Where a corpus's human coding lives: `data/coding/<corpus>/`, or the folder named by the
 * environment variable `WORKBOOK_CODING` (to run the chapter on another set of sheets).
 *
 * @example codingFolder("ungdc-kosovo") // "<project root>/data/coding/ungdc-kosovo"
 */
export function codingFolder(corpus: string, root: string = projectRoot()): string {
  const env = (process.env.WORKBOOK_CODING ?? "").trim();
  return env ? path.resolve(env) : path.join(root, "data", "coding", corpus);
}

/** File names in a coding folder that are not coders' sheets. */
const NOT_SHEETS = /^(decisions|gold|disagreements|reliability|validation|sample)([-_.].*)?\.csv$|\.evidence\.csv$/i;

/** The marks a file manager or a download adds to a copy: " (1)", " copy", " - Copy 2", "Copy of …". */
const COPY_MARK = /(?:\s*\(\d+\)|\s*[-_ ]\s*copy(?:\s*\(?\d+\)?)?|\s*\(copy\))$/i;

/**
 * A sheet's file name without ".csv" and without the marks of a copy, lower-cased: the name of the
 * sheet it is a copy of.
 *
 * @example sheetStem("coder-a (1).csv") // "coder-a"
 * @example sheetStem("Copy of coder-b.csv") // "coder-b"
 */
export function sheetStem(file: string): string {
  let s = path
    .basename(file)
    .replace(/\.csv$/i, "")
    .trim();
  s = s.replace(/^copy of\s+/i, "");
  for (let prev = ""; prev !== s; ) {
    prev = s;
    s = s.replace(COPY_MARK, "").trim();
  }
  return s.toLowerCase();
}

/** The human coding of a corpus: the coders' sheets, the decisions and gold files, the sample list. */
export interface CodingFolder {
  dir: string;
  sheets: Sheet[];
  /** `decisions.csv` in the folder, or null. */
  decisionsFile: string | null;
  /** `gold.csv` in the folder, or null. */
  goldFile: string | null;
  /** `sample.csv` read (the units and their halves), or null when the folder has none. */
  sample: SampleEntry[] | null;
  /** What a reader must know: blank cells, a ";" delimiter read, … (one line each). */
  notes: string[];
}

/** Two files that are one coder's sheet: by their names (a copy) or by the coder they name. */
function duplicateSheets(dir: string, files: string[], sheets: Sheet[]): Problem[] {
  const problems: Problem[] = [];
  const byStem = new Map<string, string[]>();
  for (const f of files) byStem.set(sheetStem(f), [...(byStem.get(sheetStem(f)) ?? []), f]);
  const byCoder = new Map<string, string[]>();
  for (const s of sheets) byCoder.set(s.coder, [...(byCoder.get(s.coder) ?? []), path.basename(s.file)]);
  const groups = [
    ...[...byStem.values()].map((g) => ({ g, why: "copies of one sheet (the same name but for a copy mark)" })),
    ...[...byCoder.entries()].map(([c, g]) => ({ g, why: `sheets of one coder (both name coder "${c}")` })),
  ];
  const seen = new Set<string>();
  for (const { g, why } of groups) {
    const key = [...g].sort(byCodeUnit).join("\u0000");
    if (g.length < 2 || seen.has(key)) continue;
    seen.add(key);
    problems.push({
      file: path.join(dir, g[1]),
      message: `${g.join(" and ")} are ${why}: which one holds the coding cannot be guessed`,
      fix: "keep one sheet per coder in the folder: move the stale one out (or give each coder's sheet its own coder)",
    });
  }
  return problems;
}

/** Sentence-level sheets must hold every unit of the sample list, each with the listed number of sentences. */
function sampleProblems(sheets: Sheet[], sample: SampleEntry[]): Problem[] {
  const problems: Problem[] = [];
  for (const s of sheets.filter((x) => x.level === "sentence")) {
    for (const e of sample) {
      const n = s.sentences[e.id]?.length ?? 0;
      if (n !== e.sentences)
        problems.push({
          file: s.file,
          column: "sentence",
          message: `unit ${e.id} has ${n} sentence rows; the sample list (sample.csv) has ${e.sentences} sentences`,
          fix: "restore the missing rows from the sheet as it was written: every sentence of a sampled unit is coded",
        });
    }
  }
  return problems;
}

/**
 * Loads a coding folder: every `*.csv` is a coder's sheet except `decisions.csv`, `gold.csv`,
 * `sample.csv`, `disagreements*.csv`, `reliability*.csv`, `validation*.csv` and `*.evidence.csv`;
 * sheets in name order. A missing folder gives no sheets (the chapter then says how to make them).
 *
 * @param options.codebookVersion refuse sheets coded against other definitions (`codebookVersion`)
 * @example loadCodingFolder(codingFolder("ungdc-kosovo"), themeKeys(loadCodebook())).sheets.length // 2
 * @throws {InputError} or {ValidationError} from a sheet that cannot be read
 * @throws {ValidationError} when two sheets are one coder's, or a sheet lacks sentences of the sample list
 */
export function loadCodingFolder(
  given: string,
  themeKeys: string[],
  options: { codebookVersion?: string } = {},
): CodingFolder {
  const dir = fromProjectRoot(given); // a relative path from the project root, as in a notebook
  const empty = { dir, sheets: [], decisionsFile: null, goldFile: null, sample: null, notes: [] };
  if (!fs.existsSync(dir)) return empty;
  const names = fs
    .readdirSync(dir)
    .filter((f) => f.toLowerCase().endsWith(".csv"))
    .sort(byCodeUnit);
  const files = names.filter((f) => !NOT_SHEETS.test(f));
  const copies = duplicateSheets(dir, files, []);
  if (copies.length) throw new ValidationError(`coding folder ${dir}`, copies);
  const sheets = files.map((f) => loadSheet(path.join(dir, f), { themeKeys, ...options }));
  const has = (f: string) => (names.includes(f) ? path.join(dir, f) : null);
  const sampleFile = has("sample.csv");
  const sample = sampleFile ? parseSampleList(readCsvFile(sampleFile), sampleFile) : null;
  const problems = [...duplicateSheets(dir, files, sheets), ...(sample ? sampleProblems(sheets, sample) : [])];
  if (problems.length) throw new ValidationError(`coding folder ${dir}`, problems);
  const notes = sheets.flatMap((s) => [...s.notes.map((n) => `${s.file}: ${n}`), ...blankWarnings(s)]);
  return { dir, sheets, decisionsFile: has("decisions.csv"), goldFile: has("gold.csv"), sample, notes };
}
