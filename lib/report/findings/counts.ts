/**
 * The findings of chapter 05 (counts): which corpus the report ran on and how it differs from the paper's, and the
 * hierarchy of themes beside the paper's. Computed with the calls chapter 05 makes, on the same card and codebook.
 */
import { loadCodebook, rankedThemes, themeKeys } from "../../codebook";
import { chapterContext } from "../../chapter";
import { codeCorpus } from "../../workflow";
import { type CorpusCard, loadCard } from "../../corpus";
import { countThemes, hierarchy, loadPaperFigures, paperVsCorpus } from "../../counts";
import { comparisonRows, countsRows, formatShare } from "../../tables/counts";
import { claimsIn, type Finding, joinParts, type Sentence, sentence } from "./claims";
import { speakersCard } from "./silences";

const CHAPTER = "05-counts";

/** Which corpus a report ran on, in sentences with their numbers. */
export interface CorpusStatement {
  card: string;
  title: string;
  /** Units coded (0: the corpus has no texts yet). */
  units: number;
  sentences: Sentence[];
}

/** What chapter 05 computes, once, for its findings. */
interface Counted {
  card: CorpusCard;
  units: number;
  mode: string;
  themes: string[];
  rows: ReturnType<typeof codeCorpus>["rows"];
}

function counted(cardName: string): Counted {
  const card = loadCard(cardName);
  const codebook = loadCodebook();
  const { mode, rows } = codeCorpus(card, { codebook });
  return { card, units: rows.length, mode, themes: themeKeys(codebook), rows };
}

/** The paper-vs-corpus comparison of chapter 05's third section (share of units). */
function comparison(c: Counted) {
  const counts = countThemes(c.rows, c.themes);
  const sameCorpus = c.card.analysis.counts.paper === "same";
  const { paperThemes } = chapterContext(c.card.name);
  return paperVsCorpus(loadPaperFigures(), counts, { ...paperThemes, corpus: c.card.name, sameCorpus });
}

/**
 * The corpus statement: the card, its units and how they were coded (chapter 05's first cell), and how it differs
 * from the paper's corpus (the label and caveat of chapter 05's comparison).
 *
 * @example corpusStatement("ungdc-kosovo").units // 99
 */
export function corpusStatement(cardName: string): CorpusStatement {
  const c = counted(cardName);
  const at = claimsIn(CHAPTER, "finding-corpus");
  const unitKind = c.card.unit === "whole" ? "whole texts" : "Kosovo passages";
  const years = c.card.filters.years.join("–");
  const speakers = speakersCard(c.card.name);
  const others = c.card.name === speakers ? "" : ` Chapters 07 and 08 read ${speakers}: their findings are on it.`;
  const first = sentence`This report ran on the corpus ${at(c.card.name)} — ${c.card.title}: ${at(`${c.units} units`)} \
(${unitKind}, ${years}), coded by the workbook's dictionary coder in ${c.mode} mode with ${c.themes.length} \
themes.${others}`;
  if (c.units === 0) {
    const empty = sentence`The corpus has no texts yet, so the findings below that need coded units are missing; \
fill it first (chapter 00 says how).`;
    return { card: c.card.name, title: c.card.title, units: 0, sentences: [first, empty] };
  }
  const cmp = comparison(c);
  const on = claimsIn(CHAPTER, "finding-paper-order");
  const differs = sentence`How it differs from the paper's: ${on(cmp.label)}. ${cmp.caveat}`;
  return { card: c.card.name, title: c.card.title, units: c.units, sentences: [first, differs] };
}

/**
 * The hierarchy of themes beside the paper's: the most frequent themes by presence, the paper's order of its five
 * ranked themes and this corpus's, and their rank correlations — as chapter 05 shows them.
 *
 * @example hierarchyFinding("ungdc-kosovo").chart // "05-paper-vs-corpus"
 */
export function hierarchyFinding(cardName: string): Finding {
  const c = counted(cardName);
  const title = "The hierarchy of themes, beside the paper's";
  const at = claimsIn(CHAPTER, "finding-hierarchy");
  if (c.units === 0) {
    return {
      key: "hierarchy",
      title,
      cell: at("").cell,
      sentences: [sentence`No coded corpus: chapter 05 shows the paper's own figures alone.`],
      chart: "05-hierarchy",
    };
  }
  const ranked = hierarchy(countThemes(c.rows, c.themes), "present");
  const table = countsRows(ranked);
  const [top, ...rest] = ranked;
  const next = rest.slice(0, 2).map((r, i) => sentence`${at(r.theme)} (${at(String(table[i + 1].share), [r.theme])})`);
  const lead = sentence`The most frequent theme by presence is ${at(top.theme)}, in \
${at(`${top.present} of ${top.units} units (${formatShare(top.share)})`)}; then ${joinParts(next, ", ", " and ")}.`;
  const cmp = comparison(c);
  const rows = comparisonRows(cmp);
  const on = claimsIn(CHAPTER, "finding-paper-order");
  const ranked5 = rankedThemes(loadCodebook());
  const rankedRows = rows.filter((r) => ranked5.includes(String(r.theme)));
  const byRank = (col: string) =>
    [...rankedRows].sort((a, b) => Number(a[`${col} rank`]) - Number(b[`${col} rank`]) || 0);
  const paperOrder = byRank("paper").map(
    (r) => sentence`${String(r.theme)} (${on(String(r.paper), [String(r.theme)])})`,
  );
  const ourOrder = byRank("corpus").map(
    (r) => sentence`${String(r.theme)} (${on(String(r.corpus), [String(r.theme)])})`,
  );
  const fmt = (x: number | null) => (x === null ? "–" : x.toFixed(2));
  const order = sentence`The paper orders its five ranked themes ${joinParts(paperOrder, ", ")}; this corpus \
${joinParts(ourOrder, ", ")}. Rank agreement: ${on(`Spearman's ρ = ${fmt(cmp.spearman)}`)}, \
${on(`Kendall's τ-b = ${fmt(cmp.kendall)}`)} (1 = the same order).`;
  return {
    key: "hierarchy",
    title,
    cell: at("").cell,
    sentences: [lead, order],
    chart: "05-paper-vs-corpus",
    caveat: sentence`${on(cmp.label)}: compare the order of the themes, not their shares.`,
  };
}
