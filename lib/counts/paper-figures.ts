/**
 * The paper's published figures as data: `data/paper-figures.csv` (texts where each theme is present, and mention
 * totals, out of the paper's 82 texts), read and checked, and turned into theme counts.
 */
import * as fs from "fs";
import * as path from "path";
import { parse } from "csv-parse/sync";
import { InputError, type Problem, ValidationError, decodeUtf8Strict, fromProjectRoot, projectRoot } from "../core";
import type { ThemeCount } from "./themes";

/** One figure the paper publishes: a count of texts where a theme is present, or a mention total. */
export interface PaperFigure {
  measure: "texts" | "mentions";
  theme: string;
  /** The published number; null when the paper does not report one (never invented). */
  value: number | null;
  /** The number of texts the figure is out of. */
  of: number;
  /** Where in the paper (section, and line of the shared text file). */
  source: string;
  /** What the paper's wording says about the figure, and any inconsistency. */
  note: string;
  /** 1-based line in the CSV file. */
  line: number;
}

/** The default location of the paper's figures. */
export function paperFiguresPath(): string {
  return path.join(projectRoot(), "data", "paper-figures.csv");
}

const FIGURE_COLUMNS = ["measure", "theme", "value", "of", "source", "note"];

/** Reads the CSV records, or throws an InputError naming the line. */
function readRecords(text: string, file: string): string[][] {
  try {
    return parse(text, { relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (e) {
    const err = e as { lines?: number; message: string };
    throw new InputError({
      file,
      line: err.lines,
      message: `not readable as CSV: ${err.message}`,
      fix: "check the quoting of that line",
    });
  }
}

/** The figure of one CSV row (header names → cells); its problems are added to `problems`. */
function figureOf(cell: (name: string) => string, file: string, line: number, problems: Problem[]): PaperFigure {
  const problem = (column: string, message: string, fix: string) => problems.push({ file, line, column, message, fix });
  const measure = cell("measure");
  if (measure !== "texts" && measure !== "mentions")
    problem("measure", `unknown measure "${measure}"`, 'write "texts" or "mentions"');
  const v = cell("value");
  if (v !== "" && !/^\d+$/.test(v))
    problem(
      "value",
      `"${v}" is not a whole number`,
      "write the published count, or leave it empty when the paper reports none",
    );
  const of = cell("of");
  if (!/^\d+$/.test(of))
    problem("of", `"${of}" is not a whole number`, "write the number of texts the figure is out of (82 for the paper)");
  if (cell("source") === "") problem("source", "no source", "name the section of the paper the figure is from");
  return {
    measure: measure as PaperFigure["measure"],
    theme: cell("theme"),
    value: v === "" ? null : Number(v),
    of: Number(of),
    source: cell("source"),
    note: cell("note"),
    line,
  };
}

/**
 * Parses `data/paper-figures.csv`. An empty `value` means "not reported" and stays null. Every problem of every
 * row is reported together.
 *
 * @example
 * parsePaperFigures("measure,theme,value,of,source,note\ntexts,sovereignty,66,82,section 4,\n", "f.csv")[0].value
 * // 66
 * @throws {InputError} when the file is not CSV, is empty or lacks a column; {ValidationError} for bad rows
 */
export function parsePaperFigures(text: string, file: string): PaperFigure[] {
  const records = readRecords(text, file);
  if (records.length === 0)
    throw new InputError({
      file,
      message: "the file is empty",
      fix: `write a header line: ${FIGURE_COLUMNS.join(",")}`,
    });
  const header = records[0].map((h) => h.trim());
  const missing = FIGURE_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0)
    throw new InputError({
      file,
      line: 1,
      message: `missing column(s) ${missing.join(", ")}`,
      fix: `the header must be: ${FIGURE_COLUMNS.join(",")}`,
    });
  const problems: Problem[] = [];
  const out = records
    .slice(1)
    .map((rec, i) => figureOf((name) => (rec[header.indexOf(name)] ?? "").trim(), file, i + 2, problems));
  const seen = new Map<string, number>();
  for (const f of out) {
    const k = `${f.measure}/${f.theme}`;
    const first = seen.get(k);
    if (first === undefined) seen.set(k, f.line);
    else
      problems.push({
        file,
        line: f.line,
        column: "theme",
        message: `${k} is already on line ${first}`,
        fix: "keep one row per measure and theme",
      });
  }
  if (problems.length > 0) throw new ValidationError(file, problems);
  return out;
}

/**
 * Loads the paper's figures from `data/paper-figures.csv` (or `file`).
 *
 * @example loadPaperFigures().filter((f) => f.measure === "texts").map((f) => f.value) // [66, 65, 22, 63, 15, 0]
 */
export function loadPaperFigures(given: string = paperFiguresPath()): PaperFigure[] {
  const file = fromProjectRoot(given); // a relative path from the project root, as in a notebook
  if (!fs.existsSync(file))
    throw new InputError({
      file,
      message: "the paper's figures are missing",
      fix: "restore data/paper-figures.csv from git",
    });
  return parsePaperFigures(decodeUtf8Strict(fs.readFileSync(file), file, "the paper's figures"), file);
}

/**
 * The paper's figures as theme counts (units = the texts the figures are out of), in the order of `themes`.
 *
 * @example paperCounts(loadPaperFigures())[0]
 * // { theme: "sovereignty", units: 82, present: 66, share: 0.8049, mentions: 132 }
 */
export function paperCounts(figures: PaperFigure[], themes: string[]): ThemeCount[] {
  return themes.map((theme) => {
    const t = figures.find((f) => f.measure === "texts" && f.theme === theme);
    const m = figures.find((f) => f.measure === "mentions" && f.theme === theme);
    const units = t?.of ?? m?.of ?? 0;
    const present = t?.value ?? 0;
    return {
      theme,
      units,
      present,
      share: units === 0 || t?.value == null ? null : present / units,
      mentions: m?.value ?? null,
    };
  });
}
