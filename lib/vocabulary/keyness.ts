/**
 * Keyness between two sets of texts: for every word, log-likelihood G² (Dunning 1993, full 2×2 table; or the
 * two-cell form of the UCREL calculator), Pearson's χ² (optionally with Yates' correction), their p-values and
 * Hardie's Log Ratio (the statistics are in `lib/stats`); and the most distinctive words of each speaker group.
 */
import { byCodeUnit } from "../core";
import type { Unit } from "../core";
import { type LogLikelihoodForm, chiSquareTable, logLikelihood, logRatio, pChiSquare1 } from "../stats";
import { type FrequencyList, frequencyList, mergeFrequencyLists } from "./frequency";
import type { Tokenizer } from "./terms";

/** One word of a keyness table. */
export interface KeynessRow {
  term: string;
  freqA: number;
  freqB: number;
  /** Frequency per 10,000 words. */
  per10kA: number;
  per10kB: number;
  /** Where the word is relatively more frequent: "A", "B", or "=" when equal. */
  keyFor: "A" | "B" | "=";
  g2: number;
  /** p of G² (χ², 1 df). */
  p: number;
  chi2: number;
  chi2P: number;
  logRatio: number;
}

/** Options of {@link keyness}. */
export interface KeynessOptions {
  /** Minimum frequency in A and B together (default 5). */
  minFreq?: number;
  /** Words left out of the table (they still count in the corpus sizes). */
  stopwords?: Iterable<string>;
  /** Log-likelihood form (default "full"). */
  form?: LogLikelihoodForm;
  /** Yates' correction for χ² (default false). */
  yates?: boolean;
  /** Keep only rows with p below alpha (default: keep all). */
  alpha?: number;
  /** Leave out words with no letter — numbers, page and document numbers of the records (default true). */
  lettersOnly?: boolean;
}

/** The keyness row of one word with frequencies fa in A and fb in B. */
function keynessRow(term: string, fa: number, fb: number, a: FrequencyList, b: FrequencyList, o: KeynessOptions) {
  const g2 = logLikelihood(fa, fb, a.total, b.total, o.form ?? "full");
  const chi2 = chiSquareTable(fa, fb, a.total - fa, b.total - fb, o.yates ?? false);
  const ra = a.total ? fa / a.total : 0;
  const rb = b.total ? fb / b.total : 0;
  const row: KeynessRow = {
    term,
    freqA: fa,
    freqB: fb,
    per10kA: ra * 10000,
    per10kB: rb * 10000,
    keyFor: ra > rb ? "A" : rb > ra ? "B" : "=",
    g2,
    p: pChiSquare1(g2),
    chi2,
    chi2P: pChiSquare1(chi2),
    logRatio: logRatio(fa, fb, a.total, b.total),
  };
  return row;
}

/**
 * Keyness of every word between two frequency lists, sorted by G² (largest first, then by word). Use
 * {@link topKeywords} for the top terms of each side.
 *
 * @example
 * const options = { minFreq: 5, stopwords: ENGLISH_STOPWORDS };
 * const rows = keyness(frequencyList(early, tokenize), frequencyList(late, tokenize), options);
 * rows[0] // ungdc-kosovo, 2008–2011 vs 2021–2024:
 * // { term: "metohija", freqA: 3, freqB: 19, keyFor: "B", g2: 24.44, … }
 */
export function keyness(a: FrequencyList, b: FrequencyList, options: KeynessOptions = {}): KeynessRow[] {
  const minFreq = options.minFreq ?? 5;
  const stop = new Set(options.stopwords ?? []);
  const lettersOnly = options.lettersOnly ?? true;
  const words = new Set<string>([...a.counts.keys(), ...b.counts.keys()]);
  const rows: KeynessRow[] = [];
  for (const term of words) {
    if (stop.has(term)) continue;
    if (lettersOnly && !/\p{L}/u.test(term)) continue;
    const fa = a.counts.get(term) ?? 0;
    const fb = b.counts.get(term) ?? 0;
    if (fa + fb < minFreq) continue;
    const row = keynessRow(term, fa, fb, a, b, options);
    if (options.alpha !== undefined && !(row.p < options.alpha)) continue;
    rows.push(row);
  }
  return rows.sort((x, y) => y.g2 - x.g2 || byCodeUnit(x.term, y.term));
}

/**
 * The `n` most key words of one side (by G²), e.g. the top 15 of the later period.
 *
 * @example topKeywords(rows, "B", 15)
 */
export function topKeywords<R extends KeynessRow>(rows: R[], side: "A" | "B", n: number): R[] {
  return rows.filter((r) => r.keyFor === side).slice(0, n);
}

/** One distinctive word of a group, against all other groups together. */
export interface GroupKeyword extends KeynessRow {
  group: string;
  /** Units and word tokens of the group (A) and of the rest (B): the sizes behind the figures. */
  units: number;
  words: number;
  restUnits: number;
  restWords: number;
}

/** Options of {@link keynessByGroup}. */
export interface GroupKeynessOptions extends KeynessOptions {
  /** Words per group (default 10). */
  top?: number;
  /** Maps a token's norm to the counted form (e.g. `stripPossessive`). */
  normalize?: (norm: string) => string;
}

/**
 * The most distinctive words of each group: keyness of the group's units (A) against every other group's units
 * (B), top `top` words that are key for the group, groups sorted. A group with few words will have few or no key
 * words — the sizes are in each row.
 *
 * @example
 * keynessByGroup(units, (u) => groupOf(u.country, u.year), tokenize,
 *                { top: 6, minFreq: 4, stopwords: ENGLISH_STOPWORDS, normalize: stripPossessive })
 * // ungdc-kosovo 2008–2024, top word of Albania:
 * // { group: "albania", term: "albania", freqA: 38, freqB: 1, g2: 86.75, units: 17, words: 6937, … }
 */
export function keynessByGroup(
  units: Unit[],
  groupOf: (u: Unit) => string,
  tokenize: Tokenizer,
  options: GroupKeynessOptions = {},
): GroupKeyword[] {
  const top = options.top ?? 10;
  const normalize = options.normalize ?? ((n: string) => n);
  const byGroup = new Map<string, Unit[]>();
  for (const u of units) {
    const g = groupOf(u);
    const list = byGroup.get(g);
    if (list) list.push(u);
    else byGroup.set(g, [u]);
  }
  const lists = new Map<string, FrequencyList>();
  for (const [g, us] of byGroup)
    lists.set(
      g,
      frequencyList(
        us.map((u) => u.body),
        tokenize,
        normalize,
      ),
    );
  const out: GroupKeyword[] = [];
  for (const g of [...byGroup.keys()].sort(byCodeUnit)) {
    const a = lists.get(g)!;
    const rest = mergeFrequencyLists([...lists].filter(([h]) => h !== g).map(([, l]) => l));
    const size = byGroup.get(g)!.length;
    for (const r of topKeywords(keyness(a, rest, options), "A", top))
      out.push({ ...r, group: g, units: size, words: a.total, restUnits: units.length - size, restWords: rest.total });
  }
  return out;
}
