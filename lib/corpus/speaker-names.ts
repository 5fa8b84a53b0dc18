/**
 * Speakers' names as the sources spell them: one key for the spellings of one person's name
 * ("Mr. Wang Yi" = "Wang Yi"; "HUANG Hua" = "Huang Hua").
 */
import { normalizeForMatch } from "../text";

/**
 * A speaker's name without leading titles ("Mr.", "Mrs.", "Ms.", "Dr.", "H.E.", "Sir").
 *
 * @example stripTitles("H.E. Mr. Wang Yi") // "Wang Yi"
 */
export function stripTitles(name: string): string {
  let n = name.trim();
  for (;;) {
    const m = /^(?:mr|mrs|ms|dr|h\.\s?e|sir|dame|prof)\.?\s+/i.exec(n);
    if (!m) return n;
    n = n.slice(m[0].length);
  }
}

/**
 * A key that is the same for spellings of one name that differ in titles, case, diacritics and spacing.
 *
 * @example speakerKey("Mr. Ivica DAČIĆ") === speakerKey("Ivica Dacic") // true
 */
export function speakerKey(name: string): string {
  return normalizeForMatch(stripTitles(name).normalize("NFC"))
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
