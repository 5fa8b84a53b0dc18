/**
 * Search terms in the codebook's own pattern language (`parseAlternatives` of `lib/codebook`): words and phrases,
 * a word ending in `*` is a prefix, "|" separates alternatives. A term's words are normalized with the same
 * tokenizer as the text, and found in a token array.
 */
import { type Phrase, type VocabularyDef, parseAlternatives } from "../codebook";
import { InputError } from "../core";
import type { WordToken } from "../text";

/** A word token with [start, end) offsets into the string it came from; `norm` is the form compared. */
export type { WordToken };

/** Splits a string into word tokens (in the workbook: `tokenize` from `lib/text`). */
export type Tokenizer = (text: string) => WordToken[];

/** One word of a term: an exact normalized form, or a prefix when the term word ended in `*`. */
export interface TermWord {
  norm: string;
  prefix: boolean;
}

/** A parsed search term: the words it must match, in order. */
export interface Term {
  /** The term as the user wrote it, e.g. "negotiat*" or "Kosovo authorities". */
  label: string;
  words: TermWord[];
}

/** Where a term list comes from, so an error can name it (e.g. "data/codebook.yaml"). */
export interface TermSource {
  file?: string;
  /** The list's key, e.g. "normalization". */
  list?: string;
}

/** A term found in a token array: the tokens [first, last] (inclusive) it spans. */
export interface TermSpan {
  term: string;
  first: number;
  last: number;
}

/** The words of one alternative, normalized by the tokenizer (a word may give several tokens: "U.N." → u, n). */
function termOf(phrase: Phrase, tokenize: Tokenizer, where: { file: string; column?: string }): Term {
  const words: TermWord[] = [];
  for (const w of phrase.words) {
    const toks = tokenize(w.word);
    if (toks.length === 0)
      throw new InputError({
        ...where,
        message: `term "${phrase.text}": "${w.word}" has no word in it`,
        fix: `write at least one letter before the "*" (e.g. "unilateral*")`,
      });
    for (let i = 0; i < toks.length; i++) words.push({ norm: toks[i].norm, prefix: w.prefix && i === toks.length - 1 });
  }
  return { label: phrase.text, words };
}

/** The terms of one entry ("a|b" gives two), or an InputError naming the list's file and key. */
function termsOf(entry: string, tokenize: Tokenizer, source: TermSource): Term[] {
  const where = { file: source.file ?? "term list", column: source.list };
  if (entry.trim() === "")
    throw new InputError({ ...where, message: "empty search term", fix: "remove the empty entry or write a word" });
  if (!/[\p{L}\p{N}]/u.test(entry))
    throw new InputError({
      ...where,
      message: `term "${entry.trim()}" has no word in it`,
      fix: `write at least one letter before the "*" (e.g. "unilateral*")`,
    });
  const { phrases, problems } = parseAlternatives(entry);
  if (!phrases || problems.length > 0)
    throw new InputError({ ...where, message: problems.map((p) => p.message).join("; "), fix: problems[0].fix });
  return phrases.map((p) => termOf(p, tokenize, where));
}

/**
 * Parses one search term: words separated by spaces, each normalized with the same tokenizer as the text; a word
 * ending in `*` matches any word that starts with it (at least 3 letters before the star, as in the codebook).
 *
 * @example
 * parseTerm("negotiat*", tokenize)      // { label: "negotiat*", words: [{ norm: "negotiat", prefix: true }] }
 * parseTerm("Kosovo authorities", tokenize).words.length   // 2
 * @throws {InputError} when the term is empty, not in the codebook's pattern language, or holds alternatives
 */
export function parseTerm(term: string, tokenize: Tokenizer, source: TermSource = {}): Term {
  const terms = termsOf(term, tokenize, source);
  if (terms.length !== 1)
    throw new InputError({
      file: source.file ?? "term list",
      column: source.list,
      message: `term "${term.trim()}" holds ${terms.length} alternatives`,
      fix: "pass it to parseTerms, which splits alternatives",
    });
  return terms[0];
}

/**
 * Parses a list of terms where an entry may hold alternatives separated by "|", as the codebook's vocabulary
 * patterns do ("normaliz*|normalis*"). Objects (the codebook's `near:` patterns) are not terms: count those with
 * `lib/coding` and use `fromCodedVocabulary`.
 *
 * @example parseTerms(["normaliz*|normalis*", "ICJ"], tokenize).map((t) => t.label)
 * // ["normaliz*", "normalis*", "ICJ"]
 * @throws {InputError} naming the list when an entry is not a string or not a term
 */
export function parseTerms(entries: Array<string | unknown>, tokenize: Tokenizer, source: TermSource = {}): Term[] {
  const terms: Term[] = [];
  for (const e of entries) {
    if (typeof e !== "string")
      throw new InputError({
        file: source.file ?? "term list",
        column: source.list,
        message: `a term must be a string, got ${JSON.stringify(e)}`,
        fix: `pass words or phrases ("a|b" for alternatives); count proximity patterns with lib/coding`,
      });
    terms.push(...termsOf(e, tokenize, source));
  }
  return terms;
}

/** Does a term word match a token's norm? "Kosovo" also matches "Kosovo's" (as in the codebook's language). */
function wordMatches(w: TermWord, norm: string): boolean {
  if (w.prefix) return norm.startsWith(w.norm);
  return norm === w.norm || (norm.endsWith("'s") && norm.slice(0, -2) === w.norm);
}

/** The number of tokens `t` matches at token `i`, or 0. */
function matchAt(tokens: WordToken[], i: number, t: Term): number {
  const n = t.words.length;
  if (i + n > tokens.length) return 0;
  for (let k = 0; k < n; k++) if (!wordMatches(t.words[k], tokens[i + k].norm)) return 0;
  return n;
}

/**
 * Every place in `tokens` where one of `terms` matches, in text order. Where several terms match at the same token
 * the longest wins (so "Kosovo authorities" is one hit, not also a hit of "authorities"), and hits never overlap.
 *
 * @example
 * findTerms(tokenize("The talks and negotiations went on."), [parseTerm("negotiat*", tokenize)])
 * // [{ term: "negotiat*", first: 3, last: 3 }]
 */
export function findTerms(tokens: WordToken[], terms: Term[]): TermSpan[] {
  const hits: TermSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    let best: TermSpan | null = null;
    for (const t of terms) {
      const n = matchAt(tokens, i, t);
      if (n > 0 && (best === null || n > best.last - best.first + 1))
        best = { term: t.label, first: i, last: i + n - 1 };
    }
    if (best) {
      hits.push(best);
      i = best.last + 1;
    } else {
      i++;
    }
  }
  return hits;
}

/** Term lists taken from codebook vocabulary lists, and the patterns that could not be taken. */
export interface CodebookTermLists {
  /** List key → its phrase patterns as written ("normaliz*|normalis*"). */
  lists: Record<string, string[]>;
  /** Proximity (`near:`) patterns left out, as "key: source"; count those with lib/coding. */
  skipped: string[];
}

/**
 * The codebook's vocabulary lists (`loadCodebook().vocabulary`, optionally one `group`: "normalization", "icj",
 * "names") as term lists for `kwic` and `countTermLists`. Vetoes and the "about Kosovo" scope are not applied here:
 * for counts that honour them, code the units with `lib/coding` and use `fromCodedVocabulary`.
 *
 * @example termListsFromCodebook(loadCodebook().vocabulary, "names").lists.name_republic_of_kosovo
 * // ["Republic of Kosovo"]
 */
export function termListsFromCodebook(vocabulary: VocabularyDef[], group?: string): CodebookTermLists {
  const lists: Record<string, string[]> = {};
  const skipped: string[] = [];
  for (const v of vocabulary) {
    if (group !== undefined && v.group !== group) continue;
    lists[v.key] = [];
    for (const p of v.patterns) {
      if (p.kind === "phrase") lists[v.key].push(p.source);
      else skipped.push(`${v.key}: ${p.source}`);
    }
  }
  return { lists, skipped };
}
