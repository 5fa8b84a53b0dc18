/**
 * Sentences of the General Debate records: hard-wrapped lines (a newline inside a sentence is not a
 * boundary), paragraphs opened by a line that begins with a space, page markers of the PDF record,
 * abbreviations and typographic quotes. Offsets always point into the string that was split.
 */
import type { Sentence } from "../core";

const words = (s: string) => new Set(s.split(" "));

/** Abbreviations after which a period never ends a sentence (titles and Latin tags). */
const ALWAYS_ABBREVIATIONS = words(
  "mr mrs ms messrs mmes mme mlle dr prof st h.e hon amb rev gen lt col capt sen rep e.g i.e cf viz vs ca",
);

/** Abbreviations that do not end a sentence when a number follows ("No. 5", "para. 3", "Sept. 2001"). */
const NUMBER_ABBREVIATIONS = words(
  "no nos art arts para paras p pp vol ch sec fig op annex jan feb mar apr jun jul aug sep sept oct nov dec",
);

/**
 * Words that begin sentences. After an ambiguous period (a dotted initialism such as "U.S.",
 * a single initial, "etc.") a following word from this list makes it a boundary:
 * "the U.S. Government" is one sentence, "by the U.S. The" is two.
 */
const SENTENCE_STARTERS = words(
  "the we it this that these those i in our my however but and a an there they he she as let at on for with to all " +
    "today moreover furthermore finally also yet such if when while since thus therefore hence nevertheless indeed " +
    "now so nor what why how without not no is are was were you his her their its each every one many some both " +
    "last next here after before during by from of",
);

const TERMINATOR = /(?:[.!?]+|\u2026)['"\u2019\u201D\u00BB)\]]*(?=\s|$)/g;
const OPENERS = /^['"\u2018\u201C\u00AB([]*/;
/**
 * A paragraph break: line breaks around blank lines or lines holding only a page marker of the PDF
 * record (a page number "23", or a document footer "06-53317 2"), or a line break before a line
 * that begins with a space. A break holds a page marker when it holds a digit.
 */
const PAGE_MARKER = "(?:\\d{1,4}|\\d{2}-\\d{5}(?:[ \\t]+\\d{1,4})?|\\d{1,4}[ \\t]+\\d{2}-\\d{5})";
const NL = "(?:\\r\\n|\\r(?!\\n)|\\n)";
const PARAGRAPH_BREAK = new RegExp(
  `${NL}(?:[ \\t]*(?:${PAGE_MARKER}[ \\t]*)?${NL})+` +
    `|${NL}(?:[ \\t]*${PAGE_MARKER}[ \\t]*${NL})+(?=\\S)` +
    `|${NL}(?=[ \\t\\u00A0]+\\S)`,
  "g",
);
/** What ends a sentence right before a paragraph break that holds a page marker. */
const ENDS_BEFORE_BREAK = /[.!?:;…]['"\u2019\u201D)\]]*[ \t]*$/;

/** Is the period at `dot` the end of the sentence begun at `sentenceStart`, given the text `after` it? */
function periodEndsSentence(text: string, sentenceStart: number, dot: number, after: string): boolean {
  const before = text.slice(Math.max(sentenceStart, dot - 40), dot);
  const wm = /([\p{L}\p{N}.]+)$/u.exec(before);
  const word = wm ? wm[1] : "";
  const lower = word.toLowerCase();
  const nextWord = /^[\p{L}\p{N}]+/u.exec(after);
  const next = nextWord ? nextWord[0] : "";
  const nextIsStarter = SENTENCE_STARTERS.has(next.toLowerCase());
  const nextIsNumber = /^\p{N}/u.test(after);
  // "1." or "(a)." alone at the start of a sentence is a list marker, not a sentence
  if (/^\(?[\p{N}]{1,3}$|^\(?[a-z]$/u.test(text.slice(sentenceStart, dot).trim())) return false;
  if (ALWAYS_ABBREVIATIONS.has(lower)) return false;
  if (NUMBER_ABBREVIATIONS.has(lower) && nextIsNumber) return false;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return nextIsStarter; // U.N., U.S., D.C.
  if (/^\p{Lu}$/u.test(word)) return nextIsStarter; // an initial: "J. Smith"
  return true;
}

/** The paragraphs of `text` as [start, end) offsets (page breaks inside a sentence are not paragraph breaks). */
function paragraphsOf(text: string): Array<[number, number]> {
  const paragraphs: Array<[number, number]> = [];
  let p0 = 0;
  PARAGRAPH_BREAK.lastIndex = 0;
  for (let m = PARAGRAPH_BREAK.exec(text); m; m = PARAGRAPH_BREAK.exec(text)) {
    // a page break inside a sentence: the next "paragraph" goes on in lower case ("What is\n\nneeded"),
    // or a page marker follows words that do not end a sentence ("for the first time in\n2\n\n\nKosovo.")
    const next = /\S/.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40));
    if (next && /\p{Ll}/u.test(next[0])) continue;
    if (/\d/.test(m[0]) && !ENDS_BEFORE_BREAK.test(text.slice(Math.max(p0, m.index - 8), m.index))) continue;
    paragraphs.push([p0, m.index]);
    p0 = m.index + m[0].length;
  }
  paragraphs.push([p0, text.length]);
  return paragraphs;
}

/**
 * Splits text into sentences with [start, end) offsets into `text`; `text` of each sentence is
 * `text.slice(start, end)` (line breaks inside it kept, surrounding spaces trimmed).
 *
 * Rules: a blank line or a line that begins with a space starts a new paragraph, a boundary —
 * unless the new paragraph begins in lower case: that is a page break of the PDF record inside a
 * sentence ("What is\n\nneeded is pressure"). Lines holding only a page marker ("23", "06-53317 2")
 * are part of a break, and a break with a page marker after words that do not end a sentence is a
 * page break inside it ("for the first time in\n2\n\n\nKosovo. In fact"): no boundary. Such
 * markers then stay inside the sentence's text (offsets are never rewritten). Inside a paragraph a
 * sentence ends at ".", "!", "?" or "…" (with any closing quotes or brackets: `.”`) followed by a
 * space or line break and a word that does not begin in lower case. A period is not a boundary
 * after a title or Latin tag (Mr., Mrs., Dr., St., e.g., i.e.), after No./Nos./Art./para./a month
 * before a number ("No. 5", "Sept. 2001"), after a dotted initialism or an initial unless a usual
 * sentence opener follows ("U.N. Charter" vs "the U.S. We"), or after a list marker ("1."). A
 * newline inside a paragraph is never a boundary; decimals ("3.5"), symbols ("S/2011/43",
 * "A/RES/63/3") and "1244 (1999)" are left alone.
 *
 * @example splitSentences("Mr. Smith spoke. He left.").map((s) => s.text) // ["Mr. Smith spoke.", "He left."]
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) out.push({ index: out.length, start, end, text: text.slice(start, end) });
  };
  for (const [ps, pe] of paragraphsOf(text)) {
    const para = text.slice(ps, pe);
    let sStart = ps;
    TERMINATOR.lastIndex = 0;
    for (let m = TERMINATOR.exec(para); m; m = TERMINATOR.exec(para)) {
      const end = ps + m.index + m[0].length;
      const rest = text.slice(end, Math.min(pe, end + 80)).replace(/^\s+/, "");
      if (rest === "") continue; // the paragraph's end closes the sentence
      const after = rest.replace(OPENERS, "");
      if (/^\p{Ll}/u.test(after)) continue; // "... etc. and", "?” he asked"
      if (/^[,;:]/.test(after)) continue;
      const mark = m[0].replace(/['"\u2019\u201D\u00BB)\]]+$/, "");
      if (mark === "." && !periodEndsSentence(text, sStart, ps + m.index, after)) continue;
      push(sStart, end);
      sStart = end;
    }
    push(sStart, pe);
  }
  return out;
}

/** Characters of context kept on each side of a chunk, so that every boundary is decided with its neighbourhood. */
export const SENTENCE_MARGIN = 2048;

/**
 * Calls `fn` for each sentence of `text` in order, without splitting the whole text at once.
 * Chunks of about `chunkSize` characters (at least 4 × `SENTENCE_MARGIN`), cut at whitespace and
 * overlapping by `SENTENCE_MARGIN` characters on each side, are split with `splitSentences`; only
 * sentences that start at or after the last boundary taken and end at least a margin before the
 * chunk's end are taken, so every boundary is decided with the same surroundings as in
 * `splitSentences(text)` and the sentences (and offsets) are those it gives.
 *
 * @example forEachSentence("One. Two.", 65536, (i, start, s) => console.log(i, start, s)) // 0 0 One., 1 5 Two.
 */
export function forEachSentence(
  text: string,
  chunkSize: number,
  fn: (index: number, start: number, text: string) => void,
): void {
  const margin = SENTENCE_MARGIN;
  const base = Math.max(4 * margin, chunkSize);
  let pos = 0; // start of the next sentence to take (a boundary of the whole text)
  let index = 0;
  let size = base;
  const back = (i: number) => {
    // move i back to a whitespace at most `margin` characters before it (or to 0)
    let j = Math.max(0, i - margin);
    while (j > 0 && !/\s/.test(text[j - 1])) j--;
    return j;
  };
  while (pos < text.length) {
    const from = pos === 0 ? 0 : back(pos);
    let end = pos + size;
    if (end >= text.length) end = text.length;
    else while (end < text.length && !/\s/.test(text[end])) end++;
    const sentences = splitSentences(text.slice(from, end));
    const last = end >= text.length;
    let taken = 0;
    let next = -1;
    for (const s of sentences) {
      const start = from + s.start;
      const stop = from + s.end;
      if (start < pos) continue;
      if (!last && stop > end - margin) {
        next = start;
        break;
      }
      fn(index++, start, s.text);
      taken++;
    }
    if (last) return;
    if (taken === 0 || next < 0) {
      size *= 2; // a sentence longer than the chunk: widen it
      continue;
    }
    pos = next;
    size = base;
  }
}
