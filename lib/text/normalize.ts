/**
 * Folding text for matching: lower case, no diacritics, straight quotes, plain dashes and spaces,
 * with the length kept 1:1 so that an offset found in the folded text is an offset into the original.
 */

/** Characters folded to another single character, in groups: the characters, then what they become. */
const FOLD_GROUPS: Array<[string, string]> = [
  ["\u2018\u2019\u201A\u201B\u2032\u00B4\u0060\u02BC", "'"], // ‘ ’ ‚ ‛ ′ ´ ` ʼ
  ["\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB", '"'], // “ ” „ ‟ ″ « »
  ["\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"], // hyphen, non-breaking hyphen, figure, en, em dash, bar, minus
  ["\u00A0\u2007\u202F", " "], // no-break spaces
  ["\u0111\u0110", "d"], // đ Đ
  ["\u0142\u0141", "l"], // ł Ł
  ["\u00F8\u00D8", "o"], // ø Ø
  ["\u0127\u0126", "h"], // ħ Ħ
  ["\u0131\u0130", "i"], // dotless ı, and İ (its lower case would be two characters)
];

const FOLD = new Map<string, string>(FOLD_GROUPS.flatMap(([chars, to]) => [...chars].map((c) => [c, to] as const)));

const COMBINING = /^\p{M}+$/u;
const foldCache = new Map<string, string>();

/** The fold of one character (a code point); may differ in length from it (callers check). */
function foldChar(c: string): string {
  const cached = foldCache.get(c);
  if (cached !== undefined) return cached;
  let out = FOLD.get(c);
  if (out === undefined) {
    const lower = c.toLowerCase();
    out = lower.length === c.length ? lower : c;
    const nfd = out.normalize("NFD");
    if (nfd.length > out.length && COMBINING.test(nfd.slice(1)) && nfd.length > 1) {
      // base letter + combining marks → the base letter (é → e, š → s)
      const base = nfd[0];
      if (base.length === out.length) out = base;
    }
    const again = FOLD.get(out);
    if (again !== undefined) out = again;
  }
  foldCache.set(c, out);
  return out;
}

// without the u flag an astral character comes as two surrogates, which fold to themselves:
// the whole string is already lower-cased, so nothing is lost, and this is much faster
const NON_ASCII = /[\u0080-\uFFFF]/g;

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

/** normalizeForMatch of each UTF-16 code unit, filled on first use (-1: not yet known). */
const FOLD_CODE = new Int32Array(65536).fill(-1);

/**
 * The fold of one UTF-16 code unit, as `normalizeForMatch` folds it standing alone: for scanners
 * that compare text with folded words character by character without copying the text.
 *
 * @example String.fromCharCode(foldCodeUnit("Š".charCodeAt(0))) // "s"
 */
export function foldCodeUnit(c: number): number {
  let f = FOLD_CODE[c];
  if (f === -1) {
    const n = normalizeForMatch(String.fromCharCode(c));
    f = n.length === 1 ? n.charCodeAt(0) : c;
    FOLD_CODE[c] = f;
  }
  return f;
}
