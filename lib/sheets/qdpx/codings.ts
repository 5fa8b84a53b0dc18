/**
 * A coder's codes as the exchange with QDA tools handles them: per sentence (a sentence-level sheet, the
 * dictionary coder's evidence, a tool's selections) or per unit (a presence-level sheet, a tool's coding of a
 * whole source). The shapes are the parts of a loaded sheet that the exchange needs, so a sheet from the
 * sheet reader can be passed as it is.
 */
import type { CodedUnit, Unit } from "../../core";
import { splitSentences } from "../../text";

/** One sentence's codes: theme → 1, 0, or null (not coded). */
export interface SentenceCodes {
  /** The sentence's number in its unit, from 1 (the workbook's sentence splitter). */
  sentence: number;
  codes: Record<string, 0 | 1 | null>;
  note?: string;
}

/** A coder's sentence-level codes: unit id → its sentences in order. */
export interface SentenceCoding {
  coder: string;
  sentences: Record<string, SentenceCodes[]>;
}

/** A coder's presence codes: unit id → theme → 1, 0, or null. */
export interface UnitCoding {
  coder: string;
  codes: Record<string, Record<string, 0 | 1 | null>>;
}

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
 * Sentence codes keyed `<unit id>#<sentence>`, the shape the reliability functions take (a "unit" of
 * reliability is then a sentence).
 *
 * @example bySentence(coding)["ALB_47_1992#3"].dialogue // 0
 */
export function bySentence(coding: SentenceCoding): Record<string, Record<string, 0 | 1 | null>> {
  const out: Record<string, Record<string, 0 | 1 | null>> = {};
  for (const [id, rows] of Object.entries(coding.sentences)) for (const r of rows) out[`${id}#${r.sentence}`] = r.codes;
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
