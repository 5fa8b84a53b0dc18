/** The keys of a codebook in its order: themes, vocabulary lists, and the vocabulary's CSV columns. */
import type { Codebook } from "./types";

/**
 * The theme keys in codebook order (the order of the coding CSV's columns).
 *
 * @example themeKeys(loadCodebook()) // ["sovereignty", "dialogue", "unilateral", ...]
 */
export function themeKeys(codebook: Codebook): string[] {
  return codebook.themes.map((t) => t.key);
}

/**
 * The vocabulary-list keys in codebook order.
 *
 * @example vocabularyKeys(loadCodebook()) // ["normalization", "icj", "name_kosovo_authorities", ...]
 */
export function vocabularyKeys(codebook: Codebook): string[] {
  return codebook.vocabulary.map((v) => v.key);
}

/** A vocabulary list that has a 0/1 column in the coding CSV. */
export interface VocabularyColumn {
  /** The list's key, e.g. "normalization". */
  key: string;
  /** The column, e.g. "uses_normalization": 1 when a sentence of the unit uses the list. */
  column: string;
}

/**
 * The vocabulary lists with a column in the coding CSV (`column:` in the codebook), in codebook order.
 *
 * @example vocabularyColumns(loadCodebook()).map((c) => c.column) // ["uses_normalization", "mentions_icj"]
 */
export function vocabularyColumns(codebook: Codebook): VocabularyColumn[] {
  return codebook.vocabulary.flatMap((v) => (v.column === null ? [] : [{ key: v.key, column: v.column }]));
}
