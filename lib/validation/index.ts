/**
 * Stage `validation`: the dictionary coder against the human coders. Per theme, how many of the
 * gold standard's presences the coder finds (recall), how many of its presences are right
 * (precision), F1, Cohen's kappa, and the unit ids of every miss and false alarm so a chapter can
 * show their evidence; before and after tuning the codebook, on the tuning and held-out units.
 *
 * Verbs:
 *   - run the coder: `runCoder` (a thin use of `codeCorpus` of `lib/workflow.ts`), `presenceFromCoded`
 *   - compare: `compareToGold`, `beforeAfterRuns`, `errorsToRead`
 *   - references: `referenceCodes`, `referenceSets`, `codebookBeforeTuning`
 *   - write: `validationCsv`, `validationRunsCsv`
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
export { VALIDATION_COLUMNS, validationCsv, validationRunsCsv } from "./csv";
export { runCoder, type CoderRun } from "./run";
