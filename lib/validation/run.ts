/** The dictionary coder run over a corpus, ready to compare with a reference. */
import { loadCodebook } from "../codebook";
import type { CodedUnit, Unit } from "../core";
import { codeCorpus } from "../workflow";
import type { ScopeMode } from "../coding";
import { presenceFromCoded } from "./compare";
import type { PresenceRow } from "./compare";

/** The dictionary coder run over a corpus, ready to compare with a gold standard. */
export interface CoderRun {
  corpus: string;
  mode: ScopeMode;
  units: Unit[];
  coded: CodedUnit[];
  presence: PresenceRow[];
}

/**
 * Codes a corpus with the codebook, in the about-Kosovo scope `npm run code` uses for it
 * ("sentence" for General Debate texts and Kosovo passages, "unit" for whole statements).
 *
 * @param codebookFile another codebook, e.g. the one before tuning (see `codebookBeforeTuning`)
 * @param unitIds code only these units (e.g. one half of a sample: the other half is never coded)
 * @example compareToGold(gold, runCoder("ungdc-kosovo").presence)
 */
export function runCoder(corpus: string, codebookFile?: string, unitIds?: Iterable<string>): CoderRun {
  const { mode, units, coded } = codeCorpus(corpus, { codebook: loadCodebook(codebookFile), unitIds });
  return { corpus, mode, units, coded, presence: presenceFromCoded(coded) };
}
