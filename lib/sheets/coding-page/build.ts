/**
 * A coding page for a corpus card: its units (all, a seeded sample or a listed set), the codebook's
 * definitions, and — for an instructor's page only — the dictionary coder's evidence.
 */
import { loadCodebook } from "../../codebook";
import { defaultScopeMode } from "../../coding";
import { loadCard, loadUnits } from "../../corpus";
import { codeUnitsToRows } from "../../workflow";
import { type CodingPageData, codingPageData } from "./data";
import { codingPageHtml } from "./html";
import { chooseUnits, type UnitChoice } from "./units";

/** What to build a coding page of. */
export interface CodingPageOptions {
  /** A corpus card's name (data/corpora/<name>.yaml). */
  corpus: string;
  coder: string;
  /** Which units (default: every unit of the card). */
  units?: UnitChoice;
  /** Show the dictionary coder's evidence (an instructor's page for a "compare with the machine" exercise). */
  evidence?: boolean;
  /** The codebook file (default data/codebook.yaml). */
  codebook?: string;
}

/** A coding page, ready to write. */
export interface BuiltCodingPage {
  html: string;
  data: CodingPageData;
  /** Sentences to code, over every unit. */
  sentences: number;
}

/**
 * Builds a coding page: blind unless `evidence` is asked for.
 *
 * @example
 * const units = { kind: "sample", fraction: 0.1, seed: "1" } as const;
 * buildCodingPage({ corpus: "ungdc-kosovo-1989-2007", coder: "ana", units }).html
 * @throws {InputError} or {ArgumentError} from the card, the codebook or the choice of units
 */
export function buildCodingPage(opts: CodingPageOptions): BuiltCodingPage {
  const card = loadCard(opts.corpus);
  const codebook = loadCodebook(opts.codebook);
  const chosen = chooseUnits(loadUnits(card), opts.units ?? { kind: "all" });
  const evidence = opts.evidence
    ? codeUnitsToRows(chosen.units, { codebook, mode: defaultScopeMode(card) }).coded
    : undefined;
  const data = codingPageData({
    units: chosen.units,
    codebook,
    coder: opts.coder,
    corpus: card.name,
    sample: chosen.description,
    sampleKey: chosen.key,
    evidence,
  });
  const sentences = data.units.reduce((n, u) => n + u.sentences.length, 0);
  return { html: codingPageHtml(data), data, sentences };
}
