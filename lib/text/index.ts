/**
 * Stage `text`: the text core every later stage reads words and sentences with.
 *
 * Verbs:
 *   - fold for matching: `normalizeForMatch`, `foldCodeUnit`
 *   - read as it reads (invisible characters out, compatibility forms and spaces plain): `readAsPlain`, `plainText`
 *   - scan words (the one scanner and hyphen joiner): `scanWords`, `wordEnd`, `joinerEnd`, `charClass`
 *   - words: `tokenize` (→ `WordToken`), `countWords`, `stripPossessive`
 *   - sentences: `splitSentences`, `forEachSentence` (streaming, for long texts)
 *   - Kosovo anchor terms (the single list): `ANCHOR_TERMS`, `findAnchors`, `hasAnchor`, `anchorCounts`
 *   - the same statement: `sameTextKey` (whitespace, case, accents, quote marks and invisible characters aside)
 *
 * Everything works on offsets into the string it was given, so a coder can point back at the exact
 * characters of a speech.
 */
export { plainText, readAsPlain } from "./compat";
export type { PlainReading } from "./compat";
export { foldCodeUnit, normalizeForMatch } from "./normalize";
export {
  charClass,
  isApostrophe,
  isHyphen,
  joinerEnd,
  letterOrDigitAt,
  scanWords,
  wordEnd,
  type CharClass,
} from "./scanner";
export { countWords, stripPossessive, tokenize, type WordToken } from "./words";
export { forEachSentence, SENTENCE_MARGIN, splitSentences } from "./sentences";
export {
  ANCHOR_TERMS,
  anchorCounts,
  findAnchors,
  foldedAnchorTerms,
  hasAnchor,
  type AnchorCount,
  type AnchorHit,
} from "./anchors";
export { sameTextDigest, sameTextKey } from "./same-text";
