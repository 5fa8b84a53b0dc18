/**
 * Sentence-level coding sheets: one row per sentence of each unit, numbered by the workbook's own
 * sentence splitter (the numbering the dictionary coder's evidence uses), with one column per theme
 * for the coder to fill with 1 (the sentence expresses the theme) or 0 (it does not). A unit's
 * presence is "any sentence 1"; its mentions are the number of sentences with 1.
 *
 * Columns: id, sentence, coder, codebook, year, country, speaker, text, <theme keys…>, note.
 * `codebook` is the version of the definitions the coder read (`codebookVersion`).
 */
import { stringify } from "csv-stringify/sync";
import { ArgumentError, byCodeUnit, type Unit } from "../core";
import { splitSentences } from "../text";
import { SENTENCE_SHEET_META } from "./header";

export { SENTENCE_SHEET_META };
/** The column after the theme columns: a free note. */
export const SENTENCE_SHEET_NOTE = "note";

/** Options of `sentenceSheetCsv`. */
export interface SentenceSheetOptions {
  coder: string;
  /** The codebook version the coder codes against (`codebookVersion`). */
  codebook: string;
  /** Start the file with a UTF-8 byte-order mark so that Excel reads accents right (default true). */
  bom?: boolean;
}

/**
 * A sentence-level coding sheet as CSV text, units sorted by id, sentences in order (1-based), theme
 * cells empty for the coder to fill.
 *
 * @throws {ArgumentError} for an empty coder name, a repeated theme key or one that clashes with a column
 * @example sentenceSheetCsv(units, ["sovereignty", "dialogue"], { coder: "A", codebook: "3f9a1c0b7d2e" })
 */
export function sentenceSheetCsv(units: Unit[], themeKeys: string[], options: SentenceSheetOptions): string {
  if (!options.coder.trim()) throw new ArgumentError("coder", "a coder name", options.coder);
  const dup = themeKeys.find((k, i) => themeKeys.indexOf(k) !== i);
  if (dup) throw new ArgumentError("themes", "each theme key once", dup);
  const clash = themeKeys.find((k) => SENTENCE_SHEET_META.includes(k) || k === SENTENCE_SHEET_NOTE);
  if (clash) throw new ArgumentError("themes", "theme keys that are not sheet columns", clash);
  const records: string[][] = [[...SENTENCE_SHEET_META, ...themeKeys, SENTENCE_SHEET_NOTE]];
  for (const u of [...units].sort((a, b) => byCodeUnit(a.id, b.id))) {
    for (const s of splitSentences(u.body)) {
      const text = s.text.replace(/\s*\n\s*/g, " ");
      const meta = [u.id, String(s.index + 1), options.coder, options.codebook, String(u.year), u.country, u.speaker];
      records.push([...meta, text, ...themeKeys.map(() => ""), ""]);
    }
  }
  const csv = stringify(records, { record_delimiter: "\n", quoted_match: /[\r\n",]/ });
  return (options.bom === false ? "" : "\uFEFF") + csv;
}
