/**
 * The workflow: load → units → code → rows, once. Chapters and scripts that count, compare or
 * validate start from what it returns instead of repeating the four steps.
 *
 * Verbs:
 *   - `codeCorpus(card)`: load a corpus card's texts, cut them into the card's units, code them in
 *     the scope mode the card calls for, and join them into rows (with the load report)
 *   - `codeUnitsToRows(units)`: the last two steps, for units from elsewhere (a folder of loose texts)
 *
 * It imports the coder's files rather than `./coding` (whose index re-exports `codeCorpus` from here
 * for old imports), so that loading this file never goes round in a circle.
 */
import { loadCodebook } from "./codebook";
import type { Codebook } from "./codebook";
import { codeUnits } from "./coding/coder";
import { compileCodebook } from "./coding/compile";
import { toCodedRows } from "./coding/rows";
import { defaultScopeMode } from "./coding/scope";
import type { CompiledCodebook, ScopeMode } from "./coding/types";
import { ArgumentError } from "./core";
import type { CodedRow, CodedUnit, Text, Unit } from "./core";
import { loadCard, loadCorpus, loadTexts, unitsOfTexts } from "./corpus";
import type { CorpusCard, LoadedCorpus, LoadReport } from "./corpus";

/** How to code: a codebook (default `data/codebook.yaml`) or one compiled already, and the scope mode. */
export interface CodingOptions {
  codebook?: Codebook;
  /** A codebook compiled already (its mode is the mode; `codebook` is then not read). */
  compiled?: CompiledCodebook;
  mode?: ScopeMode;
}

/** Units coded with a codebook, and the rows of the coding CSV. */
export interface CodingRun {
  mode: ScopeMode;
  codebook: Codebook;
  compiled: CompiledCodebook;
  units: Unit[];
  coded: CodedUnit[];
  rows: CodedRow[];
}

/**
 * Codes units and joins them into rows (the last two steps of the workflow). The mode defaults to
 * the compiled codebook's, else "sentence".
 *
 * @throws {ArgumentError} when `mode` differs from the mode `compiled` was compiled for
 * @example codeUnitsToRows(readLooseTextFolder("my-texts").map(wholeTextUnit), { mode: "unit" }).rows
 */
export function codeUnitsToRows(units: Unit[], opts: CodingOptions = {}): CodingRun {
  if (opts.compiled && opts.mode && opts.mode !== opts.compiled.mode)
    throw new ArgumentError(
      "mode",
      `the mode the codebook was compiled for ("${opts.compiled.mode}")`,
      opts.mode,
      "leave mode out, or compile the codebook for that mode",
    );
  const compiled = opts.compiled ?? compileCodebook(opts.codebook ?? loadCodebook(), { mode: opts.mode ?? "sentence" });
  const coded = codeUnits(compiled, units);
  return {
    mode: compiled.mode,
    codebook: compiled.codebook,
    compiled,
    units,
    coded,
    rows: toCodedRows(units, coded),
  };
}

/** How to load and code a corpus card. */
export interface CorpusOptions extends CodingOptions {
  /** Inclusive year range overriding the card's. */
  years?: [number, number];
  /** Do not read or write the on-disk corpus cache. */
  noCache?: boolean;
  /**
   * Do not print, for an empty corpus, how to fill it (every loader prints it once per card unless
   * told not to; a script that prints the report's notes itself says quiet).
   */
  quiet?: boolean;
  /** Called once the texts are loaded, before they are cut and coded (e.g. to print the report's notes). */
  onLoad?: (loaded: LoadedCorpus) => void;
  /** Code only the units with these ids (e.g. one half of a sample); every unit when left out. */
  unitIds?: Iterable<string>;
}

/** A corpus coded with a codebook: what every chapter that counts or compares starts from. */
export interface CodedCorpus extends CodingRun {
  card: CorpusCard;
  texts: Text[];
  /** What loading did: counts, exclusions and plain notes. */
  report: LoadReport;
}

/**
 * Loads a corpus card's texts, cuts them into the card's units (Kosovo passages or whole texts),
 * codes them with a codebook (default `data/codebook.yaml`) in the scope mode the card calls for
 * (`defaultScopeMode`, unless `mode` or `compiled` says otherwise) and joins them into rows.
 *
 * @example codeCorpus("ungdc-kosovo").rows.length // 99
 * @example codeCorpus("ungdc-kosovo", { years: [1998, 2007] }).units.length // 307
 */
export function codeCorpus(cardOrName: CorpusCard | string, opts: CorpusOptions = {}): CodedCorpus {
  const card = typeof cardOrName === "string" ? loadCard(cardOrName) : cardOrName;
  const load = { years: opts.years, noCache: opts.noCache };
  const loaded = loadCorpus(card, load);
  if (!opts.quiet && loaded.texts.length === 0) loadTexts(card, load); // prints how to fill it, once per card
  opts.onLoad?.(loaded);
  const wanted = opts.unitIds ? new Set(opts.unitIds) : null;
  const units = unitsOfTexts(card, loaded.texts).filter((u) => !wanted || wanted.has(u.id));
  const mode = opts.mode ?? opts.compiled?.mode ?? defaultScopeMode(card);
  const run = codeUnitsToRows(units, { ...opts, mode });
  return { ...run, card, texts: loaded.texts, report: loaded.report };
}
