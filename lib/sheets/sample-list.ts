/**
 * The sample list of a round of human coding, `sample.csv` in its coding folder: one row per sampled
 * unit with its stratum, its half (`tune`: the dictionary coder may be tuned on it; `holdout`: kept
 * aside until the final evaluation) and its number of sentences. Written before anyone codes.
 */
import { stringify } from "csv-stringify/sync";
import { ArgumentError, byCodeUnit, type Problem, ValidationError } from "../core";
import { blankRecord, headerOf, readCsv } from "./csv";

/** One sampled unit. */
export interface SampleEntry {
  id: string;
  /** E.g. "1998–2001 × eu". */
  stratum: string;
  /** "tune" or "holdout" (or "" when the sample was not split). */
  half: string;
  /** Sentences of the unit (the workbook's splitter). */
  sentences: number;
}

/** A half of a split sample, or both. */
export type Half = "tune" | "holdout" | "all";

/** Columns of the sample list. */
export const SAMPLE_COLUMNS = ["id", "stratum", "half", "sentences"] as const;

/**
 * The sample list as CSV, in the order given (stratum, then id, as `splitHalves` returns it).
 *
 * @example sampleListCsv([{ id: "u1", stratum: "a × b", half: "tune", sentences: 3 }])
 * // "id,stratum,half,sentences\nu1,a × b,tune,3\n"
 */
export function sampleListCsv(entries: SampleEntry[]): string {
  const rows = entries.map((e) => [e.id, e.stratum, e.half, String(e.sentences)]);
  return stringify([[...SAMPLE_COLUMNS], ...rows], { record_delimiter: "\n" });
}

/**
 * Reads a sample list, checking every row: an id once, a half of "tune", "holdout" or "", a whole
 * number of sentences.
 *
 * @throws {ValidationError} listing every problem with its row
 * @example parseSampleList("id,stratum,half,sentences\nu1,s,tune,3\n", "sample.csv")[0].half // "tune"
 */
export function parseSampleList(text: string, file: string): SampleEntry[] {
  const records = readCsv(text, file);
  const { col } = headerOf(records);
  const missing = SAMPLE_COLUMNS.filter((c) => !col.has(c));
  const problems: Problem[] = missing.map((c) => ({
    file,
    line: 1,
    column: c,
    message: `column "${c}" is missing`,
    fix: `the header row must be ${SAMPLE_COLUMNS.join(",")}`,
  }));
  if (problems.length) throw new ValidationError(`sample list ${file}`, problems);
  const out: SampleEntry[] = [];
  const seen = new Set<string>();
  records.slice(1).forEach((rec, i) => {
    if (blankRecord(rec)) return;
    const line = i + 2;
    const get = (c: string) => (rec[col.get(c) as number] ?? "").trim();
    const [id, stratum, half, n] = [get("id"), get("stratum"), get("half"), get("sentences")];
    const bad = (column: string, message: string, fix: string) => problems.push({ file, line, column, message, fix });
    if (!id || seen.has(id)) bad("id", id ? `unit ${id} is listed twice` : "empty id", "list each sampled unit once");
    if (!["tune", "holdout", ""].includes(half))
      bad("half", `half "${half}" is not tune or holdout`, "write tune or holdout");
    if (!/^[0-9]+$/.test(n)) bad("sentences", `"${n}" is not a number of sentences`, "write the unit's sentence count");
    seen.add(id);
    out.push({ id, stratum, half, sentences: Number(n) });
  });
  if (problems.length) throw new ValidationError(`sample list ${file}`, problems);
  return out;
}

/**
 * A half named on the command line or in a chapter, checked.
 *
 * @throws {ArgumentError} for anything but tune, holdout or all
 * @example parseHalf("tune") // "tune"
 */
export function parseHalf(given: string): Half {
  if (given === "tune" || given === "holdout" || given === "all") return given;
  throw new ArgumentError("--half", "tune, holdout or all", given);
}

/**
 * The unit ids of a half of the sample (every id for "all"), sorted.
 *
 * @example idsOfHalf(sample, "tune").length // 25
 */
export function idsOfHalf(entries: SampleEntry[], half: Half): string[] {
  return entries
    .filter((e) => half === "all" || e.half === half)
    .map((e) => e.id)
    .sort(byCodeUnit);
}
