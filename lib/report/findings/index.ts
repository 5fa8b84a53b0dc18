/**
 * The findings of the workbook on one corpus, each computed with the lib calls of the chapter that shows it:
 *
 *   corpusStatement, hierarchyFinding   counts.ts     chapter 05: which corpus; the hierarchy beside the paper's
 *   changesFinding, timeShiftSetup      changes.ts    chapter 06: changes over time that hold, and the caveat
 *   silencesFinding, silenceRows        silences.ts   chapter 07: silences against a baseline
 *   speakersFinding                     speakers.ts   chapter 08: China beside the other speakers
 *   claimsIn, sentence, claimsOf        claims.ts     sentences whose numbers name the cell that shows them
 */
import type { Finding } from "./claims";
import { type CorpusStatement, corpusStatement, hierarchyFinding } from "./counts";
import { changesFinding } from "./changes";
import { silencesFinding } from "./silences";
import { speakersFinding } from "./speakers";

export * from "./claims";
export * from "./counts";
export * from "./changes";
export * from "./silences";
export * from "./speakers";

/** Everything the findings page says: the corpus, and the findings in the chapters' order. */
export interface Findings {
  corpus: CorpusStatement;
  findings: Finding[];
}

/**
 * The workbook's findings on a corpus card: the corpus statement and the findings of chapters 05–08.
 *
 * @example computeFindings("ungdc-kosovo").findings.map((f) => f.key) // ["hierarchy", "changes", "silences", "china"]
 */
export function computeFindings(cardName: string): Findings {
  return {
    corpus: corpusStatement(cardName),
    findings: [
      hierarchyFinding(cardName),
      changesFinding(cardName),
      silencesFinding(cardName),
      speakersFinding(cardName),
    ],
  };
}
