/**
 * A coder's codes per sentence (a sentence-level sheet as `loadSheet` reads it, the dictionary coder's
 * evidence, a QDA tool's selections) or per unit (a presence-level sheet): the parts of a loaded `Sheet` that
 * the coding page, the exchange with QDA tools and the class's comparisons need, so that a sheet from the one
 * sheet reader is passed as it is. Also: the dictionary coder as one more coder, and the sentence-keyed view
 * (`bySentence`) that the reliability functions and `sentenceView` take.
 */
import type { CodedUnit, Unit } from "../core";
import { splitSentences } from "../text";
import { type Sheet, type SentenceRow, sentenceKey } from "./sheet";

/** One sentence's codes: theme → 1, 0, or null (not coded); a loaded sheet's `SentenceRow` is one. */
export interface SentenceCodes extends Pick<SentenceRow, "sentence" | "codes"> {
  note?: string;
}

/** A coder's sentence-level codes: unit id → its sentences in order (a sentence-level `Sheet` is one). */
export interface SentenceCoding extends Pick<Sheet, "coder"> {
  sentences: Record<string, SentenceCodes[]>;
}

/** A coder's presence codes: unit id → theme → 1, 0, or null (a presence-level `Sheet` is one). */
export type UnitCoding = Pick<Sheet, "coder" | "codes">;

/** The name the dictionary coder goes by among the users of an exported project. */
export const DICTIONARY_USER = "dictionary coder";

/**
 * The dictionary coder's codes per sentence: 1 where its evidence puts a theme, 0 elsewhere (every sentence
 * of every unit is coded).
 *
 * @example dictionaryCoding(run.units, run.coded, themeKeys(run.codebook)).sentences["SRB_63_2008"][0].codes
 */
export function dictionaryCoding(units: Unit[], coded: CodedUnit[], themeKeys: string[]): SentenceCoding {
  const byId = new Map(coded.map((c) => [c.unitId, c]));
  const sentences: Record<string, SentenceCodes[]> = {};
  for (const u of units) {
    const rows: SentenceCodes[] = splitSentences(u.body).map((s) => ({
      sentence: s.index + 1,
      codes: Object.fromEntries(themeKeys.map((t) => [t, 0 as 0 | 1 | null])),
    }));
    for (const e of byId.get(u.id)?.evidence ?? []) {
      if (rows[e.sentence] && e.theme in rows[e.sentence].codes) rows[e.sentence].codes[e.theme] = 1;
    }
    sentences[u.id] = rows;
  }
  return { coder: DICTIONARY_USER, sentences };
}

/**
 * Sentence codes keyed `<unit id>#<sentence>` (`sentenceKey`), in the coding's unit and sentence order: the
 * shape the reliability functions take (a "unit" of reliability is then a sentence), and the codes of
 * `sentenceView`, through which the adjudication's disagreements and gold see a sentence-level sheet.
 *
 * @example bySentence(loadSheet("coder-a.csv", { themeKeys }))["ALB_47_1992#3"].dialogue // 0
 */
export function bySentence(coding: SentenceCoding): Record<string, Record<string, 0 | 1 | null>> {
  const out: Record<string, Record<string, 0 | 1 | null>> = {};
  for (const [id, rows] of Object.entries(coding.sentences))
    for (const r of rows) out[sentenceKey(id, r.sentence)] = r.codes;
  return out;
}

/**
 * Whether a coder coded every sentence of a unit on every theme (no blank cell).
 *
 * @example fullyCoded([{ sentence: 1, codes: { dialogue: 0 } }], ["dialogue"]) // true
 */
export function fullyCoded(rows: SentenceCodes[] | undefined, themeKeys: string[]): boolean {
  return !!rows && rows.length > 0 && rows.every((r) => themeKeys.every((t) => r.codes[t] === 0 || r.codes[t] === 1));
}
