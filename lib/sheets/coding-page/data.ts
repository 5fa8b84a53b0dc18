/**
 * What a coding page embeds: the units to code as the rows of a sentence-level sheet (so that the page's
 * export is that sheet, cell for cell), the codebook's definitions (never its detection patterns), the
 * keys, and — only on an instructor's page — the dictionary coder's evidence per sentence.
 */
import { parse } from "csv-parse/sync";
import type { Codebook } from "../../codebook";
import { codebookVersion } from "../../codebook/version";
import { ArgumentError, type CodedUnit, type Unit } from "../../core";
import { SENTENCE_SHEET_META, SENTENCE_SHEET_NOTE, sentenceSheetCsv } from "../sentences";
import { codingPageShortcuts, type Shortcut, themeShortcuts } from "./keys";
import { sentenceEvidence, type DictionaryMark } from "./evidence";

/** A theme as the coder reads it beside the text. */
export interface PageTheme {
  key: string;
  label: string;
  level: "core" | "secondary";
  definition: string;
  include: string[];
  exclude: string[];
  examples: { positive: string[]; negative: string[] };
  /** Its key on the keyboard, or null (coded by clicking). */
  shortcut: string | null;
}

/** A sentence of a unit: its number in the sheet (from 1), its text as the sheet holds it. */
export interface PageSentence {
  n: string;
  text: string;
  /** Instructor's page only: the themes the dictionary coder counted here, with the words that fired. */
  dictionary?: DictionaryMark[];
}

/** A unit to code. */
export interface PageUnit {
  id: string;
  /** What the header shows: year, country, speaker. */
  title: string;
  /** The sheet's cells that are the same on every row of the unit (id, coder, codebook, year, …). */
  cells: Record<string, string>;
  sentences: PageSentence[];
}

/** Everything a coding page holds. */
export interface CodingPageData {
  format: 1;
  coder: string;
  /** The version of the definitions (`codebookVersion`), written in every row of the export. */
  codebook: string;
  codebookTitle: string;
  corpus: string;
  /** What the units are, in words ("a 0.2 sample (seed 1) of 334 units"). */
  sample: string;
  /** Where the browser keeps the coder's work: by coder, codebook version, corpus and sample. */
  storageKey: string;
  /** True on an instructor's page that shows the dictionary coder's evidence. */
  evidence: boolean;
  /** The export's header before the theme columns, and after them. */
  columns: string[];
  noteColumn: string;
  themes: PageTheme[];
  /** The page's keyboard help. */
  keys: Shortcut[];
  units: PageUnit[];
}

/** What a page is built from. */
export interface CodingPageInput {
  units: Unit[];
  codebook: Codebook;
  coder: string;
  /** The corpus card's name. */
  corpus: string;
  /** The units in words, e.g. "every unit" or "a 0.2 sample (seed 1) of 334 units". */
  sample: string;
  /** A short stable name of the sample for the storage key, e.g. "all" or "0.2/1". */
  sampleKey: string;
  /** The dictionary coder's coding of the units: given only for an instructor's page with evidence. */
  evidence?: CodedUnit[];
}

/** The blank sentence-level sheet of the units, as records (header first). */
function blankSheet(units: Unit[], themeKeys: string[], coder: string, codebook: string): string[][] {
  const csv = sentenceSheetCsv(units, themeKeys, { coder, codebook, bom: false });
  return parse(csv, { relax_column_count: false }) as string[][];
}

/** The units of a blank sheet: rows grouped by id, in the sheet's order. */
function unitsOfSheet(records: string[][], byId: Map<string, Unit>, marks: Map<string, DictionaryMark[][]> | null) {
  const header = records[0];
  const col = (name: string) => header.indexOf(name);
  const shared = SENTENCE_SHEET_META.filter((c) => c !== "sentence" && c !== "text");
  const out: PageUnit[] = [];
  for (const rec of records.slice(1)) {
    const id = rec[col("id")];
    let unit = out[out.length - 1];
    if (!unit || unit.id !== id) {
      const u = byId.get(id) as Unit;
      const cells = Object.fromEntries(shared.map((c) => [c, rec[col(c)]]));
      const title = [cells.year, u.countryName ? `${u.countryName} (${cells.country})` : cells.country, cells.speaker];
      unit = { id, title: title.filter(Boolean).join(" · "), cells, sentences: [] };
      out.push(unit);
    }
    const n = rec[col("sentence")];
    const sentence: PageSentence = { n, text: rec[col("text")] };
    const found = marks?.get(id)?.[Number(n) - 1];
    if (marks) sentence.dictionary = found ?? [];
    unit.sentences.push(sentence);
  }
  return out;
}

/**
 * The data of a coding page: units as sheet rows, the codebook's definitions and keys, where to autosave.
 *
 * @throws {ArgumentError} for an empty coder name or no units
 * @example
 * codingPageData({ units, codebook, coder: "ana", corpus: "ungdc-kosovo", sample: "every unit", sampleKey: "all" })
 */
export function codingPageData(input: CodingPageInput): CodingPageData {
  const coder = input.coder.trim();
  if (!coder) throw new ArgumentError("coder", "a coder name (the sheet names its coder)", input.coder);
  if (input.units.length === 0) throw new ArgumentError("units", "at least one unit to code", 0);
  const version = codebookVersion(input.codebook);
  const keys = input.codebook.themes.map((t) => t.key);
  const shortcuts = themeShortcuts(keys);
  const records = blankSheet(input.units, keys, coder, version);
  const byId = new Map(input.units.map((u) => [u.id, u]));
  const marks = input.evidence ? sentenceEvidence(input.units, input.evidence, keys) : null;
  const evidence = marks !== null;
  return {
    format: 1,
    coder,
    codebook: version,
    codebookTitle: input.codebook.title,
    corpus: input.corpus,
    sample: input.sample,
    storageKey: [
      "workbook-coding-page",
      1,
      coder,
      version,
      input.corpus,
      input.sampleKey,
      evidence ? "evidence" : "blind",
    ]
      .map((p) => encodeURIComponent(String(p)))
      .join("/"),
    evidence,
    columns: [...SENTENCE_SHEET_META],
    noteColumn: SENTENCE_SHEET_NOTE,
    themes: input.codebook.themes.map((t) => ({
      key: t.key,
      label: t.label,
      level: t.level,
      definition: t.definition.trim(),
      include: t.include,
      exclude: t.exclude,
      examples: { positive: t.examples.positive, negative: t.examples.negative },
      shortcut: shortcuts[t.key],
    })),
    keys: codingPageShortcuts(input.codebook.themes),
    units: unitsOfSheet(records, byId, marks),
  };
}
