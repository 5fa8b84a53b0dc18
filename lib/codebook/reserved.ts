/**
 * Names a theme key may not take, because the tables made from it already have a column (or a row)
 * of that name: a theme `year` would give a coding CSV with two `year` columns, a theme `overall`
 * would be mistaken for the pooled row of the reliability table. A key `k` gives the columns `k` and
 * `k_n` of the coding CSV, so `k_n` may not be another theme's key either.
 */

/** Column and row names of the tables built from theme keys, with where each comes from. */
export const RESERVED_NAMES: Readonly<Record<string, string>> = {
  id: "a column of the coding CSV and the coding sheets",
  date: "a column of the coding CSV",
  year: "a column of the coding CSV and the coding sheets",
  category: "a column of the coding CSV",
  country: "a column of the coding CSV and the coding sheets",
  speaker: "a column of the coding CSV and the coding sheets",
  coder: "a column of the coding sheets",
  text: "a column of the coding sheets",
  sentence: "a column of the sentence-level coding sheets",
  codebook: "a column of the sentence-level coding sheets",
  notes: "a column coders add to their sheets",
  period: "the first column of the tables by period",
  decade: "the first column of the tables by decade",
  units: "a column of the tables by period and of the reliability table",
  words: "a column of the tables of rates",
  theme: "a column of the evidence, gold, decisions and reliability tables",
  overall: "the pooled row of the reliability and validation tables",
};

/**
 * Why a theme key collides with a column the tables already have, or null.
 *
 * @example themeKeyCollision("year", ["sovereignty", "year"]) // "\"year\" is a column of the coding CSV …"
 * @example themeKeyCollision("dialogue_n", ["dialogue", "dialogue_n"])
 * // "theme key \"dialogue_n\" is the mentions column of theme \"dialogue\" …"
 * @example themeKeyCollision("sovereignty", ["sovereignty", "dialogue"]) // null
 */
export function themeKeyCollision(key: string, keys: string[]): string | null {
  const reserved = RESERVED_NAMES[key];
  if (reserved !== undefined) return `theme key "${key}" is ${reserved}`;
  const stem = key.endsWith("_n") ? key.slice(0, -2) : null;
  if (stem !== null && keys.includes(stem))
    return `theme key "${key}" is the mentions column of theme "${stem}" in the coding CSV ("${stem}", "${stem}_n")`;
  return null;
}
