/**
 * Stage `validation`: the dictionary coder against the human coders. Per theme, how many of the
 * gold standard's presences the coder finds (recall), how many of its presences are right
 * (precision), F1, Cohen's kappa, and the unit ids of every miss and false alarm so a chapter can
 * show their evidence; before and after tuning the codebook, on the tuning and held-out units.
 * Against a sentence-level gold also sentence by sentence and on mention counts (α, bias), one half
 * of the round at a time, beside the goals; the held-out half is opened once, on the record.
 *
 * Verbs:
 *   - run the coder: `runCoder` (a thin use of `codeCorpus` of `lib/workflow.ts`), `presenceFromCoded`
 *   - compare: `compareToGold`, `beforeAfterRuns`, `errorsToRead`
 *   - references: `referenceCodes`, `referenceSets`, `codebookBeforeTuning`
 *   - sentence level: `compareSentences`, `coderSentences`, `compareMentions`, `validateHalf`, `goldOfHalf`;
 *     a round with halves: `loadCodingRound`, `validateRoundHalf`; to read: `sentenceErrorsToRead`,
 *     `carriedSentences` (what the follow-up rule carried, and the gold's verdict)
 *   - goals: `VALIDATION_GOALS`, `atLeast`, `withinBias`
 *   - the held-out half: `openHoldout`, `holdoutOpening`, `HOLDOUT_RECORD`
 *   - write: `validationCsv`, `validationRunsCsv`, `roundValidationCsv`
 *
 * The display tables (`validationRecords`, `compareRuns`, `kappaBeforeAfter`) are in
 * `lib/tables/validation.ts`; their old names here are deprecated re-exports.
 */

export {
  compareToGold,
  presenceFromCoded,
  unitTheme,
  type PresenceRow,
  type ThemeValidation,
} from "./compare";
export { referenceCodes, referenceSets, type Reference, type ReferenceSets } from "./reference";
export { beforeAfterRuns, type LabelledValidation } from "./before-after";
export { codebookBeforeTuning, type BaselineCodebook } from "./baseline";
export { errorsToRead, type ErrorToRead } from "./misses";
export {
  ROUND_VALIDATION_COLUMNS,
  roundValidationCsv,
  VALIDATION_COLUMNS,
  validationCsv,
  validationRunsCsv,
} from "./csv";
export { coderSentences, compareSentences } from "./sentences";
export {
  type CarriedSentence,
  carriedSentences,
  type SentenceErrorToRead,
  sentenceErrorsToRead,
} from "./sentence-errors";
export { compareMentions, type MentionValidation } from "./mentions";
export { goldOfHalf, type HalfValidation, validateHalf } from "./round";
export { type CodingRound, loadCodingRound, validateRoundHalf } from "./round-run";
export { atLeast, type GoalResult, VALIDATION_GOALS, withinBias } from "./goals";
export { HOLDOUT_RECORD, type HoldoutOpening, holdoutOpening, openHoldout } from "./holdout";
export { runCoder, type CoderRun } from "./run";
