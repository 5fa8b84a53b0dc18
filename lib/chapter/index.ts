/**
 * Stage `chapter`: what a chapter works on and how it teaches, so that a notebook cell is one step in a few lines.
 *
 *   chapterContext, timeView, compareView,
 *   councilView                                context.ts      the card, the codebook, each chapter's view of the
 *                                                              corpus, from the card's `analysis:` settings
 *   reliabilityView, goldView, roundView,
 *   halfReliability, showReliabilityView,
 *   reliabilityReport, paradoxView,
 *   followUpView                               coding.ts       chapter 04: the human coding, the gold, round 2
 *   loadMiniCodebook, loadToySentences,
 *   loadTwoCoders, loadTwoPeriods, teachingPath toys.ts        the toys of data/teaching/ (invented, or published)
 *   agreementByHand, agreementSteps,
 *   fisherByHand, pearsonByHand                by-hand.ts      the toys' numbers worked step by step
 *   checkValue, checkSet, checkCodes,
 *   expectChecks, checkSummary, CheckFailed    check.ts        predict, run, check
 *   showChecks, checkRows                      show-checks.ts  the checks as a table of ✓ / ✗
 *   toyCodes, toyRows, codedThemes, codedLine,
 *   checkByHand, checkPrediction, showExplanation,
 *   nearGap, codebookChanges, showCodebookCopy,
 *   projectCodebookText, codebookProblems      codebook-lesson.ts  chapter 02's steps and checks
 *   writeQuantedaExport, writeCodingFiles      outputs.ts      the files a chapter writes under output/
 *   showCodingSummary, presentCells, themeReach,
 *   singleSentenceLine, mostSingleSentence,
 *   firedPatterns                              coding-lesson.ts  chapter 03's steps and checks
 *   showTimeViewSummary, thinYearsText,
 *   ratePoints, twoByTwoRows, fisherSteps,
 *   holdingThemes, verdictShift, chinaStanceLine,
 *   showStanceByYear, oneSpeakerNote,
 *   firstLastTest                              time-lesson.ts  chapter 06's steps and checks
 *   showCountsSummary, showBreakdown,
 *   mostDwelt, busiestYear                     counts-lesson.ts  chapter 05's steps and checks
 *   chinaSilenceLine, keynessSummary,
 *   keynessNote, mostHitsGroup, fewSilences,
 *   topNamer                                   vocabulary-lesson.ts  chapter 07's steps and checks
 *   scratchCorpus, codeScratch,
 *   showScratchStart, showRefusal,
 *   removeScratch, withoutLines, refusedDates  add-texts-lesson.ts  chapter 09's steps and checks
 *   showStudyCoverage, coverageCaption,
 *   emptyStudyNote, cardsWithUnit, slotCount,
 *   symbolOnlyYears, busiestTextYear           start-lesson.ts  chapter 00's coverage step, chapters 00 and 01's checks
 *   showLoadSummary, textsPerYear, noTextsNote,
 *   showTextsPerYear, showYearCharts,
 *   showTopSpeakers, anchorStep,
 *   showAnchorTerms                            load-lesson.ts  chapter 01's steps
 *   kosovoYears, kosovoYearsLine,
 *   showKosovoYears                            kosovo-years.ts  chapter 01's long view of the General Debate
 *   speakerComparison, showGroupSizes,
 *   sidesKeyness, groupSizeRows,
 *   mostPassagesGroup, highestStance,
 *   keyWordCount                               compare-lesson.ts  chapter 08's steps and checks
 *   writeKeynessCsv, writeSidesKeynessCsv      outputs.ts      (with the other files a chapter writes)
 *   chinaSpeeches, chinaSpeechesLine,
 *   chinaBesideSerbia, showChinaBesideSerbia   china-beside.ts  chapter 08's China beside Serbia
 *   twoCodersRows, handBesideLib, largestGap,
 *   chanceByHand, themeCrossTable, mostMissed,
 *   iccChecks, SHROUT_FLEISS                   reliability-lesson.ts  chapter 04's toy and checks
 */
export * from "./context";
export * from "./coding";
export * from "./toys";
export * from "./by-hand";
export * from "./check";
export * from "./show-checks";
export * from "./codebook-lesson";
export * from "./outputs";
export * from "./coding-lesson";
export * from "./time-lesson";
export * from "./counts-lesson";
export * from "./vocabulary-lesson";
export * from "./add-texts-lesson";
export * from "./start-lesson";
export * from "./load-lesson";
export * from "./kosovo-years";
export * from "./compare-lesson";
export * from "./reliability-lesson";
export * from "./china-beside";
