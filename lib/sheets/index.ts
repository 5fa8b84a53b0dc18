/**
 * Human coding sheets: the sheet a coder fills in a spreadsheet, loading it back with every problem
 * named by row and column, the disagreements between coders, and the gold standard (agreed codes
 * plus adjudicated decisions, each with a one-line reason).
 *
 *   sampleUnits                         sample.ts         the seeded double-coded sample
 *   sheetCsv                            build.ts          a blank sheet: one row per unit, a column per theme
 *   parseSheet, loadSheet, sheetThemes  parse.ts          a filled sheet, checked
 *   findDisagreements, commonIds,
 *   disagreementsCsv                    disagreements.ts  where coders differ
 *   decisionsTemplateCsv, parseDecisions decisions.ts     the adjudicator's decisions (id,theme,value,reason)
 *   buildGold, goldCsv, parseGold       gold.ts           agreed codes plus decisions
 *   codingFolder, loadCodingFolder      folder.ts         data/coding/<corpus>/
 *   sniffDelimiter                      csv.ts            "," or ";" or tab, as the spreadsheet saved it
 *   dictionaryCoding, bySentence,
 *   onlyUnits, sentenceDisagreements    sentence-codings.ts codes per sentence; the dictionary coder as a coder
 *   buildCodingPage, codingPageData     coding-page/      the coding page: a self-contained HTML file to code in
 *   buildQdpxExport, readQdpx,
 *   importCodings                       qdpx/             REFI-QDA projects (.qdpx) to and from the QDA tools
 *
 *   sheetCsv → (coder fills 0/1) → loadSheet → findDisagreements
 *   → decisions CSV → parseDecisions → buildGold → goldCsv
 */
export * from "./sample";
export * from "./build";
export * from "./sentences";
export { sniffDelimiter } from "./csv";
export * from "./parse";
export * from "./disagreements";
export * from "./decisions";
export * from "./gold";
export * from "./folder";
export * from "./sentence-codings";
export * from "./coding-page";
export * from "./qdpx";

// Kept so that existing imports keep working (see RENAMES.md).
