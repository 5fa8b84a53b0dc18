/**
 * Stage `units`: what is coded in a text.
 *
 * Verbs:
 *   - `kosovoPassage(text)`: the sentences naming a Kosovo anchor term, with a sentence of context
 *     either side (the unit of General Debate cards)
 *   - `wholeTextUnit(text)`: the whole text (the unit of the study corpus's statements)
 *   - `textMeta(text)`: the metadata a unit inherits from its text
 *   - `pastedPageUnit(text)`, `readPastedPage(body)`: a web page pasted whole — the answers of a
 *     press conference without the questions, no tickers, related news, navigation or captions
 *
 * The words, sentences and anchor terms these are cut with live in `../text`; the names this stage
 * used to export for them are kept below as deprecated re-exports.
 */

export { kosovoPassage } from "./passage";
export { textMeta, wholeTextUnit } from "./whole-text";
export { type LeftOut, type LeftOutKind, type PageReading, pastedPageUnit, readPastedPage } from "./pasted-page";
