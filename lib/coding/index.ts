/**
 * The dictionary coder: codes units for the codebook's themes and vocabulary lists, with evidence.
 *
 *   const compiled = compileCodebook(loadCodebook());          // once
 *   const coded = codeUnits(compiled, units);                  // CodedUnit per unit
 *   writeFileAtomic(out, codingCsv(toCodedRows(units, coded), compiled.themeKeys));
 *
 * How a unit is scanned (time linear in its length, memory bounded by a chunk, not the text):
 * 0. Sentence mode: nothing can count without an anchor term or a scope-"any" phrase, so a
 *    `RunFinder` first looks for one letter run of each (native `indexOf` of a rare letter, then
 *    a check around each hit): most General Debate speeches stop here, never copied or folded.
 * 1. A quick pass over the characters looks up each word in a hash table of the words the
 *    codebook's phrases need. When no pattern can have all its words in the unit (and, in
 *    sentence mode, no anchor term is there for the scope-"kosovo" themes), the unit is done:
 *    most General Debate speeches never mention Kosovo.
 * 2. Otherwise the unit is cut into chunks at whitespace, each chunk split into sentences
 *    (`splitSentences`, the last one carried over to the next chunk so that sentences are
 *    exactly those of the whole text), each sentence tokenised (`tokenize`) and walked through
 *    a token trie holding every phrase of the codebook (multi-word phrases and prefix
 *    wildcards are trie paths; a word also matches without its possessive "'s").
 * 3. Per sentence the hits make patterns fire (phrases; near: pairs within N words), `unless`
 *    and theme `veto` patterns cancel them, and the "about Kosovo" rule (codebook
 *    `about_kosovo`) decides whether a scope-"kosovo" theme may count the sentence.
 * A sentence counts once per theme however many patterns fire; every pattern that fired is
 * kept as evidence.
 */
import { stringify } from "csv-stringify/sync";
import type { CodedRow, CodedUnit, Evidence, ThemeCode, Unit } from "../core";
import type { Alternatives, Codebook, Pattern, Scope } from "../codebook";
import { loadCodebook } from "../codebook";
import { loadCard, loadUnits } from "../corpus";
import type { CorpusCard } from "../corpus";
import { normalizeForMatch, splitSentences, stripPossessive, tokenize } from "../units";
import type { Token } from "../units";

/**
 * "sentence": multi-topic texts (General Debate speeches, Kosovo passages): a scope-"kosovo"
 * theme counts a sentence only when the sentence is about Kosovo (codebook `about_kosovo`).
 * "unit": every sentence of the unit is about Kosovo (the study corpus's statements).
 */
export type ScopeMode = "sentence" | "unit";

export interface CompileOptions {
  /** Default "sentence". */
  mode?: ScopeMode;
  /** Characters per chunk when streaming a long unit (default 65536; tests use small values). */
  chunkSize?: number;
  /**
   * Skip the prefilters and tokenise every sentence (slow; the reference the fast path is checked
   * against in the tests and by `npm run bench -- --check`). Default false.
   */
  exhaustive?: boolean;
}

/** A phrase compiled to normalised tokens. */
interface TermToken {
  norm: string;
  prefix: boolean;
}

interface CompiledAlternatives {
  source: string;
  terms: number[];
}

interface CompiledPattern {
  kind: "phrase" | "near";
  source: string;
  first: CompiledAlternatives;
  second: CompiledAlternatives | null;
  within: number;
  ordered: boolean;
  unless: CompiledPattern[];
}

/** Who is coded: a theme or a vocabulary list. */
interface Owner {
  key: string;
  isTheme: boolean;
  scope: Scope;
  patterns: CompiledPattern[];
  veto: CompiledPattern[];
  /** Terms of which at least one must be in a sentence for a pattern to fire. */
  triggers: number[];
}

interface TrieNode {
  exact: Map<string, TrieNode>;
  /** Prefix edges by their first three characters. */
  prefix: Map<string, Array<{ stem: string; node: TrieNode }>>;
  terms: number[];
}

/** A codebook ready for coding: built once by `compileCodebook`. */
export interface CompiledCodebook {
  codebook: Codebook;
  mode: ScopeMode;
  chunkSize: number;
  themeKeys: string[];
  vocabularyKeys: string[];
  exhaustive: boolean;
  /** @internal */
  owners: Owner[];
  /** @internal */
  anchors: CompiledPattern[];
  /** @internal */
  otherTopics: CompiledPattern[];
  /** @internal */
  window: number;
  /** @internal */
  trie: TrieNode;
  /** @internal the tokens of each term */
  termTokens: TermToken[][];
  /** @internal prefilter: word keys each term needs */
  termKeys: number[][];
  /** @internal */
  prefilter: Prefilter;
  /** @internal per term: its letter runs (ASCII) for a substring pre-check, or null when it has other letters */
  termRuns: Array<string[] | null>;
  /** @internal sentence mode: one run of each anchor and scope-"any" phrase, found in one pass */
  quick: { re: RegExp; chosen: Map<number, string>; inside: Set<string>; finder: RunFinder } | null;
}

// ---------------------------------------------------------------------------
// Compilation

function newNode(): TrieNode {
  return { exact: new Map(), prefix: new Map(), terms: [] };
}

/**
 * Compiles a codebook into a token trie and pattern tables. Do it once per run.
 *
 * @example const compiled = compileCodebook(loadCodebook(), { mode: "unit" });
 */
export function compileCodebook(codebook: Codebook, opts: CompileOptions = {}): CompiledCodebook {
  const termIndex = new Map<string, number>();
  const termTokens: TermToken[][] = [];
  const trie = newNode();
  const prefilter = newPrefilter();
  const termKeys: number[][] = [];

  const termOf = (words: Array<{ word: string; prefix: boolean }>): number => {
    const toks: TermToken[] = [];
    for (const w of words) {
      const ts = tokenize(w.word);
      ts.forEach((t, i) => toks.push({ norm: t.norm, prefix: w.prefix && i === ts.length - 1 }));
    }
    const id = toks.map((t) => t.norm + (t.prefix ? "*" : "")).join(" ");
    const known = termIndex.get(id);
    if (known !== undefined) return known;
    const n = termTokens.length;
    termIndex.set(id, n);
    termTokens.push(toks);
    termKeys.push(toks.map((t) => prefilterKey(prefilter, t)));
    let node = trie;
    for (const t of toks) {
      if (t.prefix) {
        const k3 = t.norm.slice(0, 3);
        let list = node.prefix.get(k3);
        if (!list) node.prefix.set(k3, (list = []));
        let edge = list.find((e) => e.stem === t.norm);
        if (!edge) list.push((edge = { stem: t.norm, node: newNode() }));
        node = edge.node;
      } else {
        let next = node.exact.get(t.norm);
        if (!next) node.exact.set(t.norm, (next = newNode()));
        node = next;
      }
    }
    node.terms.push(n);
    return n;
  };
  const alts = (a: Alternatives): CompiledAlternatives => ({
    source: a.source,
    terms: [...new Set(a.phrases.map((p) => termOf(p.words)))],
  });
  const pattern = (p: Pattern): CompiledPattern =>
    p.kind === "phrase"
      ? {
          kind: "phrase",
          source: p.source,
          first: alts(p.terms),
          second: null,
          within: 0,
          ordered: false,
          unless: p.unless.map(pattern),
        }
      : {
          kind: "near",
          source: p.source,
          first: alts(p.first),
          second: alts(p.second),
          within: p.within,
          ordered: p.ordered,
          unless: p.unless.map(pattern),
        };

  const owner = (key: string, isTheme: boolean, scope: Scope, ps: Pattern[], veto: Pattern[]): Owner => {
    const patterns = ps.map(pattern);
    return {
      key,
      isTheme,
      scope,
      patterns,
      veto: veto.map(pattern),
      triggers: [...new Set(patterns.flatMap((p) => p.first.terms))],
    };
  };
  const owners: Owner[] = [
    ...codebook.themes.map((t) => owner(t.key, true, t.scope, t.patterns, t.veto)),
    ...codebook.vocabulary.map((v) => owner(v.key, false, v.scope, v.patterns, v.veto)),
  ];
  const anchors = codebook.aboutKosovo.anchors.map(pattern);
  const otherTopics = codebook.aboutKosovo.otherTopics.map(pattern);
  const termRuns = termTokens.map((toks) => {
    const runs = toks.flatMap((t) => t.norm.split(/[^a-z0-9]+/).filter((r) => r !== ""));
    if (toks.some((t) => /[^\x00-\x7F]/.test(t.norm)) || runs.length === 0) return null;
    return [...new Set(runs)].sort((a, b) => b.length - a.length);
  });
  // Sentence mode: a scope-"kosovo" pattern needs an anchor in the text, a scope-"any" pattern its
  // own words. One letter run of each such phrase (a run of an anchor when it has one, else its
  // longest) goes into one alternation of plain letters, longest first (a few dozen literals, no
  // nesting: no backtracking blow-up); the runs it finds in a text decide most texts at once.
  const anchorRuns = new Set(anchors.flatMap((p) => p.first.terms.flatMap((t) => termRuns[t] ?? [])));
  const neededTerms = [...anchors, ...owners.filter((o) => o.scope === "any").flatMap((o) => o.patterns)].flatMap(
    (p) => p.first.terms,
  );
  const chosen = new Map<number, string>();
  for (const t of neededTerms) {
    const runs = termRuns[t];
    if (runs) chosen.set(t, runs.find((r) => anchorRuns.has(r)) ?? runs[0]);
  }
  // The run finder (the first test of every text) takes one run per needed term too, the cheapest
  // to look for: one already needed on its own when the term has it ("Belgrade-Pristina" adds
  // nothing to "pristina"), else the run with the rarest letter ("provisional", not "institutions").
  const singles = neededTerms.flatMap((t) => (termRuns[t]?.length === 1 ? (termRuns[t] as string[]) : []));
  const finderRuns = neededTerms.map((t) => {
    const runs = termRuns[t] ?? [];
    return (
      runs.find((r) => singles.some((s) => r.includes(s))) ??
      [...runs].sort((a, b) => rarity(a) - rarity(b) || b.length - a.length || (a < b ? -1 : 1))[0]
    );
  });
  const quickRuns = [...new Set(chosen.values())].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const quick =
    (opts.mode ?? "sentence") === "sentence" && !opts.exhaustive && neededTerms.every((t) => chosen.has(t))
      ? {
          re: new RegExp(quickRuns.join("|"), "g"),
          chosen,
          inside: new Set(quickRuns.filter((r) => quickRuns.some((q) => q !== r && q.includes(r)))),
          finder: newRunFinder(
            finderRuns,
            neededTerms.flatMap((t) => termTokens[t]),
          ),
        }
      : null;
  return {
    codebook,
    mode: opts.mode ?? "sentence",
    chunkSize: opts.chunkSize ?? 65536,
    exhaustive: opts.exhaustive === true,
    themeKeys: codebook.themes.map((t) => t.key),
    vocabularyKeys: codebook.vocabulary.map((v) => v.key),
    owners,
    anchors,
    otherTopics,
    window: codebook.aboutKosovo.window,
    trie,
    termTokens,
    termKeys,
    prefilter,
    termRuns,
    quick,
  };
}

// ---------------------------------------------------------------------------
// Run finder: does one of a few letter runs occur in a text once it is folded? In sentence mode
// every text is asked this first (no anchor and no scope-"any" phrase in it: nothing can count),
// so it must be cheap on the many texts that never mention Kosovo. Measured on the General Debate
// corpus, anything that visits every character from JavaScript or makes a copy (a loop over
// charCodeAt, toLowerCase, normalizeForMatch, a regex alternation or character class) costs
// 1.5–5 ns a character, while a native `indexOf` of one character runs at memchr speed, ~0.15 ns.
// So each run gets a "pivot", a rare letter of it; the finder looks up the pivot's ASCII cases
// with `indexOf` and checks the run around each hit, folding character by character as
// `normalizeForMatch` does. A pivot may also be written as a non-ASCII letter that folds to it
// (ķ for k): a look-up of those few characters sends such a (rare) text the plain way instead,
// folded whole and searched run by run. The answer is exactly "some run is a substring of
// normalizeForMatch(text)" (as a whole word, for runs that are whole codebook tokens).

/** Runs to look for, and how (see `newRunFinder`). */
interface RunFinder {
  /** The runs, none containing another (a text with the longer one has the shorter). */
  runs: string[];
  /** Per pivot: the characters to look up (its cases) and, per run, where the pivot stands in it. */
  pivots: Array<{ chars: string[]; at: Array<{ run: string; offset: number; whole: boolean }> }>;
  /**
   * Runs that only count as whole words: every codebook token holding the run is exactly the run
   * (no prefix wildcard), so a hit with a letter or digit on either side cannot be it ("kfor" in
   * "workforce").
   */
  whole: Set<string>;
  /**
   * The non-ASCII characters that fold to a pivot (a couple of dozen). Looked up one by one with
   * `indexOf`: ~40% faster on the corpus than one regex character class over the same characters.
   */
  aliases: string[];
}

/** Rough English letter frequencies (percent): they only choose pivots, i.e. speed, never a result. */
const LETTER_FREQ: Record<string, number> = {
  e: 12.7,
  t: 9.1,
  a: 8.2,
  o: 7.5,
  i: 7.0,
  n: 6.7,
  s: 6.3,
  h: 6.1,
  r: 6.0,
  d: 4.3,
  l: 4.0,
  c: 2.8,
  u: 2.8,
  m: 2.4,
  w: 2.4,
  f: 2.2,
  g: 2.0,
  y: 2.0,
  p: 1.9,
  b: 1.5,
  v: 1.0,
  k: 0.8,
  j: 0.15,
  x: 0.15,
  q: 0.1,
  z: 0.07,
};
const DIGIT_FREQ = 0.5;

/** The frequency of a run's rarest letter. */
function rarity(run: string): number {
  let f = Infinity;
  for (const ch of run) f = Math.min(f, LETTER_FREQ[ch] ?? DIGIT_FREQ);
  return f;
}

let ALIASES: Map<number, string> | null = null;

/** Folded ASCII letter or digit → the non-ASCII UTF-16 code units that fold to it (built once, ~0.2 s). */
function aliasTable(): Map<number, string> {
  if (ALIASES) return ALIASES;
  const t = new Map<number, string>();
  for (let c = 128; c < 65536; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue; // a lone surrogate folds to itself
    const f = foldCode(c);
    if ((f >= 97 && f <= 122) || (f >= 48 && f <= 57)) t.set(f, (t.get(f) ?? "") + String.fromCharCode(c));
  }
  return (ALIASES = t);
}

/**
 * A finder for letter runs (lower-case ASCII letters and digits, as `termRuns` holds them).
 * Pivots are chosen greedily, cheapest letter per run it covers first, so that runs share them
 * ("pristina", "pisg" and "provisional" all pivot on p).
 */
function newRunFinder(candidates: string[], tokens: TermToken[]): RunFinder {
  const byLength = [...new Set(candidates)].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const runs: string[] = [];
  for (const r of byLength) if (!runs.some((k) => r.includes(k))) runs.push(r);
  runs.sort();
  const pivotOf = new Map<string, string>();
  while (pivotOf.size < runs.length) {
    const open = runs.filter((r) => !pivotOf.has(r));
    let best = "";
    let bestCost = Infinity;
    for (const l of [...new Set(open.join(""))].sort()) {
      const cost = rarity(l) / open.filter((r) => r.includes(l)).length;
      if (cost < bestCost) [best, bestCost] = [l, cost];
    }
    for (const r of open) if (r.includes(best)) pivotOf.set(r, best);
  }
  // a text token equal to a codebook token is a maximal run of word characters (`tokenize`), so
  // the characters just outside it are not letters or digits
  const whole = new Set(runs.filter((r) => tokens.every((t) => !t.norm.includes(r) || (t.norm === r && !t.prefix))));
  const table = aliasTable();
  const pivots: RunFinder["pivots"] = [];
  let aliasChars = "";
  for (const l of [...new Set(pivotOf.values())].sort()) {
    // every occurrence of a run has its first pivot letter somewhere: one offset per run suffices
    const at = runs
      .filter((r) => pivotOf.get(r) === l)
      .map((run) => ({ run, offset: run.indexOf(l), whole: whole.has(run) }));
    pivots.push({ chars: l === l.toUpperCase() ? [l] : [l, l.toUpperCase()], at });
    aliasChars += table.get(l.charCodeAt(0)) ?? "";
  }
  return { runs, pivots, aliases: [...aliasChars], whole };
}

/** Is [start, end) of `text` bounded by non-letters, non-digits (or the text's ends)? */
function wordEdges(text: string, start: number, end: number): boolean {
  return (start === 0 || classAt(text, start - 1) !== 1) && (end >= text.length || classAt(text, end) !== 1);
}

/** Does `run` stand at `start` in `text`, folded as `normalizeForMatch` folds it? */
function runAt(text: string, start: number, run: string): boolean {
  if (start < 0 || start + run.length > text.length) return false;
  for (let j = 0; j < run.length; j++) {
    let c = text.charCodeAt(start + j);
    if (c >= 65 && c <= 90) c += 32;
    else if (c >= 128) c = foldCode(c);
    if (c !== run.charCodeAt(j)) return false;
  }
  return true;
}

/**
 * Is one of the finder's runs a substring of `normalizeForMatch(text)` (with word edges for the
 * runs in `whole`)? No means no anchor and no scope-"any" phrase can be in the text.
 */
function findsRun(f: RunFinder, text: string): boolean {
  return scanRuns(f, text, null);
}

/**
 * Where the finder's runs stand in `normalizeForMatch(text)`: [start, end) pairs, flattened and
 * sorted by start. Found once per text, they answer the same question for each of its sentences
 * (folding is character by character, so a run is in a sentence exactly when one of these
 * spans lies inside the sentence's span).
 */
function runSpans(f: RunFinder, text: string): number[] {
  const spans: Array<[number, number]> = [];
  scanRuns(f, text, spans);
  spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return spans.flat();
}

/** Finds the runs; stops at the first unless `out` collects every span. */
function scanRuns(f: RunFinder, text: string, out: Array<[number, number]> | null): boolean {
  if (f.aliases.some((ch) => text.indexOf(ch) !== -1)) {
    const folded = normalizeForMatch(text);
    let found = false;
    for (const r of f.runs)
      for (let i = folded.indexOf(r); i >= 0; i = folded.indexOf(r, i + 1)) {
        if (f.whole.has(r) && !wordEdges(text, i, i + r.length)) continue;
        if (out === null) return true;
        out.push([i, i + r.length]);
        found = true;
      }
    return found;
  }
  let found = false;
  for (const p of f.pivots)
    for (const ch of p.chars)
      for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1))
        for (const a of p.at)
          if (
            runAt(text, i - a.offset, a.run) &&
            (!a.whole || wordEdges(text, i - a.offset, i - a.offset + a.run.length))
          ) {
            if (out === null) return true;
            out.push([i - a.offset, i - a.offset + a.run.length]);
            found = true;
          }
  return found;
}

// ---------------------------------------------------------------------------
// Prefilter: which words, and which pairs of consecutive words, of the codebook's phrases occur
// in a text (a superset test: "no" is certain, "yes" means "scan it exactly")

/**
 * A word is keyed by its first run of letters, digits and marks, folded like `normalizeForMatch`
 * ("serb-majority" and "Serb’s" are keyed "serb"); words are delimited like `tokenize` delimits
 * them (an apostrophe or hyphen followed by a letter joins). A prefix word ("negotiat*") is keyed
 * by its stem and found while a run grows. A phrase of several words needs each pair of
 * consecutive words' keys to occur as consecutive words. A hash collision can only let a unit
 * through to the exact scan, never skip a hit.
 */
interface Prefilter {
  size: number;
  hashes: Int32Array;
  ids: Int32Array;
  nKeys: number;
  /** 1 at each stem length of a prefix key */
  prefixLens: Uint8Array;
  maxPrefixLen: number;
  keyOf: Map<string, number>;
  /** generation stamps of seen keys and of seen key pairs (prev * nKeys + next) for the current text */
  gen: number;
  seenKey: Int32Array;
  seenPair: Int32Array;
}

const PF_SIZE = 1 << 14;

function newPrefilter(): Prefilter {
  return {
    size: PF_SIZE,
    hashes: new Int32Array(PF_SIZE),
    ids: new Int32Array(PF_SIZE).fill(-1),
    nKeys: 0,
    prefixLens: new Uint8Array(64),
    maxPrefixLen: 0,
    keyOf: new Map(),
    gen: 0,
    seenKey: new Int32Array(0),
    seenPair: new Int32Array(0),
  };
}

function hashStep(h: number, c: number): number {
  return (Math.imul(h, 0x01000193) ^ c) | 0;
}
const HASH0 = 0x811c9dc5 | 0;
/** Exact keys and prefix keys live in one table; a prefix key's hash is salted by this. */
const PREFIX_SALT = 0x5bd1e995;

function pfInsert(pf: Prefilter, h: number, id: number): void {
  let i = (h ^ (h >>> 15)) & (pf.size - 1);
  while (pf.ids[i] !== -1) {
    if (pf.hashes[i] === h && pf.ids[i] === id) return;
    i = (i + 1) & (pf.size - 1);
  }
  pf.hashes[i] = h;
  pf.ids[i] = id;
}

/** The key a term token needs in the prefilter (its first run of letters), as a key id. */
function prefilterKey(pf: Prefilter, t: TermToken): number {
  const m = /^[^'\-]+/.exec(t.norm);
  const run = m ? m[0] : t.norm;
  const isPrefix = t.prefix && run === t.norm;
  const name = (isPrefix ? "*" : "=") + run;
  const known = pf.keyOf.get(name);
  if (known !== undefined) return known;
  const id = pf.nKeys++;
  pf.keyOf.set(name, id);
  let h = HASH0;
  for (let i = 0; i < run.length; i++) h = hashStep(h, run.charCodeAt(i));
  if (isPrefix) {
    pfInsert(pf, h ^ PREFIX_SALT, id);
    pf.prefixLens[Math.min(run.length, 63)] = 1;
    pf.maxPrefixLen = Math.max(pf.maxPrefixLen, run.length);
  } else pfInsert(pf, h, id);
  return id;
}

/** Appends to `out` (from index n) the key ids stored under hash h; returns the new count. */
function pfLookup(pf: Prefilter, h: number, out: Int32Array, n: number): number {
  let i = (h ^ (h >>> 15)) & (pf.size - 1);
  while (pf.ids[i] !== -1) {
    if (pf.hashes[i] === h && n < out.length) out[n++] = pf.ids[i];
    i = (i + 1) & (pf.size - 1);
  }
  return n;
}

/** Folded code and class per UTF-16 code unit: class 0 other, 1 letter/digit, 2 mark. */
const FOLD_CODE = new Int32Array(65536).fill(-1);
const FOLD_CLASS = new Uint8Array(65536);

function foldCode(c: number): number {
  let f = FOLD_CODE[c];
  if (f === -1) {
    const ch = String.fromCharCode(c);
    FOLD_CLASS[c] = c >= 0xd800 && c <= 0xdfff ? 0 : /^[\p{L}\p{N}]$/u.test(ch) ? 1 : /^\p{M}$/u.test(ch) ? 2 : 0;
    const n = normalizeForMatch(ch);
    f = n.length === 1 ? n.charCodeAt(0) : c;
    FOLD_CODE[c] = f;
  }
  return f;
}

function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  foldCode(c);
  return FOLD_CLASS[c];
}

/** Where the word goes on after a joiner at i (apostrophe, or hyphen with an optional line break), or -1. */
function joinAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  let j = -1;
  if (c === 39 || c === 0x2019 || c === 0x02bc) j = i + 1;
  else if (c === 45 || c === 0x2010 || c === 0x2011) {
    j = i + 1;
    let k = j;
    const n = text.length;
    while (k < n && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
    if (k < n && (text.charCodeAt(k) === 10 || text.charCodeAt(k) === 13)) {
      k += text.charCodeAt(k) === 13 && text.charCodeAt(k + 1) === 10 ? 2 : 1;
      while (k < n && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
      j = k;
    }
  }
  return j >= 0 && j < text.length && classAt(text, j) === 1 ? j : -1;
}

/** Stamps, for the current generation, the keys and consecutive key pairs found in `text`. */
function prefilterScan(pf: Prefilter, text: string): void {
  const nk = pf.nKeys;
  if (pf.seenKey.length !== nk) {
    pf.seenKey = new Int32Array(nk);
    pf.seenPair = new Int32Array(nk * nk);
  }
  const gen = ++pf.gen;
  const seenKey = pf.seenKey;
  const seenPair = pf.seenPair;
  const lens = pf.prefixLens;
  const maxP = pf.maxPrefixLen;
  let prev = new Int32Array(64);
  let cur = new Int32Array(64);
  let nPrev = 0;
  let nCur = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    // skip to the start of a word (a letter or digit)
    let c = text.charCodeAt(i);
    let cls: number;
    if (c < 128) cls = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
    else {
      foldCode(c);
      cls = FOLD_CLASS[c];
    }
    if (cls !== 1) {
      i++;
      continue;
    }
    // the first run of the word: hash it, looking up prefix stems as it grows
    let h = HASH0;
    let len = 0;
    nCur = 0;
    while (i < n) {
      c = text.charCodeAt(i);
      if (c < 128) {
        if (c >= 65 && c <= 90) {
          c += 32;
          cls = 1;
        } else cls = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? 1 : 0;
      } else {
        const raw = c;
        c = foldCode(raw);
        cls = FOLD_CLASS[raw];
      }
      if (cls === 0) break;
      h = hashStep(h, c);
      len++;
      i++;
      if (len <= maxP && lens[len] === 1) nCur = pfLookup(pf, h ^ PREFIX_SALT, cur, nCur);
    }
    nCur = pfLookup(pf, h, cur, nCur);
    // the rest of the word (after apostrophes and hyphens) belongs to the same token
    for (;;) {
      if (i >= n) break;
      if (classAt(text, i) !== 0) {
        i++;
        continue;
      }
      const j = joinAt(text, i);
      if (j < 0) break;
      i = j;
    }
    for (let a = 0; a < nCur; a++) {
      const k = cur[a];
      seenKey[k] = gen;
      for (let b = 0; b < nPrev; b++) seenPair[prev[b] * nk + k] = gen;
    }
    const t = prev;
    prev = cur;
    cur = t;
    nPrev = nCur;
  }
}
// ---------------------------------------------------------------------------
// Matching one sentence

/** A term found in a sentence: tokens [from, to] inclusive. */
interface TermHit {
  term: number;
  from: number;
  to: number;
}

function step(node: TrieNode, norm: string, bare: string, out: TrieNode[]): void {
  const a = node.exact.get(norm);
  if (a) out.push(a);
  if (bare !== norm) {
    const b = node.exact.get(bare);
    if (b) out.push(b);
  }
  if (node.prefix.size > 0 && norm.length >= 3) {
    const list = node.prefix.get(norm.slice(0, 3));
    if (list) for (const e of list) if (norm.startsWith(e.stem)) out.push(e.node);
  }
}

/** Every term of the trie found in the tokens (hits grouped by term). */
function matchTokens(trie: TrieNode, tokens: Token[]): Map<number, TermHit[]> {
  const hits = new Map<number, TermHit[]>();
  const bare = tokens.map((t) => stripPossessive(t.norm));
  let active: TrieNode[] = [];
  let next: TrieNode[] = [];
  for (let i = 0; i < tokens.length; i++) {
    active.length = 0;
    step(trie, tokens[i].norm, bare[i], active);
    for (let j = i; active.length > 0; ) {
      for (const node of active)
        for (const term of node.terms) {
          let list = hits.get(term);
          if (!list) hits.set(term, (list = []));
          if (!list.some((h) => h.from === i && h.to === j)) list.push({ term, from: i, to: j });
        }
      j++;
      if (j >= tokens.length) break;
      next.length = 0;
      for (const node of active) step(node, tokens[j].norm, bare[j], next);
      [active, next] = [next, active];
    }
  }
  return hits;
}

/** The first place a pattern fires in a sentence (tokens [from, to]), or null. */
function firePattern(
  p: CompiledPattern,
  hits: Map<number, TermHit[]>,
  applyUnless = true,
): { from: number; to: number } | null {
  let best: { from: number; to: number } | null = null;
  if (p.kind === "phrase") {
    for (const t of p.first.terms)
      for (const h of hits.get(t) ?? [])
        if (!best || h.from < best.from || (h.from === best.from && h.to > best.to)) best = { from: h.from, to: h.to };
  } else {
    const second = (p.second as CompiledAlternatives).terms.flatMap((t) => hits.get(t) ?? []);
    if (second.length === 0) return null;
    for (const t of p.first.terms)
      for (const a of hits.get(t) ?? [])
        for (const b of second) {
          let gap: number;
          if (b.from > a.to) gap = b.from - a.to - 1;
          else if (!p.ordered && a.from > b.to) gap = a.from - b.to - 1;
          else continue;
          if (gap > p.within) continue;
          const from = Math.min(a.from, b.from);
          const to = Math.max(a.to, b.to);
          if (!best || from < best.from || (from === best.from && to < best.to)) best = { from, to };
        }
  }
  if (best && applyUnless && p.unless.some((u) => firePattern(u, hits) !== null)) return null;
  return best;
}

// ---------------------------------------------------------------------------
// Coding a unit

/** What one sentence contributes, kept until its neighbours decide whether it is about Kosovo. */
interface SentenceResult {
  index: number;
  start: number;
  text: string;
  /** Tokens and trie hits, computed only when the sentence is looked at (see `ensure`). */
  tokens: Token[] | null;
  hits: Map<number, TermHit[]>;
  /** Could the sentence hold an anchor or a scope-"any" phrase? (false = certainly not) */
  maybe: boolean;
  anchored: boolean;
}

const EMPTY_HITS: Map<number, TermHit[]> = new Map();

/** Tokenises a sentence and walks its tokens through the trie, once. */
function ensure(compiled: CompiledCodebook, r: SentenceResult): SentenceResult {
  if (r.tokens === null) {
    r.tokens = tokenize(r.text);
    r.hits = r.tokens.length > 0 ? matchTokens(compiled.trie, r.tokens) : new Map<number, TermHit[]>();
  }
  return r;
}

/** The evidence of each owner in one sentence (scope-"kosovo" owners only when `about`). */
function evaluate(
  compiled: CompiledCodebook,
  unitId: string,
  body: string,
  r: SentenceResult,
  about: boolean,
  out: Map<number, Evidence[]>,
): void {
  const { owners } = compiled;
  const tokens = r.tokens as Token[];
  for (let oi = 0; oi < owners.length; oi++) {
    const o = owners[oi];
    if (o.scope === "kosovo" && !about) continue;
    if (!o.triggers.some((t) => r.hits.has(t))) continue;
    const ev: Evidence[] = [];
    for (const p of o.patterns) {
      const at = firePattern(p, r.hits);
      if (!at) continue;
      const s = r.start + tokens[at.from].start;
      const e = r.start + tokens[at.to].end;
      ev.push({
        unitId,
        theme: o.key,
        sentence: r.index,
        text: r.text,
        match: body.slice(s, e),
        start: s,
        end: e,
        pattern: p.source,
      });
    }
    if (ev.length === 0) continue;
    if (o.veto.some((v) => firePattern(v, r.hits) !== null)) continue;
    out.set(oi, ev);
  }
}

/**
 * Codes one unit: per theme presence (0/1) and mentions (sentences expressing it), sentences per
 * vocabulary list, and the evidence (sentence, matched words, offsets into `unit.body`, pattern).
 * In sentence mode a sentence is tokenised only when it may hold an anchor or a scope-"any" phrase,
 * or lies next to an anchor sentence: most of a long speech is split into sentences and skipped.
 *
 * @example codeUnit(compiled, unit).codes.sovereignty // { present: 1, mentions: 2 }
 */
export function codeUnit(compiled: CompiledCodebook, unit: Pick<Unit, "id" | "body">): CodedUnit {
  const { owners } = compiled;
  const mentions = new Array<number>(owners.length).fill(0);
  const evidence: Evidence[] = [];
  const body = unit.body;

  if (mayFire(compiled, body)) {
    const unitMode = compiled.mode === "unit";
    const w = compiled.window;
    const pending: SentenceResult[] = [];
    const done: Array<{ index: number; anchored: boolean }> = [];
    const found = new Map<number, Evidence[]>();
    const commit = (r: SentenceResult, about: boolean) => {
      if (!about && !r.maybe) return;
      ensure(compiled, r);
      if (r.hits.size === 0) return;
      found.clear();
      evaluate(compiled, unit.id, body, r, about, found);
      for (const [oi, ev] of found) {
        mentions[oi]++;
        for (const e of ev) evidence.push(e);
      }
    };
    // decide a sentence once the `w` sentences after it are known
    const settle = (final: boolean) => {
      while (pending.length > 0 && (final || pending[pending.length - 1].index - pending[0].index >= w)) {
        const r = pending[0];
        let about = r.anchored;
        if (!about) {
          let near = false;
          for (const q of pending) if (q.anchored && q.index - r.index <= w) near = true;
          for (const q of done) if (q.anchored && r.index - q.index <= w) near = true;
          if (near) {
            ensure(compiled, r);
            about = !(r.hits.size > 0 && compiled.otherTopics.some((p) => firePattern(p, r.hits) !== null));
          }
        }
        commit(r, about);
        done.push({ index: r.index, anchored: r.anchored });
        if (done.length > w) done.shift();
        pending.shift();
      }
    };
    const q = compiled.quick;
    // sentence mode: where the finder's runs are in the body, so that each sentence is asked
    // `findsRun` by comparing offsets (`next` skips spans that start before the current sentence)
    const spans = q ? runSpans(q.finder, body) : [];
    let next = 0;
    forEachSentence(body, compiled.chunkSize, (index, start, text) => {
      const r: SentenceResult = { index, start, text, tokens: null, hits: EMPTY_HITS, maybe: true, anchored: false };
      if (unitMode) {
        commit(r, true);
        return;
      }
      // the same answer as `findsRun(q.finder, text)`
      if (q) {
        const end = start + text.length;
        while (next < spans.length && spans[next] < start) next += 2;
        let maybe = false;
        for (let k = next; k < spans.length && spans[k] < end && !maybe; k += 2) maybe = spans[k + 1] <= end;
        r.maybe = maybe;
      }
      if (r.maybe) {
        ensure(compiled, r);
        r.anchored = r.hits.size > 0 && compiled.anchors.some((p) => firePattern(p, r.hits) !== null);
      }
      pending.push(r);
      settle(false);
    });
    if (!unitMode) settle(true);
  }

  const codes: Record<string, ThemeCode> = {};
  const vocabulary: Record<string, number> = {};
  owners.forEach((o, oi) => {
    if (o.isTheme) codes[o.key] = { present: mentions[oi] > 0 ? 1 : 0, mentions: mentions[oi] };
    else vocabulary[o.key] = mentions[oi];
  });
  const order = new Map(owners.map((o, i) => [o.key, i]));
  evidence.sort(
    (a, b) =>
      a.sentence - b.sentence ||
      (order.get(a.theme) as number) - (order.get(b.theme) as number) ||
      a.start - b.start ||
      a.end - b.end,
  );
  return { unitId: unit.id, codes, vocabulary, evidence };
}

/**
 * The about-Kosovo scope mode a corpus card calls for: "sentence" for General Debate cards and
 * Kosovo passages (multi-topic texts), "unit" for a folder of whole statements on Kosovo.
 *
 * @example defaultScopeMode(loadCard("china-kosovo")) // "unit"
 */
export function defaultScopeMode(card: { source: { kind: string }; unit: string }): ScopeMode {
  return card.source.kind === "ungdc" || card.unit === "kosovo-passage" ? "sentence" : "unit";
}

/** One pattern that found its words in a sentence, and whether the sentence counted for it. */
export interface PatternCheck {
  sentence: number;
  /** Theme or vocabulary-list key. */
  key: string;
  kind: "theme" | "vocabulary";
  pattern: string;
  /** The words found, as they stand in the text. */
  match: string;
  counted: boolean;
  /** Why it counted or not, in words. */
  why: string;
}

/**
 * Explains how a short text is coded: every pattern whose words were found in a sentence, and
 * whether it counted or was vetoed (by its `unless` or the theme's `veto`). Every sentence is taken
 * as about Kosovo (unit mode): this is for reading the codebook, e.g. on a sentence typed in a notebook.
 *
 * @example explainText(compiled, "We respect Serbia's sovereignty.")[0].why // "near: both sides within 6 words"
 */
export function explainText(compiled: CompiledCodebook, text: string): PatternCheck[] {
  const out: PatternCheck[] = [];
  for (const s of splitSentences(text)) {
    const tokens = tokenize(s.text);
    const hits = matchTokens(compiled.trie, tokens);
    for (const o of compiled.owners) {
      const veto = o.veto.find((v) => firePattern(v, hits) !== null);
      for (const p of o.patterns) {
        const at = firePattern(p, hits, false);
        if (!at) continue;
        const unless = p.unless.find((u) => firePattern(u, hits) !== null);
        const found =
          p.kind === "near"
            ? `near: both sides within ${p.within} words${p.ordered ? ", in order" : ""}`
            : "phrase found";
        const why = unless
          ? `vetoed: its unless pattern "${unless.source}" is in the sentence`
          : veto
            ? `vetoed: the ${o.key} veto "${veto.source}" is in the sentence`
            : found;
        out.push({
          sentence: s.index,
          key: o.key,
          kind: o.isTheme ? "theme" : "vocabulary",
          pattern: p.source,
          match: s.text.slice(tokens[at.from].start, tokens[at.to].end),
          counted: !unless && !veto,
          why,
        });
      }
    }
  }
  return out;
}

/** A character that may be a letter outside ASCII (not punctuation, spaces, Latin-1 symbols or a BOM). */
const NON_ASCII_LETTER = /[^\x00-\x7F\u00A0-\u00BF\u2000-\u206F\uFEFF]/;

/**
 * A first, native-speed superset test: every ASCII letter run of a phrase must occur in the folded
 * text (`normalizeForMatch`, as tokens are folded) as a substring. False means no pattern can fire;
 * true means "maybe".
 */
function mayFireQuick(compiled: CompiledCodebook, body: string): boolean {
  // letters fold like tokens do; without non-ASCII letters a plain lower-casing is the same fold
  const lower = NON_ASCII_LETTER.test(body) ? normalizeForMatch(body) : body.toLowerCase();
  const memo = new Map<string, boolean>();
  const has = (run: string) => {
    let v = memo.get(run);
    if (v === undefined) memo.set(run, (v = lower.indexOf(run) !== -1));
    return v;
  };
  const q = compiled.quick;
  let found: Set<string> | null = null;
  if (q) {
    found = new Set<string>();
    q.re.lastIndex = 0;
    for (let m = q.re.exec(lower); m; m = q.re.exec(lower)) found.add(m[0]);
  }
  const termMaybe = (t: number) => {
    const runs = compiled.termRuns[t];
    if (runs === null) return true;
    const c = q?.chosen.get(t);
    if (found && c !== undefined && !found.has(c) && !(q as { inside: Set<string> }).inside.has(c)) return false;
    return runs.every(has);
  };
  const patMaybe = (p: CompiledPattern) =>
    p.first.terms.some(termMaybe) && (p.second === null || p.second.terms.some(termMaybe));
  const anchorsMaybe = compiled.mode === "unit" || compiled.anchors.some(patMaybe);
  return compiled.owners.some((o) => (o.scope === "any" || anchorsMaybe) && o.patterns.some(patMaybe));
}

/**
 * Can any pattern fire in `body`? A superset test (false means certainly not; true means the
 * exact scan must decide): a native substring pass, then the word and word-pair prefilter.
 *
 * @example mayFire(compileCodebook(loadCodebook()), "The budget was adopted.") // false
 */
export function mayFire(compiled: CompiledCodebook, body: string): boolean {
  if (compiled.exhaustive) return true;
  // sentence mode: without an anchor or a scope-"any" phrase nothing counts (see `RunFinder`)
  if (compiled.quick && !findsRun(compiled.quick.finder, body)) return false;
  // (in sentence mode the finder stands for the substring pass: on the ~900 speeches it lets
  // through, folding each again for `mayFireQuick` cost more than the word-pair pass it spares)
  if (!compiled.quick && !mayFireQuick(compiled, body)) return false;
  const pf = compiled.prefilter;
  prefilterScan(pf, body);
  const gen = pf.gen;
  const nk = pf.nKeys;
  const termOk = (t: number) => {
    const ks = compiled.termKeys[t];
    if (pf.seenKey[ks[0]] !== gen) return false;
    for (let i = 1; i < ks.length; i++) if (pf.seenPair[ks[i - 1] * nk + ks[i]] !== gen) return false;
    return true;
  };
  const patOk = (p: CompiledPattern) =>
    p.first.terms.some(termOk) && (p.second === null || p.second.terms.some(termOk));
  const anchorsOk = compiled.mode === "unit" || compiled.anchors.some(patOk);
  return compiled.owners.some((o) => (o.scope === "any" || anchorsOk) && o.patterns.some(patOk));
}

/** Characters of context kept on each side of a chunk, so that every boundary is decided with its neighbourhood. */
export const SENTENCE_MARGIN = 2048;

/**
 * Calls `fn` for each sentence of `text` in order, without splitting the whole text at once.
 * Chunks of about `chunkSize` characters (at least 4 × `SENTENCE_MARGIN`), cut at whitespace and
 * overlapping by `SENTENCE_MARGIN` characters on each side, are split with `splitSentences`; only
 * sentences that start at or after the last boundary taken and end at least a margin before the
 * chunk's end are taken, so every boundary is decided with the same surroundings as in
 * `splitSentences(text)` and the sentences (and offsets) are those it gives.
 *
 * @example forEachSentence("One. Two.", 65536, (i, start, s) => console.log(i, start, s))
 */
export function forEachSentence(
  text: string,
  chunkSize: number,
  fn: (index: number, start: number, text: string) => void,
): void {
  const margin = SENTENCE_MARGIN;
  const base = Math.max(4 * margin, chunkSize);
  let pos = 0; // start of the next sentence to take (a boundary of the whole text)
  let index = 0;
  let size = base;
  const back = (i: number) => {
    // move i back to a whitespace at most `margin` characters before it (or to 0)
    let j = Math.max(0, i - margin);
    while (j > 0 && !/\s/.test(text[j - 1])) j--;
    return j;
  };
  while (pos < text.length) {
    const from = pos === 0 ? 0 : back(pos);
    let end = pos + size;
    if (end >= text.length) end = text.length;
    else while (end < text.length && !/\s/.test(text[end])) end++;
    const sentences = splitSentences(text.slice(from, end));
    const last = end >= text.length;
    let taken = 0;
    let next = -1;
    for (const s of sentences) {
      const start = from + s.start;
      const stop = from + s.end;
      if (start < pos) continue;
      if (!last && stop > end - margin) {
        next = start;
        break;
      }
      fn(index++, start, s.text);
      taken++;
    }
    if (last) return;
    if (taken === 0 || next < 0) {
      size *= 2; // a sentence longer than the chunk: widen it
      continue;
    }
    pos = next;
    size = base;
  }
}

/**
 * Codes every unit.
 *
 * @example codeUnits(compileCodebook(loadCodebook()), units).length === units.length // true
 */
export function codeUnits(compiled: CompiledCodebook, units: Array<Pick<Unit, "id" | "body">>): CodedUnit[] {
  return units.map((u) => codeUnit(compiled, u));
}

/**
 * Joins units and their codings into rows for tables and the coding CSV. A row's id is the
 * text id (for the General Debate the file stem, "SRB_63_2008") when the text has one unit,
 * else the unit id.
 *
 * @example toCodedRows(units, coded)[0].id // "SRB_63_2008"
 */
export function toCodedRows(units: Unit[], coded: CodedUnit[]): CodedRow[] {
  const byId = new Map(coded.map((c) => [c.unitId, c]));
  const perText = new Map<string, number>();
  for (const u of units) perText.set(u.textId, (perText.get(u.textId) ?? 0) + 1);
  return units.map((u) => {
    const c = byId.get(u.id);
    if (!c) throw new Error(`toCodedRows: unit ${u.id} was not coded`);
    return {
      id: perText.get(u.textId) === 1 ? u.textId : u.id,
      date: u.date,
      year: u.year,
      category: u.category,
      country: u.country,
      speaker: u.speaker,
      codes: c.codes,
      vocabulary: c.vocabulary,
    };
  });
}

/**
 * The coding CSV's columns for the given theme keys.
 *
 * @example codingColumns(["dialogue"]) // ["id", "date", "year", "category", "country", "speaker", "dialogue", "dialogue_n", "uses_normalization", "mentions_icj"]
 */
export function codingColumns(themeKeys: string[]): string[] {
  return [
    "id",
    "date",
    "year",
    "category",
    "country",
    "speaker",
    ...themeKeys.flatMap((k) => [k, `${k}_n`]),
    "uses_normalization",
    "mentions_icj",
  ];
}

/**
 * The coding CSV: `id,date,year,category,country,speaker`, then `<key>` (0/1) and `<key>_n`
 * (mentions) per theme, then `uses_normalization` and `mentions_icj` (0/1). Rows sorted by id.
 *
 * @example codingCsv(rows, ["sovereignty"]).split("\n")[0] // "id,date,year,category,country,speaker,sovereignty,sovereignty_n,uses_normalization,mentions_icj"
 */
export function codingCsv(rows: CodedRow[], themeKeys: string[]): string {
  const sorted = [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const records = sorted.map((r) => [
    r.id,
    r.date ?? "",
    String(r.year),
    r.category,
    r.country,
    r.speaker,
    ...themeKeys.flatMap((k) => {
      const c = r.codes[k] ?? { present: 0, mentions: 0 };
      return [String(c.present), String(c.mentions)];
    }),
    (r.vocabulary.normalization ?? 0) > 0 ? "1" : "0",
    (r.vocabulary.icj ?? 0) > 0 ? "1" : "0",
  ]);
  return stringify([codingColumns(themeKeys), ...records], { record_delimiter: "\n" });
}

/** The evidence CSV's columns. */
export const EVIDENCE_COLUMNS = ["unit_id", "theme", "sentence", "start", "end", "match", "pattern", "text"];

/**
 * The evidence CSV: one row per pattern that made a sentence count, in unit order, then
 * sentence, theme and offset order. `text` is the whole sentence (line breaks as spaces).
 *
 * @example evidenceCsv(coded).split("\n")[0] // "unit_id,theme,sentence,start,end,match,pattern,text"
 */
export function evidenceCsv(coded: CodedUnit[]): string {
  const rows: string[][] = [EVIDENCE_COLUMNS];
  for (const c of coded)
    for (const e of c.evidence)
      rows.push([
        e.unitId,
        e.theme,
        String(e.sentence),
        String(e.start),
        String(e.end),
        e.match.replace(/\s+/g, " "),
        e.pattern,
        e.text.replace(/\s+/g, " "),
      ]);
  return stringify(rows, { record_delimiter: "\n" });
}

/** A corpus coded with a codebook: what every chapter that counts or compares starts from. */
export interface CodedCorpus {
  card: CorpusCard;
  mode: ScopeMode;
  units: Unit[];
  coded: CodedUnit[];
  rows: CodedRow[];
}

/**
 * Loads a corpus card's units and codes them with a codebook (default `data/codebook.yaml`) in the
 * scope mode the card calls for (`defaultScopeMode`). One call instead of four in every chapter.
 *
 * @example codeCorpus("ungdc-kosovo").rows.length // 99
 * @example codeCorpus("ungdc-kosovo", { years: [1998, 2007] }).units.length // 307
 */
export function codeCorpus(
  cardOrName: CorpusCard | string,
  opts: { years?: [number, number]; codebook?: Codebook; mode?: ScopeMode } = {},
): CodedCorpus {
  const card = typeof cardOrName === "string" ? loadCard(cardOrName) : cardOrName;
  const mode = opts.mode ?? defaultScopeMode(card);
  const units = loadUnits(card, opts.years ? { years: opts.years } : {});
  const coded = codeUnits(compileCodebook(opts.codebook ?? loadCodebook(), { mode }), units);
  return { card, mode, units, coded, rows: toCodedRows(units, coded) };
}
