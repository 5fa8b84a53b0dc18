/**
 * Stage `codebook`: themes, vocabulary lists, the "about Kosovo" rule and the paper's study settings,
 * read from `data/codebook.yaml` and validated on load (every problem reported with its line).
 *
 * Verbs:
 *   - read: `loadCodebook`, `parseCodebook`, `defaultCodebookPath`, `parseAlternatives`
 *   - keys: `themeKeys`, `vocabularyKeys`, `vocabularyColumns` (the coding CSV's vocabulary columns)
 *   - study settings: `coreThemes`, `rankedThemes`, `stanceWeights`
 *   - the follow-up rule (`follow_up`: back-references carry a theme into the next sentence), read into
 *     `Codebook.followUp`; the definitions' version coders code against: `codebookVersion`
 *   - export: `toQuantedaYaml`, `describePattern`
 *   - names a theme key may not take (a table has that column): `RESERVED_NAMES`, `themeKeyCollision`
 *
 * Patterns are a small plain-word language, never regular expressions:
 *
 *   territorial integrity     a phrase (whole words; case, diacritics and quote style ignored)
 *   negotiat*                 a word prefix (at least 3 letters before the star)
 *   Serbia|Belgrade           alternatives
 *   { near: [A, B], within: N, ordered?: true }   A and B in one sentence, at most N words apart
 *   { phrase: A, unless: [...] } / unless on a near pattern   vetoes of this pattern in the sentence
 *   veto: [...] (on a theme)  vetoes of every hit of the theme in the sentence
 *
 * The coder (`../coding`) compiles a codebook into a token trie.
 */
export type {
  AboutKosovo,
  Alternatives,
  Codebook,
  Examples,
  FollowUpRule,
  NearPattern,
  Pattern,
  PatternWord,
  Phrase,
  PhrasePattern,
  Scope,
  StanceSettings,
  StanceWeights,
  StudySettings,
  ThemeDef,
  VocabularyDef,
} from "./types";
export { describePattern, MAX_WITHIN, nearSource, parseAlternatives, type PatternProblem } from "./patterns";
export { parseCodebook } from "./parse";
export { defaultCodebookPath, loadCodebook } from "./load";
export { themeKeys, vocabularyColumns, vocabularyKeys, type VocabularyColumn } from "./keys";
export { coreThemes, rankedThemes, stanceWeights } from "./study";
export { toQuantedaYaml } from "./quanteda";
export { RESERVED_NAMES, themeKeyCollision } from "./reserved";
export { MAX_FOLLOW_UP_DISTANCE } from "./follow-up";
export { codebookVersion } from "./version";
