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
 *   showReliabilityView(view)   the folder in a sentence (or the note that says how to fill it), and its notes
 *   reliabilityReport(view)     the per-theme table, what is not defined, and the pooled figure in a sentence
 *   paradoxView(view, rows)     the theme most hit by the prevalence paradox, its 2×2 table, the scatter chart
 *   followUpView(rv, coded)     the sentences the follow-up rule carried on the tuning half
 */
import * as fs from "fs";
import * as path from "path";
import { coreThemes, loadCodebook, themeKeys } from "../codebook";
import { ArgumentError, type CodedUnit } from "../core";
import { agreementKappaChart, scatterChart, type VegaLiteSpec } from "../charts";
import { showMarkdown, showNote } from "../display";
import { currentCardName, loadUnits } from "../corpus";
import type { CorpusCard } from "../corpus";
import { loadCard } from "../corpus";
import {
  type CodeSupport,
  codeSupport,
  formatCoefficient,
  type MentionReliabilityRow,
  mentionReliability,
  prevalenceParadox,
  type ReliabilityRow,
  reliabilityTable,
  undefinedCells,
} from "../reliability";
import { type ErrorRow, errorRows, reliabilityReportRecords } from "../tables";
import { themeCrossTable } from "./reliability-lesson";
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
  type CarriedSentence,
  carriedSentences,
  type CodingRound,
  codebookBeforeTuning,
  compareToGold,
  type ErrorToRead,
  errorsToRead,
  goldOfHalf,
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
  /** The same errors with the sentence at issue, its hit (a miss: its Kosovo term) marked. */
  errorRows: ErrorRow[];
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
    errorRows: [],
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
  const errors = errorsToRead(onReference, after.coded, after.units, 300);
  const out: GoldView = {
    ...none,
    gold,
    reference: `(${ref.goldUnits} gold units + ${ref.singleUnits} coded by ${ref.coder} alone)`,
    onGold: compareToGold(gold, after.presence, themes, { gold: folder.goldFile, coder: coderName }),
    onReference,
    errors,
    errorRows: errorRows(errors, after.coded, after.units),
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

/**
 * Shows what the current card's coding folder holds in a sentence — or, without double coding, the note that says
 * how to make it — and the folder's own notes.
 *
 * @example showReliabilityView(reliabilityView())
 */
export function showReliabilityView(view: ReliabilityView): void {
  if (view.empty) showNote(view.empty);
  else showMarkdown(view.summary);
  for (const n of view.folder.notes) showNote(n);
}

/** Section 2 of chapter 04: the per-theme table and what to say about it. */
export interface ReliabilityReport {
  rows: ReliabilityRow[];
  support: CodeSupport[];
  /** The table a reader sees (`reliabilityReportRecords`); empty without double coding. */
  report: Array<Record<string, string | number>>;
  /** The cells that are not defined, and why, as a Markdown list ("" when every cell is defined). */
  notDefined: string;
  /** The pooled figure, the themes below Krippendorff's floor and the warnings, in Markdown ("" when empty). */
  summary: string;
  /** Why the table is empty ("" when it is not). */
  empty: string;
}

/**
 * The per-theme reliability of the current card's sheets, with the pooled row last, and the sentence that reads it.
 *
 * @example reliabilityReport(reliabilityView()).summary // "Pooled over **240 decisions** (20 units × 12 themes) …"
 */
export function reliabilityReport(view: ReliabilityView): ReliabilityReport {
  if (view.empty)
    return {
      rows: [],
      support: [],
      report: [],
      notDefined: "",
      summary: "",
      empty: "No table yet: it needs two or more coder sheets (see the note at the top).",
    };
  const rows = reliabilityTable(view.codes, view.themes);
  const support = codeSupport(view.codes, view.themes);
  const report = reliabilityReportRecords(rows, support);
  const na = undefinedCells(rows);
  const overall = rows[rows.length - 1];
  const pooled = support[support.length - 1];
  const weak = report.filter((r) => String(r["α reading"]).startsWith("below"));
  const warned = report.filter((r) => r.warning !== "" && r.theme !== pooled.theme);
  const f = formatCoefficient;
  const summary =
    `Pooled over **${pooled.decisions} decisions** (${pooled.units} units × ${view.themes.length} themes): ` +
    `agreement **${f(overall.agreement)}** (the paper: "over 90%"), Krippendorff's α **${f(overall.krippAlpha)}**, ` +
    `Gwet's AC1 **${f(overall.gwetAC1)}** — a figure for the decisions together, not for any theme. ` +
    (weak.length
      ? `Below Krippendorff's 0.667 floor: ${weak.map((r) => `**${r.theme}** (α ${r.kripp_alpha})`).join(", ")}. `
      : "No theme's α is below 0.667. ") +
    (warned.length ? `Warnings: ${warned.map((r) => `${r.theme} — ${r.warning}`).join("; ")}.` : "");
  return {
    rows,
    support,
    report,
    notDefined: na.length ? `Not defined:\n\n${na.map((l) => `- ${l}`).join("\n")}` : "",
    summary,
    empty: "",
  };
}

/** Section 3 of chapter 04: the prevalence paradox on the current card's sheets. */
export interface ParadoxView {
  /** The theme most hit, in a line; or that no theme is hit; "" without double coding. */
  line: string;
  /** Its 2×2 table: the first coder's rows against the second's columns. */
  table: Array<Record<string, string | number>>;
  title: string;
  /** Agreement against κ per theme; null without double coding. */
  chart: VegaLiteSpec | null;
  empty: string;
}

/**
 * The theme where agreement is high and κ low (agreement ≥ 0.80, κ < 0.60: `prevalenceParadox`), its 2×2 table, and
 * the scatter of every theme's agreement against its κ.
 *
 * @example paradoxView(view, reliabilityReport(view).rows).line // "**sovereignty**: agreement 0.950, κ …"
 */
export function paradoxView(view: ReliabilityView, rows: ReliabilityRow[]): ParadoxView {
  const none = { line: "", table: [], title: "", chart: null, empty: "no double coding yet" };
  if (view.empty || rows.length === 0) return none;
  const c = agreementKappaChart(rows);
  const chart = scatterChart(c.points, {
    title: "Agreement against Cohen's κ, per theme",
    xTitle: "percent agreement",
    yTitle: "Cohen's κ",
    xDomain: c.xDomain,
    yDomain: c.yDomain,
    caption: c.caption,
  });
  const t = prevalenceParadox(rows)[0];
  if (!t)
    return {
      ...none,
      line: "No theme has agreement ≥ 0.80 with κ < 0.60 in these sheets: the paradox does not bite here.",
      chart,
      empty: "no theme shows the paradox",
    };
  const [first, second] = view.sheets;
  const x = themeCrossTable(view.sheets, t.theme);
  const head = `${second.coder} →`;
  return {
    line:
      `**${t.theme}**: agreement ${formatCoefficient(t.agreement)}, κ ${formatCoefficient(t.cohenKappa)}, ` +
      `AC1 ${formatCoefficient(t.gwetAC1)}, prevalence ${t.prevalence === null ? "NA" : t.prevalence.toFixed(3)}.`,
    table: [
      { [head]: `${first.coder}: present`, present: x.both, absent: x.onlyFirst },
      { [head]: `${first.coder}: absent`, present: x.onlySecond, absent: x.neither },
    ],
    title: `${t.theme}: ${first.coder} (rows) against ${second.coder} (columns)`,
    chart,
    empty: "",
  };
}

/** The follow-up rule on a round's tuning half: the rule, the sentences it carried, and the title that counts them. */
export interface FollowUpView {
  rule: string;
  carried: CarriedSentence[];
  title: string;
}

/**
 * The sentences the codebook's follow-up rule carried on the tuning half of a round, against the half's gold;
 * none without a round or without the tuning half's coding.
 *
 * @example followUpView(roundView("ungdc-kosovo-1989-2007"), tuneCoded).title
 * // "Sentences carried by the follow-up rule on the tuning half: the coders marked 3 of 7"
 */
export function followUpView(rv: RoundView, tuneCoded: CodedUnit[] | undefined): FollowUpView {
  const round = rv.round;
  const carried = round && tuneCoded ? carriedSentences(goldOfHalf(round.gold, round.sample, "tune"), tuneCoded) : [];
  const marked = carried.filter((c) => c.gold === 1).length;
  return {
    rule: `The rule: *${loadCodebook().followUp?.rule ?? "none (the codebook has no follow_up section)"}*`,
    carried,
    title:
      "Sentences carried by the follow-up rule on the tuning half: " +
      `the coders marked ${marked} of ${carried.length}`,
  };
}
