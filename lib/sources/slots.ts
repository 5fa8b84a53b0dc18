/**
 * Slots: the facts about each text of the study corpus that is to be fetched (date, category, speaker,
 * UN symbol, official and alternative URL), one row of a CSV file each.
 */
import * as fs from "fs";
import * as path from "path";
import { parse as parseCsv } from "csv-parse/sync";
import { fromProjectRoot, InputError, isIsoDate, type Problem, projectRoot, ValidationError } from "../core";
import { loadCard } from "../corpus";

/** One row of a corpus's slots file: the facts about one text to fetch. */
export interface Slot {
  /** Stable id, e.g. "unsc-2008-02-18"; becomes the text's id and file name. */
  slot: string;
  /** ISO date "YYYY-MM-DD". */
  date: string;
  /** "mfa", "unsc" or "leader" (the corpus card's categories). */
  category: string;
  speaker: string;
  speakerTitle: string;
  venue: string;
  title: string;
  /** UN document symbol, e.g. "S/PV.6025"; "" when none. */
  docRef: string;
  /** Official URL; "" when not found. */
  url: string;
  /** Alternative URL (a mirror or report); "" when not found. */
  altUrl: string;
  evidence: string;
  /** 1-based line of the row in the file (the header is line 1). */
  line: number;
}

/** Columns a slots file must have, in this order. */
export const SLOT_COLUMNS = [
  "slot",
  "date",
  "category",
  "speaker",
  "speaker_title",
  "venue",
  "title",
  "doc_ref",
  "url",
  "alt_url",
  "evidence",
] as const;

/** The study corpus's categories (MFA texts 1–23, UNSC 24–79, leaders 80–82 in the paper). */
export const STUDY_CATEGORIES = ["mfa", "unsc", "leader"];

/**
 * The slots file of a corpus: the card's `slots` (e.g. `data/corpora/china-kosovo.slots.csv`).
 *
 * @example slotsPath("china-kosovo") // "<project>/data/corpora/china-kosovo.slots.csv"
 * @throws {InputError} when the card names no slots file
 */
export function slotsPath(corpus: string): string {
  const card = loadCard(corpus);
  if (!card.slots)
    throw new InputError({
      file: card.file,
      message: `corpus card "${corpus}" names no slots file`,
      fix: "add `slots: data/corpora/<name>.slots.csv` to the card",
    });
  return path.isAbsolute(card.slots) ? card.slots : path.join(projectRoot(), card.slots);
}

/** The CSV's rows, or an InputError naming the line where the CSV breaks. */
function readRows(csvText: string, file: string): string[][] {
  try {
    return parseCsv(csvText, { relax_column_count: true, skip_empty_lines: true, bom: true }) as string[][];
  } catch (e) {
    const err = e as { lines?: number; message: string };
    throw new InputError({
      file,
      line: err.lines,
      message: `not a valid CSV (${err.message})`,
      fix: "check quoting: a field with a comma must be in double quotes, a quote inside it doubled",
    });
  }
}

/**
 * Parses and validates a slots CSV. Collects every problem (missing column, empty or duplicate slot id,
 * bad date, unknown category, URL that is not http(s)) and throws them together, each naming the row.
 *
 * @example parseSlots("slot,date,category,speaker,speaker_title,venue,title,doc_ref,url,alt_url,evidence\n" +
 *   "unsc-2008-02-18,2008-02-18,unsc,Wang Guangya,,UNSC,,S/PV.5839,,,un-meeting-table\n", "slots.csv")[0].docRef
 *   // → "S/PV.5839"
 * @throws {InputError} when the file is not CSV or is empty
 * @throws {ValidationError} listing every problem of the rows
 */
export function parseSlots(csvText: string, file: string, categories: string[] = STUDY_CATEGORIES): Slot[] {
  const rows = readRows(csvText, file);
  if (rows.length === 0)
    throw new InputError({
      file,
      line: 1,
      message: "the file is empty",
      fix: `start it with the header ${SLOT_COLUMNS.join(",")}`,
    });
  const header = rows[0].map((h) => h.trim());
  const missing = SLOT_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    throw new ValidationError(`slots file ${file}`, [
      {
        file,
        line: 1,
        message: `missing column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}`,
        fix: `the header must name ${SLOT_COLUMNS.join(",")}`,
      },
    ]);
  }
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  const slots = rows.slice(1).map((r, i) => {
    const line = i + 2;
    const get = (c: string) => (r[header.indexOf(c)] ?? "").trim();
    if (r.length !== header.length) {
      problems.push({
        file,
        line,
        message: `${r.length} fields where the header has ${header.length}`,
        fix: "quote fields that contain commas",
      });
    }
    const s: Slot = {
      slot: get("slot"),
      date: get("date"),
      category: get("category"),
      speaker: get("speaker"),
      speakerTitle: get("speaker_title"),
      venue: get("venue"),
      title: get("title"),
      docRef: get("doc_ref"),
      url: get("url"),
      altUrl: get("alt_url"),
      evidence: get("evidence"),
      line,
    };
    problems.push(...slotProblems(s, file, seen, categories));
    return s;
  });
  if (problems.length > 0) throw new ValidationError(`slots file ${file}`, problems);
  return slots;
}

/** The problems of one slot: its id (empty, not file-name-safe, taken), date, category and URLs. */
function slotProblems(s: Slot, file: string, seen: Map<string, number>, categories: string[]): Problem[] {
  const problems: Problem[] = [];
  const at = (column: string, message: string, fix: string) =>
    problems.push({ file, line: s.line, column, message, fix });
  if (s.slot === "") at("slot", "empty slot id", "give the row an id such as unsc-2008-02-18");
  else if (!/^[a-z0-9][a-z0-9._-]*$/.test(s.slot))
    at("slot", `slot id "${s.slot}" is not a file-name-safe id`, "use lower-case letters, digits, '-', '_' or '.'");
  else if (seen.has(s.slot))
    at(
      "slot",
      `duplicate slot id "${s.slot}" (first on line ${seen.get(s.slot)})`,
      "make the id unique, e.g. add a letter: mfa-2008-02-18b",
    );
  else seen.set(s.slot, s.line);
  if (!isIsoDate(s.date)) at("date", `bad date "${s.date}"`, "write the date as YYYY-MM-DD");
  if (!categories.includes(s.category))
    at("category", `unknown category "${s.category}"`, `use one of ${categories.join(", ")}`);
  for (const [c, v] of [
    ["url", s.url],
    ["alt_url", s.altUrl],
  ] as const) {
    if (v !== "" && !/^https?:\/\/[^\s/]+/i.test(v))
      at(
        c,
        `"${v}" is not an http(s) URL`,
        "write the full address starting with http:// or https://, or leave the field empty",
      );
  }
  return problems;
}

/**
 * Loads and validates a slots file.
 *
 * @example loadSlots(slotsPath("china-kosovo")).length  // → 78
 * @throws {InputError} when the file is not there
 */
export function loadSlots(given: string, categories: string[] = STUDY_CATEGORIES): Slot[] {
  const file = fromProjectRoot(given); // a relative path from the project root, as in a notebook
  if (!fs.existsSync(file))
    throw new InputError({
      file,
      message: "slots file not found",
      fix: "create it, or copy the shared manifest (shared/corpora/china-kosovo/manifest.csv)",
    });
  return parseSlots(fs.readFileSync(file, "utf8"), file, categories);
}
