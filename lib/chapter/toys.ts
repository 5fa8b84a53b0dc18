/**
 * The toys that fit in a head (`data/teaching/`): a mini codebook and six invented sentences for chapter 02, a
 * ten-unit two-coder table for chapter 04 (Krippendorff's 2011 example A), a twelve-unit two-period table for
 * chapter 06. Each loader checks its file and says which line is wrong.
 */
import { parse as parseCsv } from "csv-parse/sync";
import * as fs from "fs";
import * as path from "path";
import { parse as parseYaml } from "yaml";
import { type Codebook, loadCodebook } from "../codebook";
import { type CodedRow, fromProjectRoot, InputError, type Period, projectRoot } from "../core";

/**
 * A file of `data/teaching/`.
 *
 * @example path.relative(projectRoot(), teachingPath("two-coders.csv")) // "data/teaching/two-coders.csv"
 */
export function teachingPath(file: string): string {
  return path.join(projectRoot(), "data", "teaching", file);
}

/** The file's text, or an InputError naming it. */
function read(file: string): string {
  try {
    return fs.readFileSync(file, "utf8");
  } catch (e) {
    throw new InputError({
      file,
      message: `cannot read the teaching data (${(e as Error).message})`,
      fix: "restore data/teaching/ from git",
    });
  }
}

/** CSV records with their line numbers (header on line 1). */
function csvRecords(file: string, columns: string[]): Array<{ line: number; r: Record<string, string> }> {
  const records = parseCsv(read(file), { columns: true, skip_empty_lines: true, trim: true, bom: true }) as Array<
    Record<string, string>
  >;
  const header = records.length ? Object.keys(records[0]) : [];
  const missing = columns.filter((c) => !header.includes(c));
  if (missing.length)
    throw new InputError({
      file,
      line: 1,
      message: `missing column(s) ${missing.join(", ")}`,
      fix: `the header is ${columns.join(",")}`,
    });
  return records.map((r, i) => ({ line: i + 2, r }));
}

/** A 0/1 cell, or an InputError naming the file, the line and the column. */
function bit(file: string, line: number, column: string, v: string): 0 | 1 {
  if (v === "0" || v === "1") return v === "1" ? 1 : 0;
  throw new InputError({ file, line, column, message: `"${v}" is not 0 or 1`, fix: "write 1 (present) or 0 (absent)" });
}

/**
 * The mini codebook of chapter 02's toy: three themes (sovereignty, dialogue, un_1244) in the project's format.
 *
 * @example loadMiniCodebook().themes.map((t) => t.key) // ["sovereignty", "dialogue", "un_1244"]
 */
export function loadMiniCodebook(file: string = teachingPath("mini-codebook.yaml")): Codebook {
  return loadCodebook(file);
}

/** One invented sentence of the toy, and how a careful reader codes it by the mini codebook's rules. */
export interface ToySentence {
  id: string;
  text: string;
  /** The themes a reader following the include and exclude rules codes. */
  rules: string[];
  /** Why, in one line. */
  why: string;
}

/**
 * The six invented sentences of chapter 02's toy.
 *
 * @example loadToySentences().map((s) => s.id) // ["s1", "s2", "s3", "s4", "s5", "s6"]
 * @throws {InputError} when an entry lacks its id, text, rules or why
 */
export function loadToySentences(given: string = teachingPath("toy-sentences.yaml")): ToySentence[] {
  const file = fromProjectRoot(given);
  const doc = parseYaml(read(file)) as { sentences?: unknown };
  const list = Array.isArray(doc?.sentences) ? (doc.sentences as Array<Record<string, unknown>>) : [];
  if (list.length === 0)
    throw new InputError({ file, message: "no sentences", fix: "write a `sentences:` list (see the file's header)" });
  return list.map((s, i) => {
    const ok =
      typeof s.id === "string" &&
      typeof s.text === "string" &&
      typeof s.why === "string" &&
      Array.isArray(s.rules) &&
      s.rules.every((r) => typeof r === "string");
    if (!ok)
      throw new InputError({
        file,
        message: `sentence ${i + 1} needs id, text, rules (a list of theme keys) and why`,
        fix: "complete the entry",
      });
    return { id: s.id as string, text: s.text as string, rules: s.rules as string[], why: s.why as string };
  });
}

/** Two coders' codes of the same units. */
export interface TwoCoders {
  units: string[];
  a: Array<0 | 1>;
  b: Array<0 | 1>;
}

/**
 * Krippendorff's (2011) example A: ten units, two coders, presence (0/1), no missing codes.
 *
 * @example loadTwoCoders().a // [0, 1, 0, 0, 0, 0, 0, 0, 1, 0]
 * @throws {InputError} for a code that is not 0 or 1, naming its line
 */
export function loadTwoCoders(given: string = teachingPath("two-coders.csv")): TwoCoders {
  const file = fromProjectRoot(given);
  const records = csvRecords(file, ["unit", "coder_a", "coder_b"]);
  return {
    units: records.map(({ r }) => r.unit),
    a: records.map(({ line, r }) => bit(file, line, "coder_a", r.coder_a)),
    b: records.map(({ line, r }) => bit(file, line, "coder_b", r.coder_b)),
  };
}

/** The two-period toy: coded rows with one theme, and its two periods. */
export interface TwoPeriods {
  /** The theme's key in the rows' codes. */
  theme: string;
  rows: CodedRow[];
  periods: Period[];
}

/**
 * The invented two-period table of chapter 06: twelve units, six in 2008–2011 and six in 2021–2024, with one
 * theme ("toy") present or absent — as coded rows, so that the chapter's own functions run on it.
 *
 * @example loadTwoPeriods().periods.map((p) => p.label) // ["2008–2011", "2021–2024"]
 * @throws {InputError} for a bad year or code, naming its line
 */
export function loadTwoPeriods(given: string = teachingPath("two-periods.csv")): TwoPeriods {
  const file = fromProjectRoot(given);
  const records = csvRecords(file, ["unit", "year", "period", "present"]);
  const periods: Period[] = [];
  const rows = records.map(({ line, r }) => {
    const year = Number(r.year);
    const m = /^(\d{4})–(\d{4})$/.exec(r.period);
    if (!Number.isInteger(year) || !m || year < Number(m[1]) || year > Number(m[2]))
      throw new InputError({
        file,
        line,
        message: `year ${r.year} and period ${r.period} do not fit`,
        fix: "write a year inside its period, e.g. 2009,2008–2011",
      });
    if (!periods.some((p) => p.label === r.period)) periods.push({ label: r.period, from: +m[1], to: +m[2] });
    const present = bit(file, line, "present", r.present);
    const row: CodedRow = {
      id: r.unit,
      date: null,
      year,
      category: "toy",
      country: "toy",
      speaker: "",
      codes: { toy: { present, mentions: present } },
      vocabulary: {},
    };
    return row;
  });
  return { theme: "toy", rows, periods };
}
