/**
 * The one word scanner: where words start and end in a text, without copying it. A word starts at a
 * letter or digit and goes on over letters, digits and combining marks, and over an apostrophe or a
 * hyphen that has a letter or digit after it (the hyphen joiner: a hyphen may also have a line break,
 * with spaces or tabs, between it and the rest of the word, as in "long-\nterm" of a hard-wrapped
 * record). Tokens, word counts and the coder's prefilter all cut words here.
 */

/** The class of a character: 0 other, 1 letter or digit, 2 combining mark. */
export type CharClass = 0 | 1 | 2;

/** Classes of the code points below 65536, filled on first use (255: not yet known). */
const CLASS = new Uint8Array(65536).fill(255);
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const MARK = /^\p{M}$/u;

/**
 * The class of a code point (or of a single UTF-16 code unit: a lone surrogate is class 0).
 *
 * @example charClass("é".codePointAt(0)) // 1
 * @example charClass("-".codePointAt(0)) // 0
 */
export function charClass(code: number): CharClass {
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
    return c as CharClass;
  }
  const ch = String.fromCodePoint(code);
  return LETTER_OR_DIGIT.test(ch) ? 1 : MARK.test(ch) ? 2 : 0;
}

/**
 * Does a letter or digit stand at `i` of `text` (`c` is `text.charCodeAt(i)`)? A word starts there.
 *
 * @example letterOrDigitAt("a-b", 1, 45) // false
 */
export function letterOrDigitAt(text: string, i: number, c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0xd800 && c <= 0xdbff) return charClass(text.codePointAt(i) as number) === 1;
  return charClass(c) === 1;
}

/** ' ’ ʼ */
export function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 0x02bc;
}

/** - and the Unicode hyphens (not the dashes: "peace — now" is two words) */
export function isHyphen(code: number): boolean {
  return code === 45 || code === 0x2010 || code === 0x2011;
}

const isSpaceOrTab = (text: string, k: number) => text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9;

/**
 * The hyphen joiner: when the character at `i` is an apostrophe, or a hyphen (with an optional line
 * break after it, spaces or tabs around the break), and a letter or digit follows, the index where
 * the word goes on; else -1.
 *
 * @example joinerEnd("long-\n term", 4) // 7
 * @example joinerEnd("peace - now", 6) // -1
 */
export function joinerEnd(text: string, i: number): number {
  const code = text.charCodeAt(i);
  const n = text.length;
  let j = -1;
  if (isApostrophe(code)) j = i + 1;
  else if (isHyphen(code)) {
    j = i + 1;
    let k = j;
    while (k < n && isSpaceOrTab(text, k)) k++;
    if (k < n && (text.charCodeAt(k) === 10 || text.charCodeAt(k) === 13)) {
      k += text.charCodeAt(k) === 13 && text.charCodeAt(k + 1) === 10 ? 2 : 1;
      while (k < n && isSpaceOrTab(text, k)) k++;
      j = k;
    }
  }
  return j >= 0 && j < n && charClass(text.codePointAt(j) as number) === 1 ? j : -1;
}

/**
 * Where the word that goes on at `i` ends: past letters, digits, marks and joiners.
 *
 * @example wordEnd("Kosovo’s status", 1) // 8
 */
export function wordEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    // ASCII and the rest of the BMP by code unit; a high surrogate by the code point it starts
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) {
        i++;
        continue;
      }
    } else if (c < 0xd800 || c > 0xdbff) {
      if (charClass(c) !== 0) {
        i++;
        continue;
      }
    } else {
      const code = text.codePointAt(i) as number;
      if (charClass(code) !== 0) {
        i += code > 0xffff ? 2 : 1;
        continue;
      }
    }
    const j = joinerEnd(text, i);
    if (j < 0) break;
    i = j;
  }
  return i;
}

/**
 * Calls `onWord(start, end)` for each word of `text`, in order ([start, end) offsets into `text`).
 *
 * @example scanWords("Secretary-General, 3 May", (s, e) => console.log(s, e)) // 0 17, 19 20, 21 24
 */
export function scanWords(text: string, onWord: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!letterOrDigitAt(text, i, c)) {
      i++; // (the low surrogate of a character outside the BMP is no letter on its own either)
      continue;
    }
    const start = i;
    i = wordEnd(text, i + (c >= 0xd800 && c <= 0xdbff ? 2 : 1));
    onWord(start, i);
  }
}
