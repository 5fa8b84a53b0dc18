/** Dated events to annotate on timelines: `data/events.csv` (date,label,kind), checked row by row. */
import * as fs from "fs";
import * as path from "path";
import { parse as parseCsv } from "csv-parse/sync";
import {
  byCodeUnit,
  fromProjectRoot,
  InputError,
  isIsoDate,
  type Problem,
  projectRoot,
  ValidationError,
} from "../core";

/** A dated event to annotate on a timeline (one row of `data/events.csv`). */
export interface ChartEvent {
  /** ISO date YYYY-MM-DD. */
  date: string;
  label: string;
  /** A short category, e.g. "declaration", "ruling", "agreement", "incident", "regulation". */
  kind: string;
}

/**
 * The default events file, `data/events.csv` (columns date,label,kind).
 *
 * @example path.relative(projectRoot(), eventsPath()) // "data/events.csv"
 */
export function eventsPath(): string {
  return path.join(projectRoot(), "data", "events.csv");
}

/**
 * Reads the events to annotate on timelines from a CSV with columns date,label,kind.
 * Every bad row is reported together (file and line) in one ValidationError.
 *
 * @example loadEvents()[0] // { date: "2008-02-17", label: "Kosovo declares independence", kind: "declaration" }
 */
export function loadEvents(given: string = eventsPath()): ChartEvent[] {
  const file = fromProjectRoot(given); // a relative path from the project root, as in a notebook
  if (!fs.existsSync(file)) {
    throw new InputError({
      file,
      message: "the events file does not exist",
      fix: "create it with the header date,label,kind (see data/events.csv)",
    });
  }
  const text = fs.readFileSync(file, "utf8");
  let records: Array<{ record: Record<string, string>; info: { lines: number } }>;
  try {
    records = parseCsv(text, { columns: true, info: true, skip_empty_lines: true, trim: true, bom: true });
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    throw new InputError({
      file,
      line,
      message: `not valid CSV: ${(e as Error).message}`,
      fix: "quote fields that contain commas",
    });
  }
  const header = text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/, 1)[0]
    .split(",")
    .map((h) => h.trim());
  const problems: Problem[] = [];
  for (const col of ["date", "label", "kind"]) {
    if (!header.includes(col))
      problems.push({ file, line: 1, message: `missing column "${col}"`, fix: "the header must be date,label,kind" });
  }
  if (problems.length) throw new ValidationError(`Events ${file}`, problems);
  const events: ChartEvent[] = [];
  for (const { record, info } of records) {
    const line = info.lines;
    const date = record.date ?? "";
    if (!isIsoDate(date))
      problems.push({
        file,
        line,
        column: "date",
        message: `"${date}" is not a calendar date`,
        fix: "write the date as YYYY-MM-DD",
      });
    if (!record.label)
      problems.push({
        file,
        line,
        column: "label",
        message: "empty label",
        fix: 'write a short label, e.g. "Brussels agreement"',
      });
    if (!record.kind)
      problems.push({ file, line, column: "kind", message: "empty kind", fix: "write a category, e.g. agreement" });
    events.push({ date, label: record.label ?? "", kind: record.kind ?? "" });
  }
  if (problems.length) throw new ValidationError(`Events ${file}`, problems);
  return events.sort((a, b) => byCodeUnit(a.date, b.date) || byCodeUnit(a.label, b.label));
}
