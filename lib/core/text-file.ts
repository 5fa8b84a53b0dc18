/**
 * Reading text files strictly: bytes that are not UTF-8 are an error naming the line, never a
 * silent U+FFFD; a byte-order mark is dropped; line ends become "\n"; characters are composed (NFC).
 */
import { InputError } from "./errors";

/**
 * Decodes bytes as UTF-8, or returns the 1-based line of the first byte that is not UTF-8.
 *
 * @example decodeUtf8(Buffer.from("a\nb")) // { text: "a\nb" }
 * @example decodeUtf8(Buffer.from([0x61, 0x0a, 0xff])) // { badLine: 2 }
 */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { badLine: number } {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    const loose = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    return { badLine: loose.slice(0, Math.max(0, loose.indexOf("\uFFFD"))).split("\n").length };
  }
}

/**
 * Decodes bytes as UTF-8 or throws an InputError naming `file` and the line, with the fix.
 * The text keeps its byte-order mark and line ends (see `normalizeBody`).
 *
 * @param what what the file is, for the fix ("the codebook", "the text")
 * @throws {InputError} when a byte is not UTF-8
 */
export function decodeUtf8Strict(bytes: Uint8Array, file: string, what = "the file"): string {
  const r = decodeUtf8(bytes);
  if ("text" in r) return r.text;
  throw new InputError({
    file,
    line: r.badLine,
    message: "not valid UTF-8",
    fix: `save ${what} as UTF-8 (in most editors: Save with encoding → UTF-8)`,
  });
}

/** Characters from which on NFC may change a text: below U+0300 nothing composes or decomposes. */
const MAY_CHANGE_UNDER_NFC = /[\u0300-\uFFFF]/;

/** Pieces of at most about this many characters are composed one at a time (`normalize` copies 5×). */
const NFC_PIECE = 1 << 20;

/**
 * The text with its characters composed (NFC), as `s.normalize("NFC")` gives it, without its cost
 * where it can be spared: a text with no character from U+0300 on is returned as it is (most texts
 * are), and a long text is composed a piece at a time, cut after line breaks (a line break never
 * composes with what follows), so memory stays a small multiple of the text.
 *
 * @example composeNfc("Pris\u030Ctina") // "Priština" (one character for "š")
 */
export function composeNfc(s: string): string {
  if (!MAY_CHANGE_UNDER_NFC.test(s)) return s;
  if (s.length <= NFC_PIECE) return s.normalize("NFC");
  const pieces: string[] = [];
  let from = 0;
  while (from < s.length) {
    let to = Math.min(s.length, from + NFC_PIECE);
    if (to < s.length) {
      const nl = s.indexOf("\n", to);
      to = nl === -1 ? s.length : nl + 1;
    }
    pieces.push(s.slice(from, to).normalize("NFC"));
    from = to;
  }
  return pieces.join("");
}

/**
 * Removes a byte-order mark, turns CRLF and lone CR into LF, and composes characters (NFC).
 *
 * @example normalizeBody("\uFEFFa\r\nb\rc") // "a\nb\nc"
 */
export function normalizeBody(s: string): string {
  return composeNfc(s.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n"));
}
