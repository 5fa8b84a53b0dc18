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
 *   - code: `codeUnit`, `codeUnits` (the coder), `mayFire` (the speed layer's one question)
 *   - explain: `explainText` (every pattern found in a typed text, and why it counted or not)
 *   - tabulate: `toCodedRows`, `codingCsv`, `codingColumns`, `evidenceCsv`
 *
 * Loading a corpus and coding it in one call is `codeCorpus` of `lib/workflow.ts`.
 */
import * as text from "../text";
import { codeCorpus as codeCorpusOfWorkflow } from "../workflow";
import type { CodedCorpus as CodedCorpusOfWorkflow } from "../workflow";

export type { CompileOptions, CompiledCodebook, ScopeMode } from "./types";
export { compileCodebook } from "./compile";
export { defaultScopeMode } from "./scope";
export { codeUnit, codeUnits } from "./coder";
export { mayFire } from "./may-fire";
export { explainText, type PatternCheck } from "./explain";
export { toCodedRows } from "./rows";
export { codingColumns, codingCsv, EVIDENCE_COLUMNS, evidenceCsv, type CodingLayout } from "./csv";

/** @deprecated import from "../text" */
export const forEachSentence: typeof text.forEachSentence = text.forEachSentence;
/** @deprecated import from "../text" */
export const SENTENCE_MARGIN: number = text.SENTENCE_MARGIN;

/** @deprecated import `CodedCorpus` from "lib/workflow" */
export type CodedCorpus = CodedCorpusOfWorkflow;
/**
 * @deprecated import `codeCorpus` from "lib/workflow" (kept here for old imports: the coder itself
 * does not load corpora; this alias is the only import of a later stage in this folder)
 */
export function codeCorpus(...args: Parameters<typeof codeCorpusOfWorkflow>): CodedCorpus {
  return codeCorpusOfWorkflow(...args);
}
