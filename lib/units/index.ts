/**
 * Units of analysis: sentences, word tokens, and the Kosovo passage.
 *
 * Everything here works on offsets into the string it was given, so a coder can point
 * back at the exact characters of a speech. The General Debate texts are hard-wrapped
 * from PDF records (a newline inside a sentence is not a boundary), a line that begins
 * with a space starts a paragraph, and typographic quotes (’ “ ”) are common.
 *
 * The Kosovo passage (CODING-GUIDE "Unit of analysis"): every sentence that names an
 * anchor term, with one sentence of context before and after, windows merged where
 * they overlap or touch.
 */
import type { Sentence, Text, Unit } from "../core";

// ---------------------------------------------------------------------------
// Normalisation

/** Single characters folded to another single character (length stays 1:1). */
const FOLD: Record<string, string> = {
  "\u2018": "'", // ‘
  "\u2019": "'", // ’
  "\u201A": "'", // ‚
  "\u201B": "'", // ‛
  "\u2032": "'", // ′
  "\u00B4": "'", // ´
  "\u0060": "'", // `
  "\u02BC": "'", // ʼ
  "\u201C": '"', // “
  "\u201D": '"', // ”
  "\u201E": '"', // „
  "\u201F": '"', // ‟
  "\u2033": '"', // ″
  "\u00AB": '"', // «
  "\u00BB": '"', // »
  "\u2010": "-", // hyphen
  "\u2011": "-", // non-breaking hyphen
  "\u2012": "-", // figure dash
  "\u2013": "-", // en dash
  "\u2014": "-", // em dash
  "\u2015": "-", // horizontal bar
  "\u2212": "-", // minus
  "\u00A0": " ", // no-break space
  "\u2007": " ",
  "\u202F": " ",
  "\u0111": "d", // đ
  "\u0110": "d", // Đ
  "\u0142": "l", // ł
  "\u0141": "l", // Ł
  "\u00F8": "o", // ø
  "\u00D8": "o", // Ø
  "\u0127": "h", // ħ
  "\u0126": "h", // Ħ
  "\u0131": "i", // dotless ı
  "\u0130": "i", // İ (its lower case would be two characters)
};

const COMBINING = /^\p{M}+$/u;
const foldCache = new Map<string, string>();

function foldChar(c: string): string {
  const cached = foldCache.get(c);
  if (cached !== undefined) return cached;
  let out = FOLD[c];
  if (out === undefined) {
    const lower = c.toLowerCase();
    out = lower.length === c.length ? lower : c;
    const nfd = out.normalize("NFD");
    if (nfd.length > out.length && COMBINING.test(nfd.slice(1)) && nfd.length > 1) {
      // base letter + combining marks → the base letter (é → e, š → s)
      const base = nfd[0];
      if (base.length === out.length) out = base;
    }
    const again = FOLD[out];
    if (again !== undefined) out = again;
  }
  foldCache.set(c, out);
  return out;
}

/**
 * Folds a string for matching: lower case, diacritics removed (š→s, é→e, đ→d, ł→l),
 * curly quotes and apostrophes → straight (' and "), dashes → "-", no-break spaces → " ".
 *
 * **Length is preserved 1:1** (UTF-16 code units): character i of the result comes
 * from character i of the input, so an offset found in the folded string is an offset
 * into the original. To keep that promise a character whose folding would change the
 * length is left as it is (lower-cased when that keeps the length): stand-alone
 * combining marks of decomposed (NFD) input are kept, so normalise bodies to NFC
 * first (the corpus loader does) — "Pris\u030Ctina" then becomes "Priština" → "pristina".
 *
 * @example normalizeForMatch("Kosovo’s “Priština” — ĐURĐEV") // "kosovo's \"pristina\" - durdev"
 */
export function normalizeForMatch(s: string): string {
  // fast path: lower-case the whole string when that keeps its length (it almost always does),
  // then fold only the non-ASCII characters
  const lower = s.toLowerCase();
  if (lower.length === s.length) {
    return lower.replace(NON_ASCII, (ch) => {
      const f = foldChar(ch);
      return f.length === ch.length ? f : ch;
    });
  }
  let out = "";
  for (const ch of s) {
    // for..of walks code points; astral characters (2 code units) are kept unless they fold to 2 units
    const f = foldChar(ch);
    out += f.length === ch.length ? f : ch;
  }
  return out;
}

// without the u flag an astral character comes as two surrogates, which fold to themselves:
// the whole string is already lower-cased, so nothing is lost, and this is much faster
const NON_ASCII = /[^\x00-\x7F]/g;

// ---------------------------------------------------------------------------
// Tokens and words

/** A word token with [start, end) offsets into the string it came from. */
export interface Token {
  /** The token as it stands in the text (may contain a line break after a line-end hyphen). */
  text: string;
  /** normalizeForMatch of the token, with a line break after a hyphen removed ("long-\nterm" → "long-term"). */
  norm: string;
  start: number;
  end: number;
}

/** Character classes for the word scanner: 0 other, 1 letter or digit, 2 combining mark. */
const CLASS = new Uint8Array(65536).fill(255);
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const MARK = /^\p{M}$/u;

function classOf(code: number): number {
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) ? 1 : 0;
  }
  if (code < 65536) {
    let c = CLASS[code];
    if (c === 255) {
      const ch = String.fromCharCode(code);
      c = LETTER_OR_DIGIT.test(ch) ? 1 : MARK.test(ch) ? 2 : 0;
      CLASS[code] = c;
    }
    return c;
  }
  const ch = String.fromCodePoint(code);
  return LETTER_OR_DIGIT.test(ch) ? 1 : MARK.test(ch) ? 2 : 0;
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 0x02bc;
}

function isHyphen(code: number): boolean {
  return code === 45 || code === 0x2010 || code === 0x2011;
}

/**
 * Scans `text` for words and calls `onWord(start, end)` for each. A word starts at a letter or
 * digit, goes on over letters, digits and combining marks, and over an apostrophe or hyphen that
 * has a letter or digit after it (a hyphen may also have a line break, with spaces or tabs,
 * between it and the rest of the word).
 */
function scanWords(text: string, onWord: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    let code = text.codePointAt(i) as number;
    let cls = classOf(code);
    if (cls !== 1) {
      i += code > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    i += code > 0xffff ? 2 : 1;
    for (;;) {
      if (i >= n) break;
      code = text.codePointAt(i) as number;
      cls = classOf(code);
      if (cls !== 0) {
        i += code > 0xffff ? 2 : 1;
        continue;
      }
      // a joiner: apostrophe or hyphen followed by a letter or digit
      let j = -1;
      if (isApostrophe(code)) j = i + 1;
      else if (isHyphen(code)) {
        j = i + 1;
        let k = j;
        while (k < n && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
        if (k < n && (text.charCodeAt(k) === 10 || text.charCodeAt(k) === 13)) {
          k += text.charCodeAt(k) === 13 && text.charCodeAt(k + 1) === 10 ? 2 : 1;
          while (k < n && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
          j = k;
        }
      }
      if (j >= 0 && j < n && classOf(text.codePointAt(j) as number) === 1) {
        i = j;
        continue;
      }
      break;
    }
    onWord(start, i);
  }
}

/**
 * Splits text into word tokens: runs of letters and digits, keeping internal apostrophes
 * ("Kosovo’s", "don't") and hyphens ("Secretary-General", and "long-\nterm" hyphenated at a
 * line end, kept as one token). Punctuation, quotes and dashes between spaces are not tokens.
 *
 * @example tokenize("Kosovo’s status.").map((t) => t.norm) // ["kosovo's", "status"]
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  scanWords(text, (start, end) => {
    const t = text.slice(start, end);
    tokens.push({ text: t, norm: normalizeForMatch(t).replace(/-[ \t]*(?:\r\n|\r|\n)[ \t]*/g, "-"), start, end });
  });
  return tokens;
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

// ---------------------------------------------------------------------------
// Sentences

/** Abbreviations after which a period never ends a sentence (titles and Latin tags). */
const ALWAYS_ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "messrs",
  "mmes",
  "mme",
  "mlle",
  "dr",
  "prof",
  "st",
  "h.e",
  "hon",
  "amb",
  "rev",
  "gen",
  "lt",
  "col",
  "capt",
  "sen",
  "rep",
  "e.g",
  "i.e",
  "cf",
  "viz",
  "vs",
  "ca",
]);

/** Abbreviations that do not end a sentence when a number follows ("No. 5", "para. 3", "Sept. 2001"). */
const NUMBER_ABBREVIATIONS = new Set([
  "no",
  "nos",
  "art",
  "arts",
  "para",
  "paras",
  "p",
  "pp",
  "vol",
  "ch",
  "sec",
  "fig",
  "op",
  "annex",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
]);

/**
 * Words that begin sentences. After an ambiguous period (a dotted initialism such as "U.S.",
 * a single initial, "etc.") a following word from this list makes it a boundary:
 * "the U.S. Government" is one sentence, "by the U.S. The" is two.
 */
const SENTENCE_STARTERS = new Set([
  "the",
  "we",
  "it",
  "this",
  "that",
  "these",
  "those",
  "i",
  "in",
  "our",
  "my",
  "however",
  "but",
  "and",
  "a",
  "an",
  "there",
  "they",
  "he",
  "she",
  "as",
  "let",
  "at",
  "on",
  "for",
  "with",
  "to",
  "all",
  "today",
  "moreover",
  "furthermore",
  "finally",
  "also",
  "yet",
  "such",
  "if",
  "when",
  "while",
  "since",
  "thus",
  "therefore",
  "hence",
  "nevertheless",
  "indeed",
  "now",
  "so",
  "nor",
  "what",
  "why",
  "how",
  "without",
  "not",
  "no",
  "is",
  "are",
  "was",
  "were",
  "you",
  "his",
  "her",
  "their",
  "its",
  "each",
  "every",
  "one",
  "many",
  "some",
  "both",
  "last",
  "next",
  "here",
  "after",
  "before",
  "during",
  "by",
  "from",
  "of",
]);

const TERMINATOR = /(?:[.!?]+|\u2026)['"\u2019\u201D\u00BB)\]]*(?=\s|$)/g;
const OPENERS = /^['"\u2018\u201C\u00AB(\[]*/;
/**
 * A paragraph break: line breaks around blank lines or lines holding only a page marker of the PDF
 * record (a page number "23", or a document footer "06-53317 2"), or a line break before a line
 * that begins with a space. A break holds a page marker when it holds a digit.
 */
const PAGE_MARKER = "(?:\\d{1,4}|\\d{2}-\\d{5}(?:[ \\t]+\\d{1,4})?|\\d{1,4}[ \\t]+\\d{2}-\\d{5})";
const NL = "(?:\\r\\n|\\r(?!\\n)|\\n)";
const PARAGRAPH_BREAK = new RegExp(
  `${NL}(?:[ \\t]*(?:${PAGE_MARKER}[ \\t]*)?${NL})+|${NL}(?:[ \\t]*${PAGE_MARKER}[ \\t]*${NL})+(?=\\S)|${NL}(?=[ \\t\\u00A0]+\\S)`,
  "g",
);

/** Is the period at index `dot` of `text` the end of the sentence begun at `sentenceStart`, given the text `after` it? */
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

/**
 * Splits text into sentences with [start, end) offsets into `text`; `text` of each sentence is
 * `text.slice(start, end)` (line breaks inside it kept, surrounding spaces trimmed).
 *
 * Rules: a blank line or a line that begins with a space starts a new paragraph, a boundary —
 * unless the new paragraph begins in lower case: that is a page break of the PDF record inside a
 * sentence ("What is\n\nneeded is pressure"). Lines holding only a page marker ("23", "06-53317 2")
 * are part of a break, and a break with a page marker after words that do not end a sentence is a
 * page break inside it ("for the first time in\n2\n\n\nKosovo. In fact"): no boundary. Such
 * markers then stay inside the sentence's text (offsets are never rewritten). Inside a paragraph a sentence ends at ".", "!", "?" or "…" (with any closing quotes
 * or brackets: `.”`) followed by a space or line break and a word that does not begin in lower
 * case. A period is not a boundary after a title or Latin tag (Mr., Mrs., Dr., St., e.g., i.e.),
 * after No./Nos./Art./para./a month before a number ("No. 5", "Sept. 2001"), after a dotted
 * initialism or an initial unless a usual sentence opener follows ("U.N. Charter" vs "the U.S. We"),
 * or after a list marker ("1."). A newline inside a paragraph is never a boundary; decimals
 * ("3.5"), symbols ("S/2011/43", "A/RES/63/3") and "1244 (1999)" are left alone.
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
  // paragraphs
  const paragraphs: Array<[number, number]> = [];
  let p0 = 0;
  PARAGRAPH_BREAK.lastIndex = 0;
  for (let m = PARAGRAPH_BREAK.exec(text); m; m = PARAGRAPH_BREAK.exec(text)) {
    // a page break inside a sentence: the next "paragraph" goes on in lower case ("What is\n\nneeded"),
    // or a page marker follows words that do not end a sentence ("for the first time in\n2\n\n\nKosovo.")
    const next = /\S/.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40));
    if (next && /\p{Ll}/u.test(next[0])) continue;
    if (/\d/.test(m[0]) && !/[.!?:;…]['"\u2019\u201D)\]]*[ \t]*$/.test(text.slice(Math.max(p0, m.index - 8), m.index)))
      continue;
    paragraphs.push([p0, m.index]);
    p0 = m.index + m[0].length;
  }
  paragraphs.push([p0, text.length]);

  for (const [ps, pe] of paragraphs) {
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
      if (mark === ".") {
        if (!periodEndsSentence(text, sStart, ps + m.index, after)) continue;
      }
      push(sStart, end);
      sStart = end;
    }
    push(sStart, pe);
  }
  return out;
}

// ---------------------------------------------------------------------------
// The Kosovo passage

/**
 * The anchor terms of the Kosovo passage (CODING-GUIDE "Unit of analysis"), as written.
 * Matching is case-insensitive, diacritic-insensitive, on whole words, possessives included.
 */
export const ANCHOR_TERMS: readonly string[] = [
  "Kosovo",
  "Kosova",
  "Kosovar",
  "Kosovars",
  "Metohija",
  "Pristina",
  "Priština",
  "Prishtina",
  "UNMIK",
  "KFOR",
  "EULEX",
];

/**
 * The anchor terms as matched on normalizeForMatch text. A candidate counts only as a whole word:
 * no letter, digit or combining mark right before or after it (checked in `scanAnchors`).
 */
const ANCHOR_CANDIDATE = /kosovars?|kosov[oa]|metohija|prishtina|pristina|unmik|kfor|eulex/g;

function isWordCharAt(s: string, i: number): boolean {
  if (i < 0 || i >= s.length) return false;
  const code = s.charCodeAt(i);
  if (code >= 0xdc00 && code <= 0xdfff && i > 0) return classOf(s.codePointAt(i - 1) as number) !== 0; // low surrogate
  return classOf(s.codePointAt(i) as number) !== 0;
}

/** Calls onHit for every whole-word anchor term in `norm` (a normalizeForMatch string); stops when it returns false. */
function scanAnchors(norm: string, onHit: (start: number, end: number) => boolean | void): void {
  ANCHOR_CANDIDATE.lastIndex = 0;
  for (let m = ANCHOR_CANDIDATE.exec(norm); m; m = ANCHOR_CANDIDATE.exec(norm)) {
    const start = m.index;
    const end = start + m[0].length;
    if (isWordCharAt(norm, start - 1) || isWordCharAt(norm, end)) continue;
    if (onHit(start, end) === false) return;
  }
}

/**
 * Offsets of every anchor term in `text` (whole words; "Kosovo’s" and "KOSOVO" match,
 * "workforce" and "Taskforce" do not contain KFOR). Offsets are into `text` as given; give it
 * NFC text (the corpus loader does) so that a decomposed "Pris\u030Ctina" is found too.
 *
 * @example findAnchors("Kosovo’s workforce") // [{ start: 0, end: 6, term: "Kosovo" }]
 */
export function findAnchors(text: string): Array<{ start: number; end: number; term: string }> {
  const out: Array<{ start: number; end: number; term: string }> = [];
  scanAnchors(normalizeForMatch(text), (start, end) => {
    out.push({ start, end, term: text.slice(start, end) });
  });
  return out;
}

/**
 * Does `text` name an anchor term of the Kosovo passage as a whole word?
 *
 * @example hasAnchor("the KFOR mission") // true
 * @example hasAnchor("a skilled workforce") // false
 */
export function hasAnchor(text: string): boolean {
  let found = false;
  scanAnchors(normalizeForMatch(text.normalize("NFC")), () => {
    found = true;
    return false;
  });
  return found;
}

function metaOf(text: Text) {
  const { id: _id, body: _body, words: _words, ...meta } = text;
  return meta;
}

/**
 * The Kosovo passage of a text: every sentence naming an anchor term, with one sentence
 * before and after, windows merged where they overlap or touch. `spans` are the merged
 * windows as [start, end) offsets into `text.body`; `body` is the spans joined by "\n\n".
 * The unit id is the text id (one passage a speech: `SRB_63_2008`). Returns null when no sentence names an anchor term.
 *
 * @example kosovoPassage(text)?.spans // [[120, 540]]
 */
export function kosovoPassage(text: Text): Unit | null {
  if (!hasAnchor(text.body)) return null;
  const sentences = splitSentences(text.body);
  const windows: Array<[number, number]> = []; // sentence index ranges, inclusive
  for (const s of sentences) {
    if (!hasAnchor(s.text)) continue;
    const lo = Math.max(0, s.index - 1);
    const hi = Math.min(sentences.length - 1, s.index + 1);
    const last = windows[windows.length - 1];
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else windows.push([lo, hi]);
  }
  if (windows.length === 0) return null;
  const spans: Array<[number, number]> = windows.map(([a, b]) => [sentences[a].start, sentences[b].end]);
  const body = spans.map(([a, b]) => text.body.slice(a, b)).join("\n\n");
  return { ...metaOf(text), id: text.id, textId: text.id, spans, body, words: countWords(body) };
}

/**
 * The whole text as one unit (the study corpus's unit): id = text id, one span over the body.
 *
 * @example wholeTextUnit(text).spans // [[0, text.body.length]]
 */
export function wholeTextUnit(text: Text): Unit {
  return {
    ...metaOf(text),
    id: text.id,
    textId: text.id,
    spans: [[0, text.body.length]],
    body: text.body,
    words: text.words,
  };
}

/** How often an anchor term occurs in a set of units. */
export interface AnchorCount {
  /** The term as listed in ANCHOR_TERMS (diacritics folded: "Pristina" counts "Priština" too; "Kosovars" counts under "Kosovar"). */
  term: string;
  /** Occurrences in all units. */
  hits: number;
  /** Units with at least one occurrence. */
  units: number;
}

const ANCHOR_CANONICAL: Record<string, string> = {
  kosovo: "Kosovo",
  kosova: "Kosova",
  kosovar: "Kosovar",
  kosovars: "Kosovar",
  metohija: "Metohija",
  pristina: "Pristina",
  prishtina: "Prishtina",
  unmik: "UNMIK",
  kfor: "KFOR",
  eulex: "EULEX",
};

/**
 * Counts the anchor terms of a set of units (or texts): occurrences and units with the term,
 * most units first (ties: more hits, then the term).
 *
 * @example anchorCounts([{ body: "Kosovo and UNMIK. Kosovo again." }]) // [{ term: "Kosovo", hits: 2, units: 1 }, { term: "UNMIK", hits: 1, units: 1 }]
 */
export function anchorCounts(units: Array<{ body: string }>): AnchorCount[] {
  const by = new Map<string, AnchorCount>();
  for (const u of units) {
    const seen = new Set<string>();
    const norm = normalizeForMatch(u.body);
    scanAnchors(norm, (start, end) => {
      const term = ANCHOR_CANONICAL[norm.slice(start, end)] ?? norm.slice(start, end);
      const row = by.get(term) ?? { term, hits: 0, units: 0 };
      row.hits++;
      if (!seen.has(term)) row.units++;
      seen.add(term);
      by.set(term, row);
    });
  }
  return [...by.values()].sort(
    (a, b) => b.units - a.units || b.hits - a.hits || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0),
  );
}
