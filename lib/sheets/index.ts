/**
 * Stage `sheets`: human coding sheets. The sheet a coder fills in a spreadsheet (one row per unit,
 * or one row per sentence), loading it back with every problem named by row and column (one reader
 * for both levels; blanks are missing data, never 0), the disagreements between coders, the
 * adjudicator's decisions, and the gold standard.
 *
 *   sampleUnits                          sample.ts         the seeded double-coded sample
 *   stratifiedSample, splitHalves        stratified.ts     a share of every stratum; tune / holdout halves
 *   drawSample, stratumOf                draw.ts           the sample of a round (strata, halves)
 *   sampleListCsv, parseSampleList,
 *   idsOfHalf, parseHalf                 sample-list.ts    sample.csv: units, strata, halves
 *   sheetCsv                             build.ts          a blank sheet: one row per unit, a column per theme
 *   sentenceSheetCsv                     sentences.ts      a blank sheet: one row per sentence
 *   codebookForCoders                    coder-brief.ts    the definitions coders read (no patterns)
 *   parseSheet, loadSheet                parse.ts          a filled sheet, either level, checked
 *   sheetThemes, isThemeColumn           header.ts         the header's columns (notes are never themes)
 *   selectThemes                         themes.ts         the codebook's themes, or a selection (each once)
 *   blankWarnings                        blanks.ts         blank cells, reported
 *   findDisagreements, commonIds,
 *   disagreementsCsv                     disagreements.ts  where coders differ
 *   decisionsTemplateCsv, parseDecisions decisions.ts      the adjudicator's decisions
 *   buildGold, goldCsv, parseGold        gold.ts           agreed codes plus decisions
 *   sentenceView, findSentenceDisagreements, sentenceDecisionsTemplateCsv,
 *   buildSentenceGold, unitCodesOfGold   sentence-gold.ts  the same at sentence level (the one finder of sentence
 *                                                          disagreements: adjudicate's and chapter 04's)
 *   codingFolder, loadCodingFolder,
 *   sheetStem                            folder.ts         data/coding/<corpus>/ (one sheet per coder)
 *   readCsvTable, readCsvFile,
 *   sniffDelimiter                       csv.ts            CSV as spreadsheets save it (UTF-16, sep=, NUL named)
 *   dictionaryCoding, bySentence,
 *   fullyCoded                           sentence-codings.ts codes per sentence (a loaded sheet is one); the
 *                                                          dictionary coder as a coder; the sentence-keyed view
 *   buildCodingPage, codingPageData      coding-page/      the coding page: a self-contained HTML file to code in
 *   buildQdpxExport, readQdpx,
 *   importCodings                        qdpx/             REFI-QDA projects (.qdpx) to and from the QDA tools
 *
 *   sheetCsv / sentenceSheetCsv → (coders fill 0/1) → loadSheet → findDisagreements
 *   → decisions CSV → parseDecisions → buildGold / buildSentenceGold → goldCsv
 */
export * from "./sample";
export * from "./stratified";
export * from "./sample-list";
export * from "./draw";
export * from "./build";
export * from "./sentences";
export * from "./coder-brief";
export { readCsvFile, readCsvTable, SAVE_AS_CSV_UTF8, sniffDelimiter, type CsvTable } from "./csv";
export * from "./sheet";
export * from "./parse";
export { isThemeColumn, NOTE_COLUMNS, sheetLevel } from "./header";
export * from "./themes";
export * from "./blanks";
export * from "./disagreements";
export * from "./decisions";
export * from "./gold";
export * from "./sentence-gold";
export * from "./folder";
export * from "./sentence-codings";
export * from "./coding-page";
export * from "./qdpx";
