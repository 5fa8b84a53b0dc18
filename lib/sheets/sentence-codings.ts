/**
 * A coder's codes per sentence (a sentence-level sheet, the coding page's export, the dictionary coder's
 * evidence, a QDA tool's selections) or per unit (a presence-level sheet): the parts of a loaded sheet that the
 * coding page, the exchange with QDA tools and the class's comparisons need, so that a sheet from the sheet
 * reader can be passed as it is. Also: the dictionary coder as one more coder, a coding cut to some units, and
 * where coders differ, sentence by sentence.
 */
import { byCodeUnit, type CodedUnit, type Unit } from "../core";
import { splitSentences } from "../text";

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

/**
 * A coding cut to the given units (say the tuning half of a round).
 *
 * @example onlyUnits(coding, ["ALB_47_1992"]).sentences // { ALB_47_1992: [...] }
 */
export function onlyUnits(coding: SentenceCoding, ids: Iterable<string>): SentenceCoding {
  const keep = new Set(ids);
  return { ...coding, sentences: Object.fromEntries(Object.entries(coding.sentences).filter(([id]) => keep.has(id))) };
}

/** A sentence and theme on which coders differ: each coder's code (null = not coded). */
export interface CodingDisagreement {
  id: string;
  sentence: number;
  theme: string;
  values: Array<0 | 1 | null>;
}

/**
 * Where coders differ, sentence by sentence and theme by theme, over the sentences every coder coded (a blank
 * cell is not a disagreement: it is missing). In unit id, sentence and codebook order — the list an adjudicator
 * works through (decisions.csv: id, sentence, theme, coder_a, coder_b, value, reason).
 *
 * @example sentenceDisagreements([a, b], keys)[0]
 * // { id: "ALB_47_1992", sentence: 14, theme: "dialogue", values: [0, 1] }
 */
export function sentenceDisagreements(codings: SentenceCoding[], themeKeys: string[]): CodingDisagreement[] {
  const out: CodingDisagreement[] = [];
  const ids = Object.keys(codings[0]?.sentences ?? {})
    .filter((id) => codings.every((c) => id in c.sentences))
    .sort(byCodeUnit);
  for (const id of ids) {
    for (const row of codings[0].sentences[id]) {
      const rows = codings.map((c) => c.sentences[id].find((r) => r.sentence === row.sentence));
      for (const theme of themeKeys) {
        const values = rows.map((r) => (r ? (r.codes[theme] ?? null) : null));
        if (values.some((v) => v === null)) continue;
        if (values.some((v) => v !== values[0])) out.push({ id, sentence: row.sentence, theme, values });
      }
    }
  }
  return out;
}
