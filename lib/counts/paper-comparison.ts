/**
 * The paper's figures beside a corpus's counts: shares side by side, and the rank orders of the ranked themes
 * compared by Spearman's ρ and Kendall's τ-b, labelled as a comparison of the same or of different corpora.
 */
import { kendallTauB, ranksDescending, spearmanRho } from "../stats";
import { type PaperFigure, paperCounts } from "./paper-figures";
import type { ThemeCount } from "./themes";

/** One theme of the paper-vs-corpus table. */
export interface ComparisonRow {
  theme: string;
  paperPresent: number | null;
  paperUnits: number;
  paperShare: number | null;
  paperMentions: number | null;
  corpusPresent: number;
  corpusUnits: number;
  corpusShare: number | null;
  corpusMentions: number | null;
  /** Rank among the ranked themes (1 = most frequent, ties averaged); null for themes outside the ranking. */
  paperRank: number | null;
  corpusRank: number | null;
}

/** The paper's figures beside a corpus's counts, with the agreement of their rank orders. */
export interface PaperComparison {
  rows: ComparisonRow[];
  /** Which measure the ranks use: share of units ("present") or mention totals. */
  measure: "present" | "mentions";
  rankedThemes: string[];
  spearman: number | null;
  kendall: number | null;
  /** true only when the corpus is the paper's own 82-text study corpus. */
  sameCorpus: boolean;
  /** A one-line label a table or chart must carry. */
  label: string;
  /** What the comparison can and cannot say. */
  caveat: string;
}

/** Options of {@link paperVsCorpus}. */
export interface PaperVsCorpusOptions {
  /** The corpus's name, for the label (default "this corpus"). */
  corpus?: string;
  /** Set when the corpus is the paper's own study corpus. */
  sameCorpus?: boolean;
  /** Rank by share of units ("present", default) or by mention totals. */
  measure?: "present" | "mentions";
  /** The themes whose rank orders are compared (`rankedThemes(codebook)`: the paper's five). */
  rankedThemes: string[];
  /** The themes the paper reports, in table order (`coreThemes(codebook)`: the paper's five and the EU). */
  coreThemes: string[];
}

/** The paper's and the corpus's counts of each theme both have, core themes first. */
function comparisonRows(pc: ThemeCount[], corpusCounts: ThemeCount[], coreThemes: string[]): ComparisonRow[] {
  const themes = [...coreThemes, ...corpusCounts.map((c) => c.theme).filter((t) => !coreThemes.includes(t))];
  return themes
    .filter((t) => pc.some((p) => p.theme === t) && corpusCounts.some((c) => c.theme === t))
    .map((theme) => {
      const p = pc.find((x) => x.theme === theme) as ThemeCount;
      const c = corpusCounts.find((x) => x.theme === theme) as ThemeCount;
      return {
        theme,
        paperPresent: p.share === null ? null : p.present,
        paperUnits: p.units,
        paperShare: p.share,
        paperMentions: p.mentions,
        corpusPresent: c.present,
        corpusUnits: c.units,
        corpusShare: c.share,
        corpusMentions: c.mentions,
        paperRank: null,
        corpusRank: null,
      };
    });
}

/** What the comparison can say, for the same corpus (`paperUnits` loaded or not) or different corpora. */
function caveatOf(sameCorpus: boolean, units: number, paperUnits: number, ranked: number): string {
  if (sameCorpus)
    return units === paperUnits
      ? "Both columns count the same texts: differences are differences of coding."
      : `Only ${units} of the paper's ${paperUnits} texts are loaded: shares can be compared, counts cannot.`;
  const step = ranked > 1 ? (12 / (ranked * (ranked ** 2 - 1))).toFixed(2) : "n/a";
  return (
    "The two columns count different texts (different speakers, venues and unit of analysis), so the shares are not " +
    "estimates of one another. Only the order of the themes is compared, and with " +
    `${ranked} themes a rank correlation moves in large steps (one swap of neighbours changes ρ by ${step}).`
  );
}

/**
 * The paper's figures beside a corpus's counts: shares side by side, and the rank orders of the ranked themes
 * compared by Spearman's ρ and Kendall's τ-b. Unless `sameCorpus` is set (the study corpus is loaded), the result is
 * labelled as a comparison of *different corpora*: only the order of themes can be compared, never the levels.
 *
 * @example
 * const cmp = paperVsCorpus(loadPaperFigures(), countThemes(rows, themes), {
 *   corpus: "ungdc-kosovo", coreThemes: coreThemes(codebook), rankedThemes: rankedThemes(codebook) });
 * cmp.label    // "Different corpora: the paper's 82 Chinese official texts vs ungdc-kosovo (99 units)"
 * cmp.spearman // e.g. 0.9
 */
export function paperVsCorpus(
  paper: PaperFigure[],
  corpusCounts: ThemeCount[],
  opts: PaperVsCorpusOptions,
): PaperComparison {
  const measure = opts.measure ?? "present";
  const { rankedThemes, coreThemes } = opts;
  const pc = paperCounts(paper, coreThemes);
  const rows = comparisonRows(pc, corpusCounts, coreThemes);
  const ranked = rows.filter((r) => rankedThemes.includes(r.theme));
  const pv = ranked.map((r) => (measure === "present" ? (r.paperShare ?? 0) : (r.paperMentions ?? 0)));
  const cv = ranked.map((r) => (measure === "present" ? (r.corpusShare ?? 0) : (r.corpusMentions ?? 0)));
  const pr = ranksDescending(pv);
  const cr = ranksDescending(cv);
  ranked.forEach((r, i) => {
    r.paperRank = pr[i];
    r.corpusRank = cr[i];
  });
  const sameCorpus = opts.sameCorpus ?? false;
  const units = corpusCounts[0]?.units ?? 0;
  const corpus = opts.corpus ?? "this corpus";
  const label = sameCorpus
    ? `Same corpus: the paper's figures vs our coding of ${corpus} (${units} units)`
    : `Different corpora: the paper's 82 Chinese official texts vs ${corpus} (${units} units)`;
  return {
    rows,
    measure,
    rankedThemes: ranked.map((r) => r.theme),
    spearman: ranked.length >= 2 ? spearmanRho(pv, cv) : null,
    kendall: ranked.length >= 2 ? kendallTauB(pv, cv) : null,
    sameCorpus,
    label,
    caveat: caveatOf(sameCorpus, units, pc[0]?.units ?? 0, ranked.length),
  };
}
