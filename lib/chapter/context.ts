/**
 * What a chapter works on, read once from the current corpus card: the card, the codebook, and each
 * chapter's view of the corpus as the card's `analysis:` settings describe it — so that the notebooks
 * never branch on a card's name.
 *
 *   chapterContext()    the card (WORKBOOK_CORPUS), the codebook, its themes, the empty-corpus note
 *   timeView(card)      chapter 06: the window, the coded rows, the themes, the periods
 *   compareView(card)   chapter 08: the corpus whose speakers are compared, its windows, China's corpus
 *   councilView(card)   chapter 08: China beside the other speakers at the Security Council's Kosovo meetings
 *                       where it spoke (the card's `analysis.compare.council`), or the one line that says how
 *                       to get the download when it is not there
 */
import * as path from "path";
import {
  type Codebook,
  coreThemes,
  loadCodebook,
  rankedThemes,
  type StanceWeights,
  stanceWeights,
  themeKeys,
} from "../codebook";
import { defaultScopeMode } from "../coding";
import { type CodedCorpus, type CodingRun, codeCorpus, codeUnitsToRows } from "../workflow";
import { type CodedRow, type CodedUnit, type Period, projectRoot, type Text, type Unit } from "../core";
import { type CorpusCard, currentCardName, loadCard, loadTexts, missingSourceLine, unitsOfTexts } from "../corpus";
import {
  COUNCIL_GROUPS,
  type CouncilGroup,
  councilGroup,
  meetingOf,
  sameMeetingsAsChina,
} from "../corpus/datasets/council-groups";
import { decades } from "../timeline";

/** The current corpus and codebook, as every chapter starts. */
export interface ChapterContext {
  card: CorpusCard;
  codebook: Codebook;
  /** The codebook's theme keys, in codebook order. */
  themes: string[];
  /** The paper's core themes and the ones it ranks (the codebook's `level: core` and `study: ranked_themes`). */
  paperThemes: { coreThemes: string[]; rankedThemes: string[] };
  /** The coding guide's stance weights (the codebook's `study: stance`). */
  stance: StanceWeights;
}

/**
 * The context of a chapter: the card named by `WORKBOOK_CORPUS` (or `name`) and the project's codebook.
 *
 * @example chapterContext().card.name // "ungdc-kosovo"
 */
export function chapterContext(name: string = currentCardName()): ChapterContext {
  const codebook = loadCodebook();
  return {
    card: loadCard(name),
    codebook,
    themes: themeKeys(codebook),
    paperThemes: { coreThemes: coreThemes(codebook), rankedThemes: rankedThemes(codebook) },
    stance: stanceWeights(codebook),
  };
}

/** Chapter 06's view of a corpus: what is coded, over which years, in which periods. */
export interface TimeView {
  card: CorpusCard;
  years: [number, number];
  /** The units of the window, and their coding with the project's (Kosovo) codebook. */
  units: Unit[];
  kosovo: CodedCorpus;
  /** The rows the chapter follows: coded with the card's time codebook (the Kosovo one unless it names another). */
  rows: CodedRow[];
  /** The coded units behind `rows` (their evidence). */
  coded: CodedUnit[];
  /** Whether the card codes time with its own codebook (e.g. general principles), not the Kosovo one. */
  ownCodebook: boolean;
  themes: string[];
  periods: Period[];
  /** The periods to shade on timelines: the card's own periods (none when the periods are decades). */
  shaded: Period[];
  /** A second window for the trend test, when the card names one. */
  also?: [number, number];
  /** Words of each unit, by unit id. */
  words: Map<string, number>;
}

/**
 * Codes a card's corpus for chapter 06 as its `analysis.time` settings say.
 *
 * @example timeView(loadCard("ungdc-kosovo")).years // [1989, 2024]
 */
export function timeView(card: CorpusCard): TimeView {
  const t = card.analysis.time;
  const years = t.years ?? card.filters.years;
  const kosovo = codeCorpus(card, { years });
  const own = t.codebook ? loadCodebook(path.join(projectRoot(), t.codebook)) : null;
  const ownCoding = own ? codeCorpus(card, { years, codebook: own, mode: "sentence" }) : kosovo;
  const codebookThemes = themeKeys(own ?? loadCodebook());
  const themes = t.themes ? t.themes.filter((k) => codebookThemes.includes(k)) : codebookThemes;
  const periods = t.periods === "decades" ? decades(years[0], years[1]) : card.periods;
  const view: TimeView = {
    card,
    years,
    units: kosovo.units,
    kosovo,
    rows: ownCoding.rows,
    coded: ownCoding.coded,
    ownCodebook: own !== null,
    themes,
    periods,
    shaded: t.periods === "decades" ? [] : periods,
    words: new Map(kosovo.units.map((u) => [u.textId, u.words])),
  };
  if (t.also) view.also = t.also;
  return view;
}

/** Chapter 08's view: the corpus whose speakers are compared, its windows, and China's own corpus. */
export interface CompareView {
  /** The card whose speakers are compared (the card's `analysis.compare.corpus`, or the card itself). */
  card: CorpusCard;
  windows: Array<{ label: string; years: [number, number] }>;
  /** The corpus of China's own speeches, when the card names one. */
  china?: string;
  /** The Security Council corpus whose Kosovo meetings are compared (see `councilView`), when the card names one. */
  council?: string;
}

/**
 * The chapter functions that read a card's `analysis.compare` settings (and so the cards they name): the
 * preflight (scripts/preflight.ts) checks those cards' data before a chapter that calls one of them runs.
 * test/chapter/compare-readers.test.ts checks that every function of lib/chapter that calls `compareView` is here.
 */
export const COMPARE_READERS: readonly string[] = ["compareView", "speakerComparison"];

/**
 * Chapter 08's view of a card, as its `analysis.compare` settings say.
 *
 * @example compareView(loadCard("china-ungdc")).card.name // "ungdc-kosovo"
 */
export function compareView(card: CorpusCard): CompareView {
  const c = card.analysis.compare;
  const target = c.corpus ? loadCard(c.corpus) : card;
  const windows = (c.windows.length ? c.windows : [target.filters.years]).map((years) => ({
    label: `${years[0]}–${years[1]}`,
    years,
  }));
  const view: CompareView = { card: target, windows };
  if (c.china) view.china = c.china;
  if (c.council) view.council = c.council;
  return view;
}

/** Chapter 08's view of the Security Council: China beside the other speakers at the same Kosovo meetings. */
export interface CouncilView {
  /** The Council card the card's `analysis.compare.council` names; null when it names none. */
  card: CorpusCard | null;
  /** Why there is nothing to compare, in one line (with how to get the download); null when there is. */
  missing: string | null;
  /** The years read (the Council card's) as a window. */
  window: { label: string; years: [number, number] };
  /** Meetings of the card in those years, and those at which China spoke. */
  meetings: { all: number; withChina: string[] };
  /** The speeches at the meetings where China spoke, in date order, coded with the project's codebook. */
  texts: Text[];
  coding: CodingRun | null;
  /** The groups compared, in table order, and a speech's (or row's) group. */
  groups: readonly CouncilGroup[];
  groupOf: (x: { country: string }) => CouncilGroup;
}

/**
 * The Security Council comparison of chapter 08, as the card's `analysis.compare.council` says: every speech
 * at the Council's Kosovo meetings where China spoke, coded in the Council card's scope mode, with the groups
 * (China, the other permanent members, Serbia, Kosovo, the others). When the download is not there, `missing`
 * is the one line that says where it was looked for and how to get it (no error: the rest of the chapter runs).
 *
 * @example councilView(loadCard("ungdc-kosovo")).missing
 *   // '../shared/corpora/unsc-speeches: the UNSC Meetings and Speeches download that corpus "unsc-kosovo" reads is
 *   //  not there (no such folder) — download it from doi:10.7910/DVN/CKPTRB (…), or set UNSC_SPEECHES_DIR …'
 */
export function councilView(card: CorpusCard, codebook: Codebook = loadCodebook()): CouncilView {
  const name = card.analysis.compare.council;
  const council = name ? loadCard(name) : null;
  const years = council ? council.filters.years : card.filters.years;
  const view: CouncilView = {
    card: council,
    missing: null,
    window: { label: `${years[0]}–${years[1]}`, years },
    meetings: { all: 0, withChina: [] },
    texts: [],
    coding: null,
    groups: COUNCIL_GROUPS,
    groupOf: (x) => councilGroup(x.country),
  };
  if (!council) {
    view.missing =
      `${card.file}: the card names no Security Council corpus to compare — ` +
      "add `council: unsc-kosovo` under `analysis.compare`";
    return view;
  }
  view.missing = missingSourceLine(council);
  if (view.missing) return view;
  const all = loadTexts(council);
  view.texts = sameMeetingsAsChina(all);
  view.meetings = {
    all: new Set(all.map(meetingOf).filter((m) => m !== "")).size,
    withChina: [...new Set(view.texts.map(meetingOf))],
  };
  const units = unitsOfTexts(council, view.texts);
  view.coding = codeUnitsToRows(units, { codebook, mode: defaultScopeMode(council) });
  return view;
}
