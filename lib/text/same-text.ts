/**
 * When are two texts the same statement? The rule (a judgement, kept in one place): the same
 * characters once whitespace is left out altogether (spaces, tabs, line breaks, no-break spaces — also
 * where one copy has a space and the other none, as in "Pristina ." against "Pristina.", or words run
 * together where a PDF line broke), characters are composed (NFC), invisible characters (zero-width
 * spaces and joiners, byte-order marks, soft hyphens) are dropped, and letters are folded as the coder
 * folds them for matching (`foldCodeUnit`, as `normalizeForMatch`: capitals, accents, typographic quotes
 * and dashes). So a
 * statement pasted again from another copy — other line breaks, spacing, capitals, accents or quote
 * marks — is a copy; one with a word, a figure or a punctuation mark changed is a new text.
 */
import { createHash } from "crypto";
import { foldCodeUnit } from "./normalize";

/** Whitespace (as `\s` knows it) and invisible characters (soft hyphen, zero-width ones, joiners, BOM). */
function leftOut(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0xad ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200d) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x2060 ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** The key of one piece (composed, folded, without whitespace) as UTF-16 bytes. */
function pieceKey(piece: string): Buffer {
  const text = piece.normalize("NFC");
  const out = new Uint16Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!leftOut(c)) out[n++] = foldCodeUnit(c);
  }
  return Buffer.from(out.buffer, 0, n * 2);
}

/**
 * The key two texts share when they are the same statement (see the rule above).
 *
 * @example sameTextKey("One  line.\n\nTwo") === sameTextKey("one line .TWO") // true
 * @example sameTextKey("One line.") === sameTextKey("One line!") // false
 */
export function sameTextKey(text: string): string {
  return pieceKey(text).toString("utf16le");
}

/** Characters per piece of `sameTextDigest`: it never copies a whole long text. */
const PIECE = 1 << 20;

/**
 * A digest of `sameTextKey(text)` (SHA-256 of its UTF-16 bytes) made piece by piece — pieces end at
 * whitespace, which the key leaves out, so the digest is that of the whole key — so that a reader can
 * find two copies of one statement among long texts without holding every key.
 *
 * @example sameTextDigest("One  line.") === sameTextDigest("ONE line .") // true
 */
export function sameTextDigest(text: string): string {
  const hash = createHash("sha256");
  const space = /\s/g;
  for (let start = 0; start < text.length; ) {
    let end = text.length;
    if (start + PIECE < text.length) {
      space.lastIndex = start + PIECE;
      end = space.exec(text)?.index ?? text.length;
    }
    hash.update(pieceKey(text.slice(start, end)));
    start = end;
  }
  return hash.digest("hex");
}
