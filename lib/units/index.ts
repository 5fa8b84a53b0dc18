/**
 * Stage `units`: what is coded in a text.
 *
 * Verbs:
 *   - `kosovoPassage(text)`: the sentences naming a Kosovo anchor term, with a sentence of context
 *     either side (the unit of General Debate cards)
 *   - `wholeTextUnit(text)`: the whole text (the unit of the study corpus's statements)
 *   - `textMeta(text)`: the metadata a unit inherits from its text
 *
 * The words, sentences and anchor terms these are cut with live in `../text`; the names this stage
 * used to export for them are kept below as deprecated re-exports.
 */
import * as text from "../text";

export { kosovoPassage } from "./passage";
export { textMeta, wholeTextUnit } from "./whole-text";

/** @deprecated import `WordToken` from "../text" */
export type Token = text.WordToken;
/** @deprecated import from "../text" */
export type AnchorCount = text.AnchorCount;
/** @deprecated import from "../text" */
export const ANCHOR_TERMS: readonly string[] = text.ANCHOR_TERMS;
/** @deprecated import from "../text" */
export const normalizeForMatch: typeof text.normalizeForMatch = text.normalizeForMatch;
/** @deprecated import from "../text" */
export const tokenize: typeof text.tokenize = text.tokenize;
/** @deprecated import from "../text" */
export const stripPossessive: typeof text.stripPossessive = text.stripPossessive;
/** @deprecated import from "../text" */
export const countWords: typeof text.countWords = text.countWords;
/** @deprecated import from "../text" */
export const splitSentences: typeof text.splitSentences = text.splitSentences;
/** @deprecated import from "../text" */
export const findAnchors: typeof text.findAnchors = text.findAnchors;
/** @deprecated import from "../text" */
export const hasAnchor: typeof text.hasAnchor = text.hasAnchor;
/** @deprecated import from "../text" */
export const anchorCounts: typeof text.anchorCounts = text.anchorCounts;
