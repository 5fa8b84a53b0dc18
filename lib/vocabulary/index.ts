/**
 * Stage vocabulary — the word-level readings of the paper's section 5:
 *
 *   - KWIC (key word in context): every hit of a term — a word, a phrase, a prefix wildcard (`negotiat*`), in the
 *     codebook's pattern language — or of a codebook pattern (its `Evidence`), with N words of context.
 *   - Term use per year and per speaker group, and a *silence* table that shows a group's zero against what the
 *     other groups say ("China never says 'normalization'; the EU members say it in 14 of 40 passages").
 *   - Naming: how often each name of the Kosovo side is used, by year and group.
 *   - Keyness between two sets of units: log-likelihood G², Pearson's χ², their p-values and Hardie's Log Ratio
 *     (from `lib/stats`), and the distinctive words of each group.
 *
 * Every function takes plain data: units (`lib/core`), a tokenizer (`tokenize` from `lib/units` in the workbook),
 * term lists (the codebook's vocabulary lists) and a grouping function (`groupOf` from `lib/groups`). Nothing here
 * reads files.
 *
 * Verbs:
 *   terms       parseTerm, parseTerms, findTerms, termListsFromCodebook
 *   kwic        kwic, kwicEvidence
 *   use         countTermLists, fromCodedVocabulary, countDifferences, termUsage, silenceTable
 *   naming      namingRows, unitSizes
 *   keyness     frequencyList, mergeFrequencyLists, keyness, topKeywords, keynessByGroup, ENGLISH_STOPWORDS
 *   dispersion  documentFrequencies, dispersedKeyness (range, Gries's DP, keyness over documents, BH and Holm over
 *               the words tested, words whose hits sit in one or two documents flagged)
 * Tables and chart data of this stage: `lib/tables/vocabulary.ts`, `lib/charts/from-vocabulary.ts`.
 */

export {
  type DispersedKeynessOptions,
  type DispersedKeynessRow,
  dispersedKeyness,
} from "./dispersed-keyness";
export { type DocumentFrequencies, countsOf, documentFrequencies, toFrequencyList } from "./documents";
export { type FrequencyList, frequencyList, mergeFrequencyLists } from "./frequency";
export {
  type GroupKeynessOptions,
  type GroupKeyword,
  type KeynessOptions,
  type KeynessRow,
  keyness,
  keynessByGroup,
  topKeywords,
} from "./keyness";
export { type KwicOptions, type KwicRow, type KwicSort, kwic, kwicEvidence } from "./kwic";
export { type NamingRow, type UnitSize, namingRows, unitSizes } from "./naming";
export { ENGLISH_STOPWORDS } from "./stopwords";
export {
  type CountDifference,
  type UnitTermCounts,
  countDifferences,
  countTermLists,
  fromCodedVocabulary,
} from "./term-counts";
export {
  type CodebookTermLists,
  type Term,
  type TermSource,
  type TermSpan,
  type TermWord,
  type Tokenizer,
  type WordToken,
  findTerms,
  parseTerm,
  parseTerms,
  termListsFromCodebook,
} from "./terms";
export { type SilenceOptions, type SilenceRow, type UsageRow, type UsageSplit, silenceTable, termUsage } from "./usage";

// ---------------------------------------------------------------------------------------------------------------
// Deprecated: old names, and names that moved to other stages (see RENAMES.md). They keep working until the
// notebooks import them from their new place.
