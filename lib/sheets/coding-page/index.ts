/**
 * The coding page: one self-contained HTML file a student codes in — one unit at a time, its sentences
 * numbered, the codebook's definitions beside it, a theme per sentence by click or key, the work kept in the
 * browser, and the export of the sentence-level sheet (`sentences.ts`) that the reliability and adjudication
 * commands read. Blind by default; an instructor's page can show the dictionary coder's evidence.
 *
 *   buildCodingPage              build.ts     a page for a corpus card (units, sample, evidence)
 *   codingPageData               data.ts      what the page embeds: sheet rows, definitions, keys, storage key
 *   codingPageHtml, scriptJson   html.ts      the page: template, stylesheet and script of assets/, data as JSON
 *   chooseUnits                  units.ts     every unit, a seeded sample, or a listed set (a round's sample.csv)
 *   codingPageShortcuts          keys.ts      the keyboard, for the page's help and the chapter
 *   sentenceEvidence             evidence.ts  the dictionary coder's words per sentence (instructor's page)
 */
export { buildCodingPage, type BuiltCodingPage, type CodingPageOptions } from "./build";
export { type CodingPageData, codingPageData, type CodingPageInput, type PageTheme, type PageUnit } from "./data";
export { CODING_PAGE_ASSETS, codingPageHtml, fillTemplate, htmlText, scriptJson } from "./html";
export { chooseUnits, type ChosenUnits, type UnitChoice } from "./units";
export { codingPageShortcuts, MOVE_KEYS, type Shortcut, THEME_KEYS, themeShortcuts } from "./keys";
export { type DictionaryMark, foldLineBreaks, sentenceEvidence } from "./evidence";
