/**
 * The coding CSV (one row per unit: metadata, presence and mentions per theme, the vocabulary
 * columns the codebook names) and the evidence CSV (one row per pattern that made a sentence count).
 */
import { stringify } from "csv-stringify/sync";
import type { Codebook, VocabularyColumn } from "../codebook";
import { vocabularyColumns } from "../codebook";
import { byCodeUnit } from "../core";
import type { CodedRow, CodedUnit } from "../core";
import type { CompiledCodebook } from "./types";

/** The metadata columns every coding CSV starts with. */
const META_COLUMNS = ["id", "date", "year", "category", "country", "speaker"];

/** What a coding CSV is laid out by: a codebook, or a compiled one. */
export type CodingLayout = Codebook | CompiledCodebook;

function layoutOf(layout: CodingLayout): { themes: string[]; vocabulary: VocabularyColumn[] } {
  const codebook = "codebook" in layout ? layout.codebook : layout;
  return { themes: codebook.themes.map((t) => t.key), vocabulary: vocabularyColumns(codebook) };
}

/**
 * The coding CSV's columns: the metadata, `<key>` and `<key>_n` per theme, then the vocabulary
 * columns the codebook names (`column:` of a vocabulary list).
 *
 * @example codingColumns(loadCodebook()).slice(-2) // ["uses_normalization", "mentions_icj"]
 */
export function codingColumns(layout: CodingLayout): string[] {
  const { themes, vocabulary } = layoutOf(layout);
  return [...META_COLUMNS, ...themes.flatMap((k) => [k, `${k}_n`]), ...vocabulary.map((v) => v.column)];
}

/**
 * The coding CSV: `id,date,year,category,country,speaker`, then `<key>` (0/1) and `<key>_n`
 * (mentions) per theme, then one 0/1 column per vocabulary list that names one (1: a sentence of
 * the unit uses the list). Rows sorted by id.
 *
 * @example codingCsv(rows, compiled).split("\n")[0]
 * // "id,date,year,category,country,speaker,sovereignty,sovereignty_n,...,uses_normalization,mentions_icj"
 */
export function codingCsv(rows: CodedRow[], layout: CodingLayout): string {
  const { themes, vocabulary } = layoutOf(layout);
  const sorted = [...rows].sort((a, b) => byCodeUnit(a.id, b.id));
  const records = sorted.map((r) => [
    r.id,
    r.date ?? "",
    String(r.year),
    r.category,
    r.country,
    r.speaker,
    ...themes.flatMap((k) => {
      const c = r.codes[k] ?? { present: 0, mentions: 0 };
      return [String(c.present), String(c.mentions)];
    }),
    ...vocabulary.map((v) => ((r.vocabulary[v.key] ?? 0) > 0 ? "1" : "0")),
  ]);
  return stringify([codingColumns(layout), ...records], { record_delimiter: "\n" });
}

/** The evidence CSV's columns. */
export const EVIDENCE_COLUMNS = ["unit_id", "theme", "sentence", "start", "end", "match", "pattern", "text"];

/**
 * Is this the first line of a coding CSV (an earlier output that a new run may replace)?
 *
 * @example isCodingCsvHeader("id,date,year,category,country,speaker,sovereignty,sovereignty_n") // true
 * @example isCodingCsvHeader("id,coder,year,country,speaker,text,sovereignty") // false: a coder's sheet
 */
export function isCodingCsvHeader(line: string): boolean {
  return line === META_COLUMNS.join(",") || line.startsWith(`${META_COLUMNS.join(",")},`);
}

/**
 * Is this the first line of an evidence CSV?
 *
 * @example isEvidenceCsvHeader("unit_id,theme,sentence,start,end,match,pattern,text") // true
 */
export function isEvidenceCsvHeader(line: string): boolean {
  return line === "unit_id,theme" || line.startsWith("unit_id,theme,");
}

/** A piece of `evidenceCsvPieces` ends after this many rows, or this many characters of sentences. */
const ROWS_PER_PIECE = 2000;
const CHARS_PER_PIECE = 1 << 20;

/**
 * Whitespace runs as one space, as `s.replace(/\s+/g, " ")` gives it, without replacing every single
 * space by a space (on a long sentence that made millions of replacements).
 *
 * @example oneLine("a \n b\tc d") // "a b c d"
 */
function oneLine(s: string): string {
  return s.replace(/\s{2,}|[^\S ]/g, " ");
}

/**
 * The evidence CSV in pieces (a few thousand rows, or about a million characters), for a writer that
 * never holds it whole (`writeFilesAtomic` takes them in turn); joined they are `evidenceCsv(coded)`.
 *
 * @example writeFileAtomic("coding.evidence.csv", evidenceCsvPieces(coded))
 */
export function* evidenceCsvPieces(coded: CodedUnit[]): Generator<string> {
  let rows: string[][] = [EVIDENCE_COLUMNS];
  let chars = 0;
  for (const c of coded)
    for (const e of c.evidence) {
      const text = oneLine(e.text);
      rows.push([
        e.unitId,
        e.theme,
        String(e.sentence),
        String(e.start),
        String(e.end),
        oneLine(e.match),
        e.pattern,
        text,
      ]);
      chars += text.length;
      if (rows.length >= ROWS_PER_PIECE || chars >= CHARS_PER_PIECE) {
        yield stringify(rows, { record_delimiter: "\n" });
        rows = [];
        chars = 0;
      }
    }
  if (rows.length > 0) yield stringify(rows, { record_delimiter: "\n" });
}

/**
 * The evidence CSV: one row per pattern that made a sentence count, in unit order, then
 * sentence, theme and offset order. `text` is the whole sentence (line breaks as spaces).
 *
 * @example evidenceCsv(coded).split("\n")[0] // "unit_id,theme,sentence,start,end,match,pattern,text"
 */
export function evidenceCsv(coded: CodedUnit[]): string {
  return [...evidenceCsvPieces(coded)].join("");
}
