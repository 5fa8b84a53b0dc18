/**
 * When are two texts the same statement? The rule (a judgement, kept in one place): the same
 * characters once every run of whitespace (spaces, tabs, line breaks, no-break spaces) is one space,
 * the ends are trimmed, characters are composed (NFC), invisible characters (zero-width spaces and
 * joiners, byte-order marks, soft hyphens) are dropped and case is folded. So a statement pasted again
 * with other line breaks, indentation or capitals is a copy; one with a word, a figure or a punctuation
 * mark changed is a new text.
 */

const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/**
 * The key two texts share when they are the same statement (see the rule above).
 *
 * @example sameTextKey("One  line.\n\nTwo") === sameTextKey("one line. TWO") // true
 * @example sameTextKey("One line.") === sameTextKey("One line!") // false
 */
export function sameTextKey(text: string): string {
  return text.normalize("NFC").replace(INVISIBLE, "").replace(/\s+/g, " ").trim().toLowerCase();
}
