/**
 * What chapter 04 works on, read once, so that its cells need no `if`: the human coding of the
 * current card (sheets, codes, gold, the dictionary coder against it, before and after tuning), and
 * the second round of coding at sentence level (its halves: the tuning half always, the held-out half
 * only once it has been opened on the record). Where something is missing, the tables are empty and
 * `empty` says why and which command fills them.
 *
 *   reliabilityView()           the current card's coding folder
 *   goldView(view)              the dictionary coder against its gold and reference, before and after tuning
 *   roundView(corpus)           a round of sentence-level coding and the halves that may be shown
 *   halfReliability(round, h)   coder against coder on one half: sentence level and count level
 */
import * as fs from "fs";
import * as path from "path";
import { coreThemes, loadCodebook, themeKeys } from "../codebook";
import { ArgumentError } from "../core";
import { currentCardName, loadUnits } from "../corpus";
import type { CorpusCard } from "../corpus";
import { loadCard } from "../corpus";
import { type MentionReliabilityRow, mentionReliability, type ReliabilityRow, reliabilityTable } from "../reliability";
import {
  type CoderCodes,
  type CodingFolder,
  codingFolder,
  commonIds,
  type GoldRow,
  type Half,
  idsOfHalf,
  loadCodingFolder,
  parseGold,
  readCsvFile,
  restrictSheet,
  type Sheet,
  sentenceView,
} from "../sheets";
import {
  beforeAfterRuns,
  type CodingRound,
  codebookBeforeTuning,
  compareToGold,
  type ErrorToRead,
  errorsToRead,
  holdoutOpening,
  type LabelledValidation,
  loadCodingRound,
  referenceCodes,
  referenceSets,
  runCoder,
  type ThemeValidation,
} from "../validation";

/** Chapter 04's view of the current card's human coding. */
export interface ReliabilityView {
  card: CorpusCard;
  themes: string[];
  core: string[];
  folder: CodingFolder;
  sheets: Sheet[];
  codes: CoderCodes[];
  /** What the folder holds, in a sentence; "" when it holds no double coding. */
  summary: string;
  /** Why there are no tables (fewer than two sheets), with the commands that make them; "" when there are. */
  empty: string;
  /** Unit id → the unit's text (for disagreements whose sheets hold no text). */
  unitTexts: Record<string, string>;
}

/**
 * The current card's coding folder, read with the codebook's themes.
 *
 * @example reliabilityView().sheets.length // 2
 */
export function reliabilityView(name: string = currentCardName()): ReliabilityView {
  const card = loadCard(name);
  const codebook = loadCodebook();
  const themes = themeKeys(codebook);
  const folder = loadCodingFolder(codingFolder(card.name), themes);
  const sheets = folder.sheets;
  const where = path.relative(process.cwd(), folder.dir);
  const double = sheets.length >= 2;
  const coders = sheets.map((s) => `${s.coder}: ${s.ids.length} units`).join(", ");
  const summary = double
    ? `Corpus **${card.name}**: ${sheets.length} coders (${coders}), ` +
      `**${commonIds(sheets).length}** units in every sheet (the double-coded sample), ${themes.length} themes. ` +
      `Folder \`${where}\`.`
    : "";
  const empty = double
    ? ""
    : `No double coding yet for corpus "${card.name}": ${sheets.length} coder sheet(s) in ${where}/. ` +
      `To make them: npm run sheet -- --corpus ${card.name} --coder <name> --sample 0.2 --seed 2024 ` +
      `--out data/coding/${card.name}/<name>.csv (once per coder, same sample and seed), fill 1/0 in the theme ` +
      "columns, and run this chapter again.";
  const unitTexts: Record<string, string> = {};
  if (double) for (const u of loadUnits(card.name)) unitTexts[u.id] = u.body;
  return {
    card,
    themes,
    core: coreThemes(codebook),
    folder,
    sheets,
    codes: sheets.map((s) => s.codes),
    summary,
    empty,
    unitTexts,
  };
}

/** The dictionary coder against the current card's gold and reference, before and after tuning. */
export interface GoldView {
  gold: GoldRow[];
  /** What the reference is made of, in brackets, e.g. "(20 gold units + 79 coded by A alone)"; "" without a gold. */
  reference: string;
  onGold: ThemeValidation[];
  onReference: ThemeValidation[];
  onReferenceBefore: ThemeValidation[];
  /** κ before → after on the tuning set, the held-out gold and all (`beforeAfterRuns`). */
  runs: LabelledValidation[];
  /**
   * Where the untuned codebook came from, in brackets, e.g.
   * "(untuned: data/coding/ungdc-kosovo/codebook-before-tuning.yaml)"; "" without one.
   */
  baseline: string;
  /** Whether the codebook has been tuned since (false: the untuned codebook is the current one). */
  tuned: boolean;
  errors: ErrorToRead[];
  /** Why the tables are empty, with the command that fills them; "" when they are not. */
  empty: string;
  /** Why the before/after tables are empty ("" when they are not). */
  emptyBaseline: string;
}

/**
 * The dictionary coder against the gold of the current card's coding folder (and the reference: gold
 * where it exists, the coder who coded every unit elsewhere), before and after tuning the codebook.
 *
 * @example goldView(reliabilityView()).onGold.find((r) => r.theme === "overall")
 */
export function goldView(view: ReliabilityView): GoldView {
  const { folder, sheets, themes, card } = view;
  const none: GoldView = {
    gold: [],
    reference: "",
    onGold: [],
    onReference: [],
    onReferenceBefore: [],
    runs: [],
    baseline: "",
    tuned: false,
    errors: [],
    empty:
      `no gold standard yet (${path.relative(process.cwd(), folder.dir)}/gold.csv): make it with npm run adjudicate ` +
      "once the coders' sheets are in",
    emptyBaseline: "no gold standard yet",
  };
  if (!folder.goldFile || sheets.length === 0 || sheets[0].level !== "unit") return none;
  const gold = parseGold(readCsvFile(folder.goldFile), folder.goldFile);
  const after = runCoder(card.name);
  const full = sheets.reduce((a, b) => (b.ids.length > a.ids.length ? b : a));
  const ref = referenceCodes(gold, full);
  const coderName = `the coder (${after.mode} scope)`;
  const onReference = compareToGold(ref.rows, after.presence, themes, { gold: "reference", coder: coderName });
  const out: GoldView = {
    ...none,
    gold,
    reference: `(${ref.goldUnits} gold units + ${ref.singleUnits} coded by ${ref.coder} alone)`,
    onGold: compareToGold(gold, after.presence, themes, { gold: folder.goldFile, coder: coderName }),
    onReference,
    errors: errorsToRead(onReference, after.coded, after.units, 300),
    empty: "",
    emptyBaseline: "no untuned codebook found (no codebook-before-tuning.yaml in the coding folder and no git history)",
  };
  const base = codebookBeforeTuning(folder.dir);
  if (!base) return out;
  const before = runCoder(card.name, base.file);
  const same = fs.readFileSync(base.file, "utf8") === fs.readFileSync(loadCodebook().file, "utf8");
  return {
    ...out,
    runs: beforeAfterRuns(referenceSets(gold, full), before.presence, after.presence, themes),
    onReferenceBefore: compareToGold(ref.rows, before.presence, themes, { gold: "reference", coder: "before" }),
    baseline: `(untuned: ${base.origin})`,
    tuned: !same,
    emptyBaseline: "",
  };
}

/** A round of sentence-level coding for chapter 04, and which of its halves may be shown. */
export interface RoundView {
  corpus: string;
  round: CodingRound | null;
  /** "tune" always; "holdout" and "all" only once the held-out half has been opened on the record. */
  halves: Half[];
  /** When the held-out half was opened, or that it has not been (and how it will be). */
  holdout: string;
  /** Sentence text by `<id>#<sentence>`, from the first sheet. */
  texts: Record<string, string>;
  /** Why there is nothing to show ("" when there is). */
  empty: string;
}

/**
 * A round of sentence-level coding (its coding folder must hold `sample.csv` and a sentence-level
 * `gold.csv`). The held-out half is listed only once `npm run validate -- --half holdout` has opened it.
 *
 * @example roundView("ungdc-kosovo-1989-2007").halves // ["tune"] until the final evaluation
 */
export function roundView(corpus: string): RoundView {
  const dir = codingFolder(corpus);
  if (!fs.existsSync(path.join(dir, "sample.csv")))
    return {
      corpus,
      round: null,
      halves: [],
      holdout: "",
      texts: {},
      empty: `no round of sentence-level coding in ${path.relative(process.cwd(), dir)}/ (no sample.csv)`,
    };
  const round = loadCodingRound(corpus);
  const opened = holdoutOpening(dir);
  const texts = round.folder.sheets.length
    ? Object.fromEntries(Object.entries(sentenceView(round.folder.sheets[0]).info).map(([k, i]) => [k, i.text]))
    : {};
  return {
    corpus,
    round,
    halves: opened ? ["tune", "holdout", "all"] : ["tune"],
    holdout: opened
      ? `The held-out half was first opened for the dictionary coder at ${opened.at} (by \`${opened.by}\`).`
      : "The held-out half has not been opened: it is shown here once the final evaluation has opened it " +
        "(`npm run validate -- --corpus " +
        `${corpus} --half holdout\`, which records the moment). Until then only the tuning half is shown.`,
    texts,
    empty: "",
  };
}

/** Coder against coder on one half of a round. */
export interface HalfReliability {
  half: Half;
  coders: string[];
  units: number;
  /** κ, α, … per theme over sentences (the pooled row last). */
  sentences: ReliabilityRow[];
  /** α interval and ratio, ICC(2,1) per theme on each unit's mention count. */
  counts: MentionReliabilityRow[];
}

/**
 * The coders' agreement on one half of a round, at sentence level and count level. The held-out half
 * is refused until it has been opened on the record (its sheets are not read while the codebook is tuned).
 *
 * @throws {ArgumentError} for the held-out half (or all) before it is opened
 * @example halfReliability(roundView("ungdc-kosovo-1989-2007").round!, "tune").sentences[0].cohenKappa
 */
export function halfReliability(round: CodingRound, half: Half, themes: string[]): HalfReliability {
  if (half !== "tune" && !holdoutOpening(round.folder.dir))
    throw new ArgumentError("half", "tune, until the held-out half is opened", half);
  const ids = idsOfHalf(round.sample, half);
  const sheets = round.folder.sheets.map((s) => restrictSheet(s, ids));
  return {
    half,
    coders: sheets.map((s) => s.coder),
    units: ids.length,
    sentences:
      sheets.length >= 2
        ? reliabilityTable(
            sheets.map((s) => sentenceView(s).codes),
            themes,
          )
        : [],
    counts:
      sheets.length >= 2
        ? mentionReliability(
            sheets.map((s) => s.mentions),
            themes,
          )
        : [],
  };
}
