/**
 * Reading a text or a pattern as it reads on the page, before it is matched (issue 19, class 6).
 *
 * The rule: a text and a codebook pattern are matched as a reader sees them, so a word matches its
 * plain form however the characters were typed or converted:
 * - **Invisible characters are left out** (Unicode's default-ignorable code points): the soft hyphen
 *   U+00AD that HTML `&shy;` leaves inside a word, the zero-width space, non-joiner and joiner
 *   (U+200B/200C/200D), the word joiner U+2060, a byte-order mark U+FEFF inside the text, direction
 *   marks and variation selectors. "mutu\u00ADally" is "mutually"; like a zero-width space, none of them
 *   separates two words (a reader sees "peace\u200Bnow" as one word, and so does the coder).
 * - **Compatibility forms are read as the characters they stand for** (their NFKC form) when that form
 *   is letters, digits or marks: fullwidth letters ("ＫＯＳＯＶＯ" is "KOSOVO"), ligatures ("ﬁ" is "fi"), the
 *   long s, superscript digits; and the whole fullwidth ASCII block (U+FF01–FF5E: "－" is "-", "＇" is "'").
 *   Other compatibility forms (the ellipsis "…", fractions) are left as they are: they are punctuation,
 *   and reading them as "..." would move sentence ends.
 * - **Unicode spaces are spaces**: en, em, thin, hair, ideographic, ogham and medium mathematical spaces
 *   become " ". (The no-break spaces U+00A0, U+2007, U+202F are folded to " " by `normalizeForMatch`
 *   already, so they are left to it.) The modifier apostrophe ʼ (a letter to Unicode) is "'".
 * - Typographic hyphens (‐ ‑) and apostrophes (’) are folded by `normalizeForMatch` and joined by the
 *   scanner as "-" and "'" are. A dash (– —) is not a hyphen: "Belgrade–Pristina" is two words.
 *
 * A text with none of these characters (every plain ASCII text) is returned as it is, without a copy.
 * Otherwise `readAsPlain` returns the plain reading with a map back to the text as loaded, so that the
 * coder can code the plain reading and still point its evidence at the loaded characters.
 */

/** The plain reading of a text, and where its pieces came from. */
export interface PlainReading {
  /** The text as it reads: invisible characters left out, compatibility forms and spaces replaced. */
  text: string;
  /** Map an offset into `text` back to the text as loaded: a start (inclusive) or an end (exclusive). */
  toLoadedStart(i: number): number;
  toLoadedEnd(e: number): number;
}

const INVISIBLE = /^\p{Default_Ignorable_Code_Point}$/u;
const SPACE = /^\p{Zs}$/u;
const WORDLIKE = /^[\p{L}\p{N}\p{M}]+$/u;
/** Characters `normalizeForMatch` folds itself (1:1); left to it so that texts holding them code as before. */
const FOLDED_ALREADY = new Set([" ", "\u00A0", "\u2007", "\u202F"]);
/** Candidates: everything outside ASCII (the fast test on a text is for these). */
const NON_ASCII = /[\u0080-\uFFFF]/g;

/** null: keep; "": leave out; else the replacement. Per code point, cached. */
const cache = new Map<number, string | null>();

function plainOf(code: number): string | null {
  const known = cache.get(code);
  if (known !== undefined) return known;
  const ch = String.fromCodePoint(code);
  let out: string | null = null;
  if (INVISIBLE.test(ch)) out = "";
  else if (SPACE.test(ch)) out = FOLDED_ALREADY.has(ch) ? null : " ";
  else if (code === 0x02bc) out = "'";
  else {
    const k = ch.normalize("NFKC");
    if (k !== ch && ((code >= 0xff01 && code <= 0xff5e) || WORDLIKE.test(k))) out = k;
  }
  cache.set(code, out);
  return out;
}

/**
 * The plain form of a short string (a pattern word): `readAsPlain(s).text`.
 *
 * @example plainText("ＫＯ\u00ADＳＯＶＯ") // "KOSOVO"
 */
export function plainText(s: string): string {
  return readAsPlain(s)?.text ?? s;
}

/** Index of the last entry of the sorted `xs` that is ≤ `v`, or −1. */
function lastAtMost(xs: number[], v: number): number {
  let lo = 0;
  let hi = xs.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] <= v) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * The plain reading of `s` (see the module's header), or null when `s` reads as it is written (then
 * nothing is copied). Offsets of the reading map back through `toLoadedStart` / `toLoadedEnd`.
 *
 * @example readAsPlain("mutu\u00ADally")?.text // "mutually"
 * @example readAsPlain("mutu\u00ADally")?.toLoadedEnd(8) // 9
 * @example readAsPlain("plain text") // null
 */
export function readAsPlain(s: string): PlainReading | null {
  // each edit replaces loaded [os, oe) by plain [cs, ce); between edits the text is the same
  const cs: number[] = [];
  const ce: number[] = [];
  const os: number[] = [];
  const oe: number[] = [];
  const parts: string[] = [];
  let from = 0;
  let shift = 0; // plain offset − loaded offset, so far
  NON_ASCII.lastIndex = 0;
  for (let m = NON_ASCII.exec(s); m !== null; m = NON_ASCII.exec(s)) {
    const i = m.index;
    const code = s.codePointAt(i) as number;
    const width = code > 0xffff ? 2 : 1;
    if (width === 2) NON_ASCII.lastIndex = i + 2;
    const to = plainOf(code);
    if (to === null) continue;
    parts.push(s.slice(from, i), to);
    cs.push(i + shift);
    ce.push(i + shift + to.length);
    os.push(i);
    oe.push(i + width);
    shift += to.length - width;
    from = i + width;
  }
  if (os.length === 0) return null;
  parts.push(s.slice(from));
  const toLoadedStart = (i: number): number => {
    const k = lastAtMost(cs, i);
    if (k < 0) return i;
    return i < ce[k] ? os[k] : oe[k] + (i - ce[k]);
  };
  const toLoadedEnd = (e: number): number => {
    const k = lastAtMost(cs, e - 1);
    if (k < 0) return e;
    return e - 1 < ce[k] ? oe[k] : oe[k] + (e - ce[k]);
  };
  return { text: parts.join(""), toLoadedStart, toLoadedEnd };
}
