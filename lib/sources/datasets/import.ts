/**
 * The import: a user's downloaded copy of a dataset → China's statements on Kosovo → matched to the
 * study's slots → written into the study corpus folder with provenance → the candidate-slot list and
 * the coverage table. The dataset is streamed (a 0.5 GB Security Council file takes a few megabytes).
 *
 *   readStatements(opts) → Statement[]    matchStatements(statements, slots) → MatchedStatement[]
 *   importDataset(opts) → ImportReport
 */
import * as fs from "fs";
import * as path from "path";
import { InputError, type Text } from "../../core";
import type { Slot } from "../../sources";
import { countWords } from "../../text";
import type { CouncilReadReport, CouncilSelection, CouncilSpeech } from "../../corpus/datasets/council";
import { type Coverage, candidateSlotsCsv, coverage } from "./coverage";
import { DATASETS, type DatasetName } from "../../corpus/datasets/kinds";
import { listing, shownPath } from "../../corpus/datasets/layout";
import { type MatchedStatement, matchStatements } from "./match";
import { kosovoDyads, pressStatements, readPressCon } from "../../corpus/datasets/presscon";
import { formatImportedText, provenanceOf, sourceField } from "./provenance";
import { type Statement, councilStatements } from "../../corpus/datasets/statements";
import { readUnscDebates } from "../../corpus/datasets/unsc-debates";
import { readUnscSpeeches } from "../../corpus/datasets/unsc-speeches";
import { type WriteOutcome, writeIfChanged, writeImportedText } from "./write";

/** What to import and where to write it. */
export interface ImportOptions {
  dataset: DatasetName;
  /** The download: the dataset's folder (for the press conferences, the .xlsx or a folder holding it). */
  from: string;
  /** The study corpus folder (texts/china-kosovo). */
  textsDir: string;
  slots: Slot[];
  /** The study card's categories (every text is checked against them before it is written). */
  categories: string[];
  /** Inclusive years to import (the study card's, 2008–2024). */
  years: [number, number];
  /** The dataset's version, when the files do not say (the default is the version the workbook knows). */
  version?: string;
  /** Replace texts that came from elsewhere (the fetcher, by hand, another dataset). */
  replace?: boolean;
}

/** The statements read from a dataset, with what reading found. */
export interface ReadStatements {
  statements: Statement[];
  version: string;
  files: string[];
  /** Speeches or dyads in the dataset. */
  rows: number;
  /** Speeches or dyads selected (China at Kosovo meetings; pairs about Kosovo). */
  selected: number;
  joinedRows: number;
  notes: string[];
}

/** One imported text: where it went and what happened. */
export interface ImportedText {
  id: string;
  /** The slot it fills, "" for a candidate. */
  slot: string;
  how: string;
  outcome: WriteOutcome;
  /** Where the file that was there came from ("" when none). */
  before: string;
  date: string;
  category: string;
  symbol: string;
  words: number;
}

/** What an import did. */
export interface ImportReport extends Omit<ReadStatements, "statements"> {
  dataset: DatasetName;
  texts: ImportedText[];
  /** The candidate-slot list (every text of the folder that fills no slot). */
  candidatesFile: string;
  coverage: Coverage;
}

/**
 * The press conferences' workbook: `from` itself, or the newest CMFA_PressCon_v*.xlsx in the folder `from`.
 *
 * @example pressWorkbook("dl/cmfa") // "dl/cmfa/CMFA_PressCon_v4.xlsx" (beside CMFA_PressCon_v3.xlsx)
 * @throws {InputError} when the folder holds no .xlsx
 */
export function pressWorkbook(from: string): string {
  if (fs.existsSync(from) && fs.statSync(from).isDirectory()) {
    const found = fs
      .readdirSync(from)
      .filter((f) => /\.xlsx$/i.test(f) && !f.startsWith("~$"))
      .sort((a, b) => (/presscon/i.test(a) ? 0 : 1) - (/presscon/i.test(b) ? 0 : 1) || (a < b ? 1 : a > b ? -1 : 0));
    if (found.length === 0)
      throw new InputError({
        file: shownPath(from),
        message: `expected ${DATASETS["cmfa-presscon"].layout}; found ${listing(from)}`,
        fix: "point --from at the .xlsx (or the folder that holds it)",
      });
    return path.join(from, found[0]);
  }
  return from;
}

/**
 * Reads China's statements on Kosovo from a downloaded dataset (see select.ts for the rules).
 *
 * @example readStatements({ dataset: "unsc-speeches", from: "dl/unsc", years: [2008, 2024] }).statements.length
 */
export function readStatements(opts: Pick<ImportOptions, "dataset" | "from" | "years" | "version">): ReadStatements {
  if (opts.dataset === "cmfa-presscon") {
    const file = pressWorkbook(opts.from);
    const read = readPressCon(file, opts.years, shownPath(file));
    const dyads = kosovoDyads(read.dyads);
    const version = opts.version ?? read.version;
    return {
      statements: pressStatements(dyads),
      version,
      files: [read.shown],
      rows: read.rows,
      selected: dyads.length,
      joinedRows: 0,
      notes: read.notes,
    };
  }
  const report: CouncilReadReport = {
    files: [],
    version: DATASETS[opts.dataset].version,
    rows: 0,
    kept: 0,
    joinedRows: 0,
    notes: [],
  };
  const select: CouncilSelection = { kosovoMeetings: true, chinaOnly: true, years: opts.years };
  const read = opts.dataset === "unsc-speeches" ? readUnscSpeeches : readUnscDebates;
  const speeches: CouncilSpeech[] = [...read(opts.from, select, report)];
  return {
    statements: councilStatements(speeches),
    version: opts.version ?? report.version,
    files: report.files,
    rows: report.rows,
    selected: report.kept,
    joinedRows: report.joinedRows,
    notes: report.notes,
  };
}

/**
 * The text a matched statement becomes: the slot's facts where it has them, the dataset's otherwise.
 *
 * @example statementText(matched, "UNSC Meetings and Speeches v5.0, …").speaker // the slot's, e.g. "Wu Haitao"
 */
export function statementText(m: MatchedStatement, source: string): Text {
  const st = m.statement;
  return {
    id: m.id,
    date: st.date,
    year: Number(st.date.slice(0, 4)),
    category: st.category,
    speaker: m.slot?.speaker || st.speaker,
    post: m.slot?.speakerTitle || st.post,
    country: "CHN",
    countryName: "China",
    venue: m.slot?.venue || st.venue,
    source,
    body: st.body,
    words: countWords(st.body),
  };
}

/**
 * Imports a dataset into the study corpus folder: reads, matches, writes (see write.ts for when a file is
 * written), lists the candidate slots in `<textsDir>/candidate-slots.csv` and computes the coverage.
 * Running it twice on the same inputs changes nothing.
 *
 * @example importDataset({ dataset: "unsc-speeches", from: "dl/unsc", textsDir, slots, categories,
 *   years: [2008, 2024] }).texts.map((t) => t.outcome) // ["written", …], then ["unchanged", …]
 */
export function importDataset(opts: ImportOptions): ImportReport {
  const read = readStatements(opts);
  const matched = matchStatements(read.statements, opts.slots);
  const texts: ImportedText[] = [];
  for (const m of matched) {
    const prov = provenanceOf(m.statement, read.version);
    const text = statementText(m, sourceField(prov));
    // a slot's own title stays in the slots file; a candidate carries what its meeting was about
    const content = formatImportedText(text, prov, m.slot ? "" : m.statement.title);
    const w = writeImportedText(opts.textsDir, m.id, content, opts.dataset, {
      replace: opts.replace,
      categories: opts.categories,
    });
    texts.push({
      id: m.id,
      slot: m.slot?.slot ?? "",
      how: m.how,
      outcome: w.outcome,
      before: w.before,
      date: text.date ?? "",
      category: text.category,
      symbol: m.statement.symbol,
      words: text.words,
    });
  }
  const cov = coverage(opts.slots, opts.textsDir, opts.categories);
  const candidatesFile = path.join(opts.textsDir, "candidate-slots.csv");
  writeIfChanged(candidatesFile, candidateSlotsCsv(cov.withoutSlot));
  const { statements: _s, ...rest } = read;
  return { ...rest, dataset: opts.dataset, texts, candidatesFile, coverage: cov };
}
