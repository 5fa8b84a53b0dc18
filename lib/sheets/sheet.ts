/**
 * What a filled coding sheet is once read: the coder, the level (one row per unit, or one row per
 * sentence), each unit's presence codes and — for sentence-level sheets — each sentence's codes and
 * the unit's mentions, the blank cells (missing data, never 0) and what the reader recognised.
 */

/** Codes of one coder: unit id → theme → 0/1, or null when left blank (not coded). */
export type CoderCodes = Record<string, Record<string, 0 | 1 | null>>;

/** What a coding sheet shows of a unit besides its codes. */
export interface UnitInfo {
  year: string;
  country: string;
  speaker: string;
  text: string;
}

/** One row of a sentence-level sheet. */
export interface SentenceRow {
  /** Number of the sentence in its unit, from 1 (the workbook's sentence splitter). */
  sentence: number;
  text: string;
  /** theme → 0/1, or null when blank. */
  codes: Record<string, 0 | 1 | null>;
  /** The coder's note ("" when none). */
  note: string;
  /** Spreadsheet row (header = 1). */
  row: number;
}

/** The blank theme cells of a sheet: missing data, reported, never read as 0. */
export interface BlankCells {
  /** Theme cells in the sheet (rows × themes). */
  cells: number;
  blank: number;
  zeros: number;
  ones: number;
  /** Spreadsheet rows with at least one blank theme cell, ascending. */
  rows: number[];
  /** theme → blank cells. */
  byTheme: Record<string, number>;
}

/** "unit": one row per unit (presence); "sentence": one row per sentence (presence and mentions). */
export type SheetLevel = "unit" | "sentence";

/** A filled coding sheet, loaded. */
export interface Sheet {
  file: string;
  coder: string;
  level: SheetLevel;
  /** Theme keys, in the order asked for. */
  themes: string[];
  /** Unit ids in the sheet's row order. */
  ids: string[];
  /**
   * id → theme → presence: 0/1, or null when not known. For a sentence-level sheet, 1 when any
   * sentence is 1, 0 when every sentence is 0, null when none is 1 and some are blank.
   */
  codes: CoderCodes;
  /** Sentence-level sheets: id → theme → sentences marked 1, null when a sentence is blank. Else {}. */
  mentions: Record<string, Record<string, number | null>>;
  /** Sentence-level sheets: id → its sentences in order. Else {}. */
  sentences: Record<string, SentenceRow[]>;
  /** id → what the sheet shows of the unit (empty strings for columns the sheet lacks). */
  info: Record<string, UnitInfo>;
  /** The codebook version in the sheet's `codebook` column, or null when it has none. */
  codebook: string | null;
  blanks: BlankCells;
  /** What the reader recognised and read anyway (a ";" delimiter, Excel's "sep=" line). */
  notes: string[];
}

/** Options of `parseSheet`. */
export interface ParseSheetOptions {
  /** Theme columns the sheet must have (the codebook's keys, or a selection of them). */
  themeKeys: string[];
  /** When given, every id in the sheet must be one of these. */
  knownIds?: Iterable<string>;
  /** Coder name when the sheet has no `coder` column (default: the file name without extension). */
  coder?: string;
  /**
   * The version of the codebook's definitions (`codebookVersion`): a sheet whose `codebook` column
   * names another version is refused. Not checked when left out, or when the sheet has no such column.
   */
  codebookVersion?: string;
}

/**
 * The key of a sentence in maps and in sentence-level views: `<unit id>#<number>`.
 *
 * @example sentenceKey("ALB_47_1992", 3) // "ALB_47_1992#3"
 */
export function sentenceKey(id: string, sentence: number): string {
  return `${id}#${sentence}`;
}

/**
 * A sentence key split back into the unit id and the sentence number.
 *
 * @example splitSentenceKey("ALB_47_1992#3") // { id: "ALB_47_1992", sentence: 3 }
 */
export function splitSentenceKey(key: string): { id: string; sentence: number } {
  const at = key.lastIndexOf("#");
  return { id: key.slice(0, at), sentence: Number(key.slice(at + 1)) };
}

/**
 * A sheet with only the given units (e.g. one half of a sample), in the sheet's order.
 *
 * @example restrictSheet(coderA, idsOfHalf(sample, "tune")).ids.length // 25
 */
export function restrictSheet(sheet: Sheet, ids: Iterable<string>): Sheet {
  const keep = new Set(ids);
  const pick = <T>(m: Record<string, T>): Record<string, T> =>
    Object.fromEntries(Object.entries(m).filter(([id]) => keep.has(id)));
  return {
    ...sheet,
    ids: sheet.ids.filter((id) => keep.has(id)),
    codes: pick(sheet.codes),
    mentions: pick(sheet.mentions),
    sentences: pick(sheet.sentences),
    info: pick(sheet.info),
  };
}
