/**
 * Stage `coding`: the dictionary coder. Codes units for the codebook's themes and vocabulary lists,
 * with the evidence (sentence, matched words, offsets, pattern) of every count.
 *
 *   const compiled = compileCodebook(loadCodebook(), { mode });   // once
 *   const coded = codeUnits(compiled, units);                     // CodedUnit per unit
 *   writeFileAtomic(out, codingCsv(toCodedRows(units, coded), compiled));
 *
 * Verbs:
 *   - compile: `compileCodebook`, `defaultScopeMode`
 *   - code: `codeUnit`, `codeUnits` (the coder), `mayFire` (the speed layer's one question),
 *     `forEachCodedSentence` (the sentences it reads: none longer than `MAX_SENTENCE_CHARS`)
 *   - explain: `explainText` (every pattern found in a typed text, and why it counted or not),
 *     `codeExamples` (the codebook's own example sentences, coded: a self-check)
 *   - tabulate: `toCodedRows`, `codingCsv`, `codingColumns`, `evidenceCsv` (`evidenceCsvPieces` to stream it)
 *   - compare: `themeChanges` (counts before and after a change to a corpus)
 *
 * Loading a corpus and coding it in one call is `codeCorpus` of `lib/workflow.ts`.
 */

export type { CompileOptions, CompiledCodebook, ScopeMode } from "./types";
export { compileCodebook } from "./compile";
export { defaultScopeMode } from "./scope";
export { codeUnit, codeUnits } from "./coder";
export { mayFire } from "./may-fire";
export { explainText, type PatternCheck } from "./explain";
export { codeExamples, type ExampleCheck } from "./examples";
export { toCodedRows } from "./rows";
export {
  codingColumns,
  codingCsv,
  EVIDENCE_COLUMNS,
  evidenceCsv,
  evidenceCsvPieces,
  isCodingCsvHeader,
  isEvidenceCsvHeader,
  type CodingLayout,
} from "./csv";
export { forEachCodedSentence, MAX_SENTENCE_CHARS } from "./pieces";
export { type ThemeChange, themeChanges } from "./theme-changes";
