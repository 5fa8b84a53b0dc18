/**
 * What a chapter works on, read once from the current corpus card: the card, the codebook, and each
 * chapter's view of the corpus as the card's `analysis:` settings describe it — so that the notebooks
 * never branch on a card's name.
 *
 *   chapterContext()    the card (WORKBOOK_CORPUS), the codebook, its themes, the empty-corpus note
 *   timeView(card)      chapter 06: the window, the coded rows, the themes, the periods
 *   compareView(card)   chapter 08: the corpus whose speakers are compared, its windows, China's corpus
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
import { type CodedCorpus, codeCorpus } from "../workflow";
import { type CodedRow, type CodedUnit, type Period, projectRoot, type Unit } from "../core";
import { type CorpusCard, currentCardName, loadCard } from "../corpus";
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
}

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
  return view;
}
