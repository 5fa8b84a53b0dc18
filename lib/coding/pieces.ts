/**
 * The sentences the coder reads, with a bound on their length. A text without sentence punctuation
 * (a transcript, a bad OCR, a page of keywords) is one "sentence" of any length: its tokens and hits
 * would all be held at once and every near pattern compared over all of them. So a sentence longer
 * than `maxChars` is cut at whitespace into pieces of at most `maxChars` characters, and each piece
 * is coded as a sentence of its own (numbered in turn, so the sentence numbers after it move on).
 *
 * The bound is far above any real sentence: the longest of the UN General Debate archive (1946–2024,
 * 1.17 million sentences) has 4,161 characters, so no coding of the real corpora changes.
 */
import { forEachSentence } from "../text";

/** The longest stretch of text coded as one sentence (characters). */
export const MAX_SENTENCE_CHARS = 20000;

/** Where to cut a text of more than `max` characters: after the last whitespace in its first `max`, else at `max`. */
function cutAt(text: string, from: number, max: number): number {
  const limit = from + max;
  for (let i = limit; i > from + max / 2; i--) if (/\s/.test(text[i - 1])) return i;
  // no whitespace in the second half: cut at the limit, never inside a surrogate pair
  const c = text.charCodeAt(limit - 1);
  return c >= 0xd800 && c <= 0xdbff ? limit - 1 : limit;
}

/**
 * Calls `fn` for each sentence of `text` in order (`forEachSentence`), a sentence longer than
 * `maxChars` as pieces of at most `maxChars` characters cut at whitespace (each piece trimmed, its
 * start an offset into `text`). The index counts what `fn` is given.
 *
 * @example forEachCodedSentence("One. Two.", 65536, 20000, (i, start, s) => console.log(i, start, s))
 * // 0 0 One., 1 5 Two.
 * @example forEachCodedSentence("aaa bbb ccc", 65536, 4, (i, start, s) => console.log(i, start, s))
 * // 0 0 aaa, 1 4 bbb, 2 8 ccc
 */
export function forEachCodedSentence(
  text: string,
  chunkSize: number,
  maxChars: number,
  fn: (index: number, start: number, text: string) => void,
): void {
  let index = 0;
  forEachSentence(text, chunkSize, (_i, start, sentence) => {
    if (sentence.length <= maxChars) {
      fn(index++, start, sentence);
      return;
    }
    let from = 0;
    while (from < sentence.length) {
      while (from < sentence.length && /\s/.test(sentence[from])) from++;
      if (from >= sentence.length) break;
      const to = sentence.length - from <= maxChars ? sentence.length : cutAt(sentence, from, maxChars);
      let end = to;
      while (end > from && /\s/.test(sentence[end - 1])) end--;
      fn(index++, start + from, sentence.slice(from, end));
      from = to;
    }
  });
}
