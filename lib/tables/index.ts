/**
 * Tables: the presentation of each stage's results as rows a reader looks at — formatted numbers,
 * shares as "present/units", p-values, intervals — shaped from the plain data the analysis stages
 * return. Nothing here computes a statistic; `lib/display` shows these rows in a notebook.
 *
 *   perYearRows, countryRows, speakerRows, categoryRows   corpus.ts       what a corpus holds
 *   slotsByYear                                           sources.ts      the study's slots, filled or not
 *   councilMeetingRows, councilGroupRows,
 *   councilStanceRows                                     council.ts      who spoke at the Council's meetings
 *   reliabilityRecords, intervalTable, formatInterval      reliability.ts  agreement per theme
 *   disagreementsToRead                                   sheets.ts       coders' disagreements, with text
 *   validationRecords, compareRuns, kappaBeforeAfter       validation.ts   the dictionary coder against people
 *   presenceGoalRecords, sentenceRecords,
 *   mentionGoalRecords, missedGoals, goalDiagnosis,
 *   sampleRecords, carriedRecords                         round.ts        … on a half of a round, beside the goals
 *   sentenceReliabilityRecords, mentionReliabilityRecords  sentence-reliability.ts  coders at sentence and count level
 *   countsRows, breakdownRows, comparisonRows, formatShare counts.ts       theme counts, the paper beside
 *   prevalenceWide, periodTestRows, trendRows, formatP     timeline.ts     change over time
 *   keynessCsv, sidesKeywordRows                          vocabulary.ts   key words
 *   formatFixed, formatEstimate                           numbers.ts      estimates: no "-0.00", "∞"
 *   periodFamilyRows, stratifiedRows, verdictRows,
 *   speakerMixWide, trajectoryRows, withinTrendRows       change.ts       change within speakers, families
 *   evidenceRows, singleSentenceRows, explainRows          evidence.ts     one row per spot, its hits marked
 *   errorRows                                              errors.ts       misses and false alarms, the sentence marked
 *   kwicRows, clipLeft, clipRight                         kwic.ts         concordance lines aligned on the hit
 *   themeRows, ruleRows, patternRows, vocabularyRows      codebook.ts     the codebook, for reading
 *   markedText, markedPlain, isMarked, oneLine, clipAround marked.ts       a sentence with its hits marked
 *   presenceRecords                                       coding.ts       the unit × theme presence matrix
 *   pairKappaRecords, sentenceDisagreementRecords,
 *   codingPageRecords, roundTripRecords                   coders.ts       a class's coding: pages, pairs, disagreements
 */
export * from "./corpus";
export * from "./sources";
export * from "./council";
export * from "./sheets";
export * from "./reliability";
export * from "./validation";
export * from "./round";
export * from "./sentence-reliability";
export * from "./counts";
export * from "./timeline";
export * from "./vocabulary";
export * from "./numbers";
export * from "./change";
export * from "./marked";
export * from "./evidence";
export * from "./errors";
export * from "./kwic";
export * from "./codebook";
export * from "./coding";
export * from "./coders";
