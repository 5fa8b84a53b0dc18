/**
 * A round of sentence-level coding, loaded and run: its coding folder (sheets, sentence-level gold,
 * sample list with halves), the codebook before the round's tuning, and the dictionary coder on one
 * half with that codebook and the current one. The held-out half is refused until it has been opened
 * on the record (`openHoldout`): nothing here opens it.
 */
import * as fs from "fs";
import { codebookVersion, loadCodebook, themeKeys } from "../codebook";
import { ArgumentError, type CodedUnit, InputError } from "../core";
import {
  type CodingFolder,
  codingFolder,
  type GoldRow,
  type Half,
  idsOfHalf,
  loadCodingFolder,
  parseGold,
  readCsvFile,
  type SampleEntry,
} from "../sheets";
import { type BaselineCodebook, codebookBeforeTuning } from "./baseline";
import { type HoldoutOpening, holdoutOpening } from "./holdout";
import { goldOfHalf, type HalfValidation, validateHalf } from "./round";
import { runCoder } from "./run";

/** A round of sentence-level coding, loaded. */
export interface CodingRound {
  corpus: string;
  folder: CodingFolder;
  sample: SampleEntry[];
  /** The sentence-level gold (every half). */
  gold: GoldRow[];
  /** The codebook before the round's tuning (`codebook-before-tuning.yaml` in the folder). */
  baseline: BaselineCodebook | null;
  /** When the held-out half was first opened, or null. */
  opened: HoldoutOpening | null;
}

/**
 * Loads a round of sentence-level coding (`data/coding/<corpus>/`): its sheets (checked against the
 * codebook's definitions' version), `sample.csv` and a sentence-level `gold.csv`.
 *
 * @throws {InputError} when the folder has no sample list or no sentence-level gold
 * @example loadCodingRound("ungdc-kosovo-1989-2007").sample.length // 50
 */
export function loadCodingRound(corpus: string, codebookFile?: string): CodingRound {
  const codebook = loadCodebook(codebookFile);
  const dir = codingFolder(corpus);
  const folder = loadCodingFolder(dir, themeKeys(codebook), { codebookVersion: codebookVersion(codebook) });
  if (!folder.sample)
    throw new InputError({
      file: dir,
      message: "no sample.csv: not a round with tuning and held-out halves",
      fix: "draw the sample with npm run sheet -- --stratify … --halves --sample-list <dir>/sample.csv",
    });
  if (!folder.goldFile)
    throw new InputError({
      file: dir,
      message: "no gold.csv",
      fix: "adjudicate the sheets first (npm run adjudicate -- --sheets … --decisions … --out gold.csv)",
    });
  const gold = parseGold(readCsvFile(folder.goldFile), folder.goldFile);
  if (gold.length && gold[0].sentence === undefined)
    throw new InputError({ file: folder.goldFile, message: "the gold is not sentence-level", fix: "rebuild it" });
  return {
    corpus,
    folder,
    sample: folder.sample,
    gold,
    baseline: fs.existsSync(dir) ? codebookBeforeTuning(dir) : null,
    opened: holdoutOpening(dir),
  };
}

/**
 * The dictionary coder on one half of a round, with the codebook before the round's tuning and with
 * the current one (or `codebookFile`); only the half's units are coded. `coded` is the current
 * codebook's coding of them (its evidence, for reading the errors).
 *
 * @throws {ArgumentError} for the held-out half (or all) before it has been opened on the record
 * @example const { before, after } = validateRoundHalf(loadCodingRound("ungdc-kosovo-1989-2007"), "tune")
 */
export function validateRoundHalf(
  round: CodingRound,
  half: Half,
  codebookFile?: string,
): { before: HalfValidation; after: HalfValidation; coded: CodedUnit[] } {
  if (half !== "tune" && !holdoutOpening(round.folder.dir))
    throw new ArgumentError(
      "half",
      "tune, until the held-out half is opened",
      half,
      "the held-out half is opened once, for the final evaluation: npm run validate -- --half holdout",
    );
  const ids = idsOfHalf(round.sample, half);
  const gold = goldOfHalf(round.gold, round.sample, half);
  const themes = themeKeys(loadCodebook(codebookFile));
  const base = round.baseline?.file;
  const before = runCoder(round.corpus, base, ids);
  const after = runCoder(round.corpus, codebookFile, ids);
  return {
    before: validateHalf(gold, half, "before", before.coded, themes),
    after: validateHalf(gold, half, "after", after.coded, themes),
    coded: after.coded,
  };
}
