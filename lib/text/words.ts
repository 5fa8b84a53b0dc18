/** Word tokens: the words of a text with their offsets and the folded form that is compared. */
import { normalizeForMatch } from "./normalize";
import { scanWords } from "./scanner";

/** A word token with [start, end) offsets into the string it came from. */
export interface WordToken {
  /** The token as it stands in the text (may contain a line break after a line-end hyphen). */
  text: string;
  /** normalizeForMatch of the token, a line break after a hyphen removed ("long-\nterm" → "long-term"). */
  norm: string;
  start: number;
  end: number;
}

const HYPHEN_BREAK = /-[ \t]*(?:\r\n|\r|\n)[ \t]*/g;

/**
 * Splits text into word tokens: runs of letters and digits, keeping internal apostrophes
 * ("Kosovo’s", "don't") and hyphens ("Secretary-General", and "long-\nterm" hyphenated at a
 * line end, kept as one token). Punctuation, quotes and dashes between spaces are not tokens.
 *
 * @example tokenize("Kosovo’s status.").map((t) => t.norm) // ["kosovo's", "status"]
 */
export function tokenize(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  scanWords(text, (start, end) => {
    const t = text.slice(start, end);
    tokens.push({ text: t, norm: normalizeForMatch(t).replace(HYPHEN_BREAK, "-"), start, end });
  });
  return tokens;
}

/**
 * Counts the words of a text: the number of `tokenize` tokens (a hyphenated compound such as
 * "Secretary-General" is one word, "Kosovo’s" is one word, numbers are words).
 *
 * @example countWords("The Secretary-General spoke on 3 May.") // 6
 */
export function countWords(text: string): number {
  let n = 0;
  scanWords(text, () => n++);
  return n;
}

/**
 * Removes a possessive ending from a token or its norm: "kosovo's" → "kosovo",
 * "Kosovo’s" → "Kosovo". Anything else is returned unchanged.
 *
 * @example stripPossessive("kosovo's") // "kosovo"
 */
export function stripPossessive(word: string): string {
  return word.replace(/['\u2019\u02BC][sS]$/, "");
}
