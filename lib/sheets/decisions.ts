/**
 * The adjudicator's decisions: a CSV with one row per disagreement, the value decided (0/1) and a
 * one-line reason. Unit level: `id,theme,value,reason`. Sentence level: `id,sentence,theme,coder_a,
 * coder_b,value,reason` — the coders' values as the adjudicator saw them (one `coder_<name>` column
 * per coder), so that a sheet changed after adjudication is found (see `buildSentenceGold`).
 */
import { stringify } from "csv-stringify/sync";
import { type Problem, ValidationError } from "../core";
import { blankRecord, headerOf, readCsv } from "./csv";
import type { Disagreement } from "./disagreements";

/** Columns of the decisions file. */
export const DECISION_COLUMNS = ["id", "theme", "value", "reason"] as const;

/** An adjudicated code for one unit × theme (or one sentence × theme). */
export interface Decision {
  id: string;
  /** Sentence-level decisions: the sentence's number in its unit (absent for unit-level ones). */
  sentence?: number;
  /** Sentence-level decisions: coder name (lower case) → the value in its `coder_<name>` column. */
  coders?: Record<string, string>;
  theme: string;
  value: 0 | 1;
  reason: string;
  /** Row in the decisions file (header = 1). */
  line: number;
}

/**
 * A decisions file to fill in: `id,theme,value,reason`, one row per disagreement, value and reason empty.
 *
 * @example decisionsTemplateCsv(findDisagreements(sheets, themes))
 */
export function decisionsTemplateCsv(ds: Disagreement[]): string {
  return stringify([[...DECISION_COLUMNS], ...ds.map((d) => [d.id, d.theme, "", ""])], { record_delimiter: "\n" });
}

/** What is wrong with one row's value and reason (empty when both are fine). */
function valueAndReasonProblems(value: string, reason: string, where: { file: string; line: number }): Problem[] {
  const problems: Problem[] = [];
  if (value !== "0" && value !== "1") {
    problems.push({
      ...where,
      column: "value",
      message: value ? `value "${value}" is not 0 or 1` : "no value decided",
      fix: "write the adjudicated code: 1 (present) or 0 (absent)",
    });
  }
  if (!reason) {
    problems.push({
      ...where,
      column: "reason",
      message: "no reason given",
      fix: "write one line saying why (e.g. the decision rule of the coding guide that settles it)",
    });
  } else if (/[\r\n]/.test(reason)) {
    problems.push({
      ...where,
      column: "reason",
      message: "the reason runs over several lines",
      fix: "keep the reason to one line",
    });
  }
  return problems;
}

/** The sentence number of a decision row (a whole number from 1), or undefined with a problem. */
function sentenceOf(raw: string, where: { file: string; line: number }, problems: Problem[]): number | undefined {
  if (/^[1-9][0-9]*$/.test(raw)) return Number(raw);
  problems.push({
    ...where,
    column: "sentence",
    message: `sentence "${raw}" is not a sentence number`,
    fix: "copy the sentence number from the disagreements (1, 2, 3 … within the unit)",
  });
  return undefined;
}

/**
 * Reads a decisions CSV — `id,theme,value,reason`, or at sentence level `id,sentence,theme,coder_…,
 * value,reason`: value 0 or 1, a one-line reason, a known theme, one row per unit (or sentence) ×
 * theme. Every problem is reported at once, by row and column.
 *
 * @example
 * parseDecisions("id,theme,value,reason\nu2,dialogue,1,endorses talks\n", "decisions.csv", { themeKeys: ["dialogue"] })
 * @throws {ValidationError} listing every problem of the file
 */
export function parseDecisions(
  text: string,
  file: string,
  options: { themeKeys: string[]; knownIds?: Iterable<string> },
): Decision[] {
  const records = readCsv(text, file);
  const { col } = headerOf(records);
  const missing = DECISION_COLUMNS.filter((c) => !col.has(c));
  if (missing.length) {
    throw new ValidationError(
      `decisions ${file}`,
      missing.map((c) => ({
        file,
        line: 1,
        column: c,
        message: `column "${c}" is missing`,
        fix: `the header row must be ${DECISION_COLUMNS.join(",")}`,
      })),
    );
  }
  const known = options.knownIds ? new Set(options.knownIds) : null;
  const themes = new Set(options.themeKeys);
  const sentenceLevel = col.has("sentence");
  const coderCols = [...col.keys()].filter((c) => c.startsWith("coder_"));
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  const out: Decision[] = [];
  records.slice(1).forEach((rec, i) => {
    const line = i + 2;
    if (blankRecord(rec)) return;
    const get = (c: string) => (rec[col.get(c)!] ?? "").trim();
    const [id, theme, value, reason] = [get("id"), get("theme"), get("value"), get("reason")];
    const before = problems.length;
    const sentence = sentenceLevel ? sentenceOf(get("sentence"), { file, line }, problems) : undefined;
    if (!id || (known && !known.has(id))) {
      problems.push({
        file,
        line,
        column: "id",
        message: id ? `unit id "${id}" is not in every coding sheet` : "empty unit id",
        fix: "use an id from the disagreements table",
      });
    }
    if (!themes.has(theme)) {
      problems.push({
        file,
        line,
        column: "theme",
        message: `"${theme}" is not a theme key`,
        fix: `use one of: ${options.themeKeys.join(", ")}`,
      });
    }
    problems.push(...valueAndReasonProblems(value, reason, { file, line }));
    const what = sentence === undefined ? `${id} × ${theme}` : `${id} sentence ${sentence} × ${theme}`;
    const key = `${id}\u0000${sentence ?? ""}\u0000${theme}`;
    if (seen.has(key)) {
      problems.push({
        file,
        line,
        column: "id",
        message: `${what} was already decided on row ${seen.get(key)}`,
        fix: `keep one decision per ${sentence === undefined ? "unit" : "sentence"} and theme`,
      });
    } else seen.set(key, line);
    if (problems.length > before) return;
    const d: Decision = { id, theme, value: value === "1" ? 1 : 0, reason, line };
    if (sentence !== undefined) {
      d.sentence = sentence;
      d.coders = Object.fromEntries(coderCols.map((c) => [c.slice("coder_".length), get(c)]));
    }
    out.push(d);
  });
  if (problems.length) throw new ValidationError(`decisions ${file}`, problems);
  return out;
}
