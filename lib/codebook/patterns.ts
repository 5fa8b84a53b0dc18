/**
 * Pattern strings: a small plain-word language, never regular expressions.
 *
 *   territorial integrity     a phrase (whole words; case, diacritics and quote style ignored)
 *   negotiat*                 a word prefix (at least 3 letters before the star)
 *   Serbia|Belgrade           alternatives
 */
import { plainText } from "../text";
import type { Pattern, PatternWord, Phrase } from "./types";

/** Words that alone would match almost every sentence. */
const STOPWORDS = new Set(
  (
    "a an the of and or to in on at by for with from as is are was were be been it its this that these those " +
    "we our us i you he she they their his her not no all has have had will would can which who"
  ).split(" "),
);

const REGEX_CHARS = /[\\^$[\]{}()?+<>]/;
const LETTER = /[\p{L}\p{N}]/gu;

/** Most words allowed between the two sides of a near pattern. */
export const MAX_WITHIN = 30;

/** A problem in a pattern string, without its place. */
export interface PatternProblem {
  message: string;
  fix: string;
}

const PLAIN_FIX =
  "patterns are plain words: write the phrase as it stands, end a word with * for a prefix, " +
  "separate alternatives with |";

/** The words of one alternative ("negotiat* solution"), or problems. */
function phraseWords(source: string, text: string, problems: PatternProblem[]): PatternWord[] {
  const words: PatternWord[] = [];
  for (const w of text.split(" ")) {
    const star = w.indexOf("*");
    if (star === -1) {
      if ((w.match(LETTER) ?? []).length === 0) {
        problems.push({
          message: `pattern "${source}": "${w}" has no letter or digit`,
          fix: "write words only; punctuation between words is ignored when matching",
        });
        continue;
      }
      words.push({ word: w, prefix: false });
      continue;
    }
    const stem = w.slice(0, star);
    if (star !== w.length - 1 || w.indexOf("*", star + 1) !== -1) {
      problems.push({ message: `pattern "${source}": "*" may only end a word (found in "${w}")`, fix: PLAIN_FIX });
      continue;
    }
    const letters = (stem.match(LETTER) ?? []).length;
    if (letters < 3 || !/[\p{L}\p{N}]$/u.test(stem)) {
      problems.push({
        message:
          `pattern "${source}": "${w}" could match almost any word ` +
          "(a prefix needs at least 3 letters before the star)",
        fix: "lengthen the prefix (negotiat*) or list the words in full",
      });
      continue;
    }
    words.push({ word: stem, prefix: true });
  }
  return words;
}

/**
 * Parses a pattern string ("Serbia|Belgrade", "negotiat* solution*") into alternatives.
 * Returns the problems instead when the string is empty, looks like a regular expression,
 * or could match (almost) everything.
 *
 * @param opts.standalone the string is a whole pattern (not a side of a near pattern): a lone stop word is refused
 * @example parseAlternatives("negotiat*|talks").phrases?.map((p) => p.text) // ["negotiat*", "talks"]
 */
export function parseAlternatives(
  source: string,
  opts: { standalone?: boolean } = {},
): { phrases?: Phrase[]; problems: PatternProblem[] } {
  const problems: PatternProblem[] = [];
  if (source.trim() === "")
    return { problems: [{ message: "empty pattern", fix: "write a word or phrase, or delete the entry" }] };
  const bad = REGEX_CHARS.exec(source);
  if (bad)
    problems.push({
      message:
        `pattern "${source}" contains "${bad[0]}": it looks like a regular expression, ` +
        "which the codebook does not support",
      fix: PLAIN_FIX,
    });
  const phrases: Phrase[] = [];
  for (const raw of source.split("|")) {
    // read as the coder reads texts (lib/text/compat.ts): a soft hyphen or a BOM inside a word is no space
    const text = plainText(raw).trim().replace(/\s+/g, " ");
    if (text === "") {
      problems.push({
        message: `pattern "${source}" has an empty alternative (a stray "|")`,
        fix: "remove the extra | or write the missing phrase",
      });
      continue;
    }
    const words = phraseWords(source, text, problems);
    if (words.length === 0) continue;
    if (opts.standalone && words.length === 1 && !words[0].prefix && STOPWORDS.has(words[0].word.toLowerCase())) {
      problems.push({
        message: `pattern "${source}": "${words[0].word}" alone would match almost every sentence`,
        fix: "use it inside a phrase or a near: pattern",
      });
      continue;
    }
    phrases.push({ text, words });
  }
  if (problems.length > 0) return { problems };
  return { phrases, problems };
}

/**
 * The pattern as written, on one line, e.g. `near [sovereignty, Serbia|Belgrade] within 6`.
 *
 * @example describePattern(p) // "near [sovereignty|territorial integrity, Serbia] within 6"
 */
export function describePattern(p: Pattern): string {
  return p.source;
}

/**
 * How a near pattern is written on one line (its `source`).
 *
 * @example nearSource("not", "precedent*", 2, true) // "near [not, precedent*] within 2 ordered"
 */
export function nearSource(first: string, second: string, within: number, ordered: boolean): string {
  return `near [${first}, ${second}] within ${within}${ordered ? " ordered" : ""}`;
}
