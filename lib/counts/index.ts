/**
 * Stage 3 — counts: per theme, the units where it is present (and their share) and the total mentions;
 * the hierarchy of themes; breakdowns by any field (category, country group, period); the paper's
 * published figures as data, and a side-by-side comparison of the paper's figures with a corpus.
 *
 * Everything here is a plain function over `CodedRow[]` (see `lib/types.ts`).
 */
import * as fs from "fs";
import * as path from "path";
import { parse } from "csv-parse/sync";
import { CodedRow } from "../core";
import { InputError, Problem, ValidationError } from "../core";
import { projectRoot } from "../core";

/** The paper's five core themes plus the EU, in the coding guide's order. */
export const CORE_THEMES = ["sovereignty", "dialogue", "unilateral", "un_authority", "us_nato", "eu_antagonism"];

/** The five themes whose rank order the paper reports (the EU theme is 0 in the paper and is left out of ranks). */
export const RANKED_THEMES = ["sovereignty", "dialogue", "unilateral", "un_authority", "us_nato"];

/** Presence and mention totals of one theme over a set of units. */
export interface ThemeCount {
  theme: string;
  /** Units counted (the denominator of `share`). */
  units: number;
  /** Units where the theme is present. */
  present: number;
  /** present / units; null when there are no units. */
  share: number | null;
  /** Sentences expressing the theme, summed over the units; null when not known (a paper figure left blank). */
  mentions: number | null;
}

/** A {@link ThemeCount} for one value of a breakdown field (e.g. category "unsc", group "eu"). */
export interface BreakdownCount extends ThemeCount {
  key: string;
}

/** A theme in a hierarchy: its count and its rank (1 = most frequent; ties share the lowest rank number). */
export interface RankedThemeCount extends ThemeCount {
  rank: number;
}

/**
 * The theme keys present in the rows: core themes first (in the coding guide's order), then the rest sorted.
 *
 * @example themeKeys([{ codes: { minorities: ..., sovereignty: ... }, ... }]) // → ["sovereignty", "minorities"]
 */
export function themeKeys(rows: CodedRow[]): string[] {
  const seen = new Set<string>();
  for (const r of rows) for (const k of Object.keys(r.codes)) seen.add(k);
  const core = CORE_THEMES.filter((t) => seen.has(t));
  const rest = [...seen].filter((t) => !CORE_THEMES.includes(t)).sort();
  return [...core, ...rest];
}

/**
 * Per theme: units, units where present, share and mention total. A theme missing from a row's codes counts
 * as absent (0 presence, 0 mentions) for that row.
 *
 * @example
 * countThemes(rows, ["sovereignty"])
 * // → [{ theme: "sovereignty", units: 4, present: 3, share: 0.75, mentions: 5 }]
 */
export function countThemes(rows: CodedRow[], themes: string[] = themeKeys(rows)): ThemeCount[] {
  return themes.map((theme) => {
    let present = 0;
    let mentions = 0;
    for (const r of rows) {
      const c = r.codes[theme];
      if (!c) continue;
      present += c.present;
      mentions += c.mentions;
    }
    return { theme, units: rows.length, present, share: rows.length === 0 ? null : present / rows.length, mentions };
  });
}

/**
 * Sorts counts into the paper's "hierarchy of themes": by presence (or mentions), largest first; ties are broken
 * by the theme key so the order is stable, and share the same rank.
 *
 * @example hierarchy(countThemes(rows), "present").map((t) => `${t.rank}. ${t.theme}`)
 */
export function hierarchy(counts: ThemeCount[], by: "present" | "mentions" = "present"): RankedThemeCount[] {
  const value = (c: ThemeCount) => (by === "present" ? c.present : (c.mentions ?? -1));
  const sorted = [...counts].sort(
    (a, b) => value(b) - value(a) || (a.theme < b.theme ? -1 : a.theme > b.theme ? 1 : 0),
  );
  return sorted.map((c) => ({ ...c, rank: 1 + sorted.filter((o) => value(o) > value(c)).length }));
}

/** A field of a coded row to break counts down by, or a function giving the key of a row. */
export type KeyOf = "category" | "country" | "year" | "speaker" | ((row: CodedRow) => string | number);

/**
 * Counts per theme for each value of a field (category, country, year) or of a key function
 * (e.g. `groupKeyOf()` from `lib/groups.ts`). Keys are sorted (numbers numerically), themes keep their order.
 *
 * @example countBy(rows, "category", ["sovereignty"]).map((c) => [c.key, c.present, c.units])
 * // → [["leader", 1, 1], ["mfa", 2, 3], ["unsc", 5, 6]]
 */
export function countBy(rows: CodedRow[], keyOf: KeyOf, themes: string[] = themeKeys(rows)): BreakdownCount[] {
  const fn = typeof keyOf === "function" ? keyOf : (r: CodedRow) => r[keyOf] as string | number;
  const groups = new Map<string | number, CodedRow[]>();
  for (const r of rows) {
    const k = fn(r);
    const list = groups.get(k);
    if (list) list.push(r);
    else groups.set(k, [r]);
  }
  const keys = [...groups.keys()].sort((a, b) =>
    typeof a === "number" && typeof b === "number" ? a - b : String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0,
  );
  const out: BreakdownCount[] = [];
  for (const k of keys) for (const c of countThemes(groups.get(k) ?? [], themes)) out.push({ key: String(k), ...c });
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// The paper's published figures

/** One figure the paper publishes: a count of texts where a theme is present, or a mention total. */
export interface PaperFigure {
  measure: "texts" | "mentions";
  theme: string;
  /** The published number; null when the paper does not report one (never invented). */
  value: number | null;
  /** The number of texts the figure is out of. */
  of: number;
  /** Where in the paper (section, and line of the shared text file). */
  source: string;
  /** What the paper's wording says about the figure, and any inconsistency. */
  note: string;
  /** 1-based line in the CSV file. */
  line: number;
}

/** The default location of the paper's figures. */
export function paperFiguresPath(): string {
  return path.join(projectRoot(), "data", "paper-figures.csv");
}

const FIGURE_COLUMNS = ["measure", "theme", "value", "of", "source", "note"];

/**
 * Parses `data/paper-figures.csv`. An empty `value` means "not reported" and stays null.
 *
 * @example parsePaperFigures("measure,theme,value,of,source,note\ntexts,sovereignty,66,82,section 4,\n", "f.csv")[0].value // → 66
 */
export function parsePaperFigures(text: string, file: string): PaperFigure[] {
  let records: string[][];
  try {
    records = parse(text, { relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (e) {
    const err = e as { lines?: number; message: string };
    throw new InputError({
      file,
      line: err.lines,
      message: `not readable as CSV: ${err.message}`,
      fix: "check the quoting of that line",
    });
  }
  if (records.length === 0)
    throw new InputError({
      file,
      message: "the file is empty",
      fix: `write a header line: ${FIGURE_COLUMNS.join(",")}`,
    });
  const header = records[0].map((h) => h.trim());
  const missing = FIGURE_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0)
    throw new InputError({
      file,
      line: 1,
      message: `missing column(s) ${missing.join(", ")}`,
      fix: `the header must be: ${FIGURE_COLUMNS.join(",")}`,
    });
  const problems: Problem[] = [];
  const out: PaperFigure[] = [];
  records.slice(1).forEach((rec, i) => {
    const line = i + 2;
    const cell = (name: string) => (rec[header.indexOf(name)] ?? "").trim();
    const measure = cell("measure");
    if (measure !== "texts" && measure !== "mentions")
      problems.push({
        file,
        line,
        column: "measure",
        message: `unknown measure "${measure}"`,
        fix: 'write "texts" or "mentions"',
      });
    const v = cell("value");
    if (v !== "" && !/^\d+$/.test(v))
      problems.push({
        file,
        line,
        column: "value",
        message: `"${v}" is not a whole number`,
        fix: "write the published count, or leave it empty when the paper reports none",
      });
    const of = cell("of");
    if (!/^\d+$/.test(of))
      problems.push({
        file,
        line,
        column: "of",
        message: `"${of}" is not a whole number`,
        fix: "write the number of texts the figure is out of (82 for the paper)",
      });
    if (cell("source") === "")
      problems.push({
        file,
        line,
        column: "source",
        message: "no source",
        fix: "name the section of the paper the figure is from",
      });
    out.push({
      measure: measure as PaperFigure["measure"],
      theme: cell("theme"),
      value: v === "" ? null : Number(v),
      of: Number(of),
      source: cell("source"),
      note: cell("note"),
      line,
    });
  });
  const seen = new Map<string, number>();
  for (const f of out) {
    const k = `${f.measure}/${f.theme}`;
    if (seen.has(k))
      problems.push({
        file,
        line: f.line,
        column: "theme",
        message: `${k} is already on line ${seen.get(k)}`,
        fix: "keep one row per measure and theme",
      });
    else seen.set(k, f.line);
  }
  if (problems.length > 0) throw new ValidationError(file, problems);
  return out;
}

/**
 * Loads the paper's figures from `data/paper-figures.csv` (or `file`).
 *
 * @example loadPaperFigures().filter((f) => f.measure === "texts").map((f) => f.value) // → [66, 65, 22, 63, 15, 0]
 */
export function loadPaperFigures(file: string = paperFiguresPath()): PaperFigure[] {
  if (!fs.existsSync(file))
    throw new InputError({
      file,
      message: "the paper's figures are missing",
      fix: "restore data/paper-figures.csv from git",
    });
  return parsePaperFigures(fs.readFileSync(file, "utf8"), file);
}

/**
 * The paper's figures as theme counts (units = the texts the figures are out of), in the order of `themes`.
 *
 * @example paperCounts(loadPaperFigures())[0] // → { theme: "sovereignty", units: 82, present: 66, share: 0.8049, mentions: 132 }
 */
export function paperCounts(figures: PaperFigure[], themes: string[] = CORE_THEMES): ThemeCount[] {
  return themes.map((theme) => {
    const t = figures.find((f) => f.measure === "texts" && f.theme === theme);
    const m = figures.find((f) => f.measure === "mentions" && f.theme === theme);
    const units = t?.of ?? m?.of ?? 0;
    const present = t?.value ?? 0;
    return {
      theme,
      units,
      present,
      share: units === 0 || t?.value == null ? null : present / units,
      mentions: m?.value ?? null,
    };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Rank comparison

/**
 * Ranks of values, largest = 1; tied values get the mean of the ranks they span (the convention of Spearman's ρ).
 *
 * @example ranksDescending([66, 65, 22, 63, 15]) // → [1, 2, 4, 3, 5]
 */
export function ranksDescending(values: number[]): number[] {
  const order = values.map((v, i) => ({ v, i })).sort((a, b) => b.v - a.v);
  const ranks = new Array<number>(values.length);
  for (let s = 0; s < order.length; ) {
    let e = s;
    while (e + 1 < order.length && order[e + 1].v === order[s].v) e++;
    const mean = (s + 1 + (e + 1)) / 2;
    for (let k = s; k <= e; k++) ranks[order[k].i] = mean;
    s = e + 1;
  }
  return ranks;
}

function pearson(x: number[], y: number[]): number | null {
  const n = x.length;
  const mx = x.reduce((a, b) => a + b, 0) / n;
  const my = y.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
    syy += (y[i] - my) ** 2;
  }
  return sxx === 0 || syy === 0 ? null : sxy / Math.sqrt(sxx * syy);
}

/**
 * Spearman's ρ: the Pearson correlation of the (tie-averaged) ranks. null when either variable is constant.
 *
 * @example spearmanRho([1, 2, 3], [3, 2, 1]) // → -1
 */
export function spearmanRho(x: number[], y: number[]): number | null {
  if (x.length !== y.length) throw new Error("spearmanRho: x and y must have the same length");
  if (x.length < 2) return null;
  return pearson(ranksDescending(x), ranksDescending(y));
}

/**
 * Kendall's τ-b (ties corrected): (concordant − discordant) / √((n0 − n1)(n0 − n2)). null when a variable is constant.
 *
 * @example kendallTauB([1, 2, 3, 4], [1, 2, 4, 3]) // → 0.6667
 */
export function kendallTauB(x: number[], y: number[]): number | null {
  if (x.length !== y.length) throw new Error("kendallTauB: x and y must have the same length");
  const n = x.length;
  let s = 0;
  let tx = 0;
  let ty = 0;
  const pairs = (n * (n - 1)) / 2;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const dx = Math.sign(x[i] - x[j]);
      const dy = Math.sign(y[i] - y[j]);
      if (dx === 0) tx++;
      if (dy === 0) ty++;
      s += dx * dy;
    }
  }
  const denom = Math.sqrt((pairs - tx) * (pairs - ty));
  return denom === 0 ? null : s / denom;
}

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

/**
 * The paper's figures beside a corpus's counts: shares side by side, and the rank orders of the five core themes
 * compared by Spearman's ρ and Kendall's τ-b. Unless `sameCorpus` is set (the study corpus is loaded), the result is
 * labelled as a comparison of *different corpora*: only the order of themes can be compared, never the levels.
 *
 * @example
 * const cmp = paperVsCorpus(loadPaperFigures(), countThemes(rows), { corpus: "ungdc-kosovo" });
 * cmp.label    // → "Different corpora: the paper's 82 Chinese official texts vs ungdc-kosovo (99 units)"
 * cmp.spearman // → e.g. 0.9
 */
export function paperVsCorpus(
  paper: PaperFigure[],
  corpusCounts: ThemeCount[],
  opts: { corpus?: string; sameCorpus?: boolean; measure?: "present" | "mentions"; rankedThemes?: string[] } = {},
): PaperComparison {
  const measure = opts.measure ?? "present";
  const rankedThemes = opts.rankedThemes ?? RANKED_THEMES;
  const pc = paperCounts(paper, CORE_THEMES);
  const themes = [...CORE_THEMES, ...corpusCounts.map((c) => c.theme).filter((t) => !CORE_THEMES.includes(t))];
  const rows: ComparisonRow[] = themes
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
  const caveat = sameCorpus
    ? units === paperCounts(paper, CORE_THEMES)[0].units
      ? "Both columns count the same texts: differences are differences of coding."
      : `Only ${units} of the paper's ${paperCounts(paper, CORE_THEMES)[0].units} texts are loaded: shares can be compared, counts cannot.`
    : "The two columns count different texts (different speakers, venues and unit of analysis), so the shares are not " +
      "estimates of one another. Only the order of the themes is compared, and with " +
      `${ranked.length} themes a rank correlation moves in large steps (one swap of neighbours changes ρ by ${ranked.length > 1 ? (12 / (ranked.length * (ranked.length ** 2 - 1))).toFixed(2) : "n/a"}).`;
  return {
    rows,
    measure,
    rankedThemes: ranked.map((r) => r.theme),
    spearman: ranked.length >= 2 ? spearmanRho(pv, cv) : null,
    kendall: ranked.length >= 2 ? kendallTauB(pv, cv) : null,
    sameCorpus,
    label,
    caveat,
  };
}

/**
 * Formats a share as a percentage with one decimal ("80.5%"), or "–" when there are no units.
 *
 * @example formatShare(66 / 82) // → "80.5%"
 */
export function formatShare(share: number | null): string {
  return share === null ? "–" : `${(share * 100).toFixed(1)}%`;
}

// ---------------------------------------------------------------------------------------------------------------
// Shapes for tables and charts (no logic beyond formatting)

/**
 * Rows for `showTable`: theme, units, present, share (as a percentage), mentions.
 *
 * @example countsRows(countThemes(rows))[0] // → { theme: "sovereignty", units: 4, present: 3, share: "75.0%", mentions: 5 }
 */
export function countsRows(counts: ThemeCount[]): Array<Record<string, string | number>> {
  return counts.map((c) => ({
    theme: c.theme,
    units: c.units,
    present: c.present,
    share: formatShare(c.share),
    mentions: c.mentions === null ? "–" : c.mentions,
  }));
}

/**
 * Rows for `showTable` from a breakdown: one row per key and theme, "present / units (share)".
 *
 * @example breakdownRows(countBy(rows, "category"))[0] // → { key: "leader", theme: "sovereignty", present: "0 / 1", share: "0.0%", mentions: 0 }
 */
export function breakdownRows(counts: BreakdownCount[]): Array<Record<string, string | number>> {
  return counts.map((c) => ({
    key: c.key,
    theme: c.theme,
    present: `${c.present} / ${c.units}`,
    share: formatShare(c.share),
    mentions: c.mentions ?? "–",
  }));
}

/**
 * Counts in the shape of the hierarchy chart (`hierarchyBars` in `lib/charts.ts`): { theme, presence, mentions }.
 *
 * @example chartCounts(countThemes(rows))[0] // → { theme: "sovereignty", presence: 3, mentions: 5 }
 */
export function chartCounts(counts: ThemeCount[]): Array<{ theme: string; presence: number; mentions: number }> {
  return counts.map((c) => ({ theme: c.theme, presence: c.present, mentions: c.mentions ?? 0 }));
}

/**
 * Rows for `showTable` from {@link paperVsCorpus}: both shares, both mention totals, both ranks.
 *
 * @example comparisonRows(cmp)[0] // → { theme: "sovereignty", paper: "66 / 82 (80.5%)", corpus: "…", paper rank: 1, corpus rank: 1, … }
 */
export function comparisonRows(cmp: PaperComparison): Array<Record<string, string | number>> {
  return cmp.rows.map((r) => ({
    theme: r.theme,
    paper: r.paperPresent === null ? "–" : `${r.paperPresent} / ${r.paperUnits} (${formatShare(r.paperShare)})`,
    corpus: `${r.corpusPresent} / ${r.corpusUnits} (${formatShare(r.corpusShare)})`,
    "paper mentions": r.paperMentions ?? "–",
    "corpus mentions": r.corpusMentions ?? "–",
    "paper rank": r.paperRank ?? "–",
    "corpus rank": r.corpusRank ?? "–",
  }));
}

/**
 * Grouped bars (the `barChart` of `lib/charts.ts`): the paper's share and the corpus's share per theme.
 *
 * @example comparisonBars(cmp, "ungdc-kosovo").slice(0, 2) // → [{ label: "sovereignty", value: 0.805, group: "paper (82 texts)" }, …]
 */
export function comparisonBars(
  cmp: PaperComparison,
  corpus: string,
): Array<{ label: string; value: number; group: string }> {
  const out: Array<{ label: string; value: number; group: string }> = [];
  for (const r of cmp.rows) {
    if (r.paperShare !== null)
      out.push({ label: r.theme, value: r.paperShare, group: `paper (${r.paperUnits} texts)` });
    if (r.corpusShare !== null)
      out.push({ label: r.theme, value: r.corpusShare, group: `${corpus} (${r.corpusUnits} units)` });
  }
  return out;
}
