/**
 * The speed layer, behind one question: can any pattern fire in this text (`mayFire`), and in this
 * sentence of it (`sentenceGate`)? Every answer is a superset test — "no" is certain, "yes" means
 * the exact scan decides — so the layer changes how fast a text is coded, never how it is coded
 * (the tests and `npm run bench -- --check` compare it with the exhaustive coder).
 *
 * 1. Sentence mode: nothing can count without an anchor term or a scope-"any" phrase, so a run
 *    finder (`./run-finder`) first looks for one letter run of each: most General Debate speeches
 *    stop here, never copied or folded.
 * 2. Otherwise (unit mode, or a text the finder lets through) the word prefilter (`./prefilter`)
 *    looks up each word in a hash table of the words the codebook's phrases need: when no pattern
 *    can have all its words (and consecutive word pairs) in the text, the text is done.
 */
import { byCodeUnit } from "../core";
import { normalizeForMatch } from "../text";
import { rarity } from "./letters";
import { newPrefilter, prefilterKey, prefilterScan } from "./prefilter";
import type { Prefilter } from "./prefilter";
import { findsRun, newRunFinder, runSpans } from "./run-finder";
import type { RunFinder } from "./run-finder";
import type { CompiledCodebook, CompiledPattern, Owner, ScopeMode, TermToken } from "./types";

/** Sentence mode: one letter run of each anchor and scope-"any" phrase, and the finder for them. */
interface QuickRuns {
  /** One alternation of the chosen runs, longest first. */
  re: RegExp;
  /** Term number → its chosen run. */
  chosen: Map<number, string>;
  /** Chosen runs inside another chosen run (the alternation finds only the longer). */
  inside: Set<string>;
  finder: RunFinder;
}

/** The prefilters of a compiled codebook. */
export interface SpeedLayer {
  prefilter: Prefilter;
  /** Per term: the prefilter key ids of its tokens. */
  termKeys: number[][];
  /** Per term: its letter runs (ASCII) for a substring pre-check, or null when it has other letters. */
  termRuns: Array<string[] | null>;
  /** Sentence mode only (null otherwise, and for the exhaustive coder). */
  quick: QuickRuns | null;
}

/** Builds the speed layer of a codebook's compiled terms and patterns (`compileCodebook` does). */
export function buildSpeedLayer(c: {
  termTokens: TermToken[][];
  anchors: CompiledPattern[];
  owners: Owner[];
  mode: ScopeMode;
  exhaustive: boolean;
}): SpeedLayer {
  const prefilter = newPrefilter();
  const termKeys = c.termTokens.map((toks) => toks.map((t) => prefilterKey(prefilter, t)));
  const termRuns = c.termTokens.map((toks) => {
    const runs = toks.flatMap((t) => t.norm.split(/[^a-z0-9]+/).filter((r) => r !== ""));
    if (toks.some((t) => /[\u0080-\uFFFF]/.test(t.norm)) || runs.length === 0) return null;
    return [...new Set(runs)].sort((a, b) => b.length - a.length);
  });
  // Sentence mode: a scope-"kosovo" pattern needs an anchor in the text, a scope-"any" pattern its
  // own words. One letter run of each such phrase (a run of an anchor when it has one, else its
  // longest) goes into one alternation of plain letters, longest first (a few dozen literals, no
  // nesting: no backtracking blow-up); the runs it finds in a text decide most texts at once.
  const anchorRuns = new Set(c.anchors.flatMap((p) => p.first.terms.flatMap((t) => termRuns[t] ?? [])));
  const neededTerms = [...c.anchors, ...c.owners.filter((o) => o.scope === "any").flatMap((o) => o.patterns)].flatMap(
    (p) => p.first.terms,
  );
  const chosen = new Map<number, string>();
  for (const t of neededTerms) {
    const runs = termRuns[t];
    if (runs) chosen.set(t, runs.find((r) => anchorRuns.has(r)) ?? runs[0]);
  }
  if (c.mode !== "sentence" || c.exhaustive || !neededTerms.every((t) => chosen.has(t)))
    return { prefilter, termKeys, termRuns, quick: null };
  // The run finder (the first test of every text) takes one run per needed term too, the cheapest
  // to look for: one already needed on its own when the term has it ("Belgrade-Pristina" adds
  // nothing to "pristina"), else the run with the rarest letter ("provisional", not "institutions").
  const singles = neededTerms.flatMap((t) => (termRuns[t]?.length === 1 ? (termRuns[t] as string[]) : []));
  const finderRuns = neededTerms.map((t) => {
    const runs = termRuns[t] ?? [];
    return (
      runs.find((r) => singles.some((s) => r.includes(s))) ??
      [...runs].sort((a, b) => rarity(a) - rarity(b) || b.length - a.length || byCodeUnit(a, b))[0]
    );
  });
  const quickRuns = [...new Set(chosen.values())].sort((a, b) => b.length - a.length || byCodeUnit(a, b));
  const quick: QuickRuns = {
    re: new RegExp(quickRuns.join("|"), "g"),
    chosen,
    inside: new Set(quickRuns.filter((r) => quickRuns.some((q) => q !== r && q.includes(r)))),
    finder: newRunFinder(
      finderRuns,
      neededTerms.flatMap((t) => c.termTokens[t]),
    ),
  };
  return { prefilter, termKeys, termRuns, quick };
}

/** A character that may be a letter outside ASCII (not Latin-1 symbols, general punctuation or a BOM). */
const NON_ASCII_LETTER = /[\u0080-\u009F\u00C0-\u1FFF\u2070-\uFEFE\uFF00-\uFFFF]/;

/**
 * The longest body `mayFireQuick` folds whole (characters). Its folded copy is a second full copy of
 * the text; on a longer body (far longer than any real statement: the General Debate's longest speech
 * has some 100,000) the quick test is skipped, which only leaves the answer to the word prefilter
 * that follows (a superset test either way: no coding changes), and the copy is never made.
 */
export const QUICK_TEST_MAX_CHARS = 1 << 20;

/**
 * A first, native-speed superset test: every ASCII letter run of a phrase must occur in the folded
 * text (`normalizeForMatch`, as tokens are folded) as a substring. False means no pattern can fire;
 * true means "maybe".
 */
function mayFireQuick(compiled: CompiledCodebook, body: string): boolean {
  const { termRuns, quick: q } = compiled.speed;
  // letters fold like tokens do; without non-ASCII letters a plain lower-casing is the same fold
  const lower = NON_ASCII_LETTER.test(body) ? normalizeForMatch(body) : body.toLowerCase();
  const memo = new Map<string, boolean>();
  const has = (run: string) => {
    let v = memo.get(run);
    if (v === undefined) {
      v = lower.indexOf(run) !== -1;
      memo.set(run, v);
    }
    return v;
  };
  let found: Set<string> | null = null;
  if (q) {
    found = new Set<string>();
    q.re.lastIndex = 0;
    for (let m = q.re.exec(lower); m; m = q.re.exec(lower)) found.add(m[0]);
  }
  const termMaybe = (t: number) => {
    const runs = termRuns[t];
    if (runs === null) return true;
    const c = q?.chosen.get(t);
    if (found && q && c !== undefined && !found.has(c) && !q.inside.has(c)) return false;
    return runs.every(has);
  };
  const patMaybe = (p: CompiledPattern) =>
    p.first.terms.some(termMaybe) && (p.second === null || p.second.terms.some(termMaybe));
  const anchorsMaybe = compiled.mode === "unit" || compiled.anchors.some(patMaybe);
  return compiled.owners.some((o) => (o.scope === "any" || anchorsMaybe) && o.patterns.some(patMaybe));
}

/**
 * Can any pattern fire in `body`? A superset test (false means certainly not; true means the
 * exact scan must decide): the run finder (sentence mode) or a native substring pass, then the word
 * and word-pair prefilter. Always true for the exhaustive coder.
 *
 * @example mayFire(compileCodebook(loadCodebook()), "The budget was adopted.") // false
 */
export function mayFire(compiled: CompiledCodebook, body: string): boolean {
  if (compiled.exhaustive) return true;
  const { prefilter: pf, termKeys, quick } = compiled.speed;
  // sentence mode: without an anchor or a scope-"any" phrase nothing counts (see `./run-finder`)
  if (quick && !findsRun(quick.finder, body)) return false;
  // (in sentence mode the finder stands for the substring pass: on the speeches it lets through,
  // folding each again for `mayFireQuick` costs more than the word-pair pass it spares)
  if (!quick && body.length <= QUICK_TEST_MAX_CHARS && !mayFireQuick(compiled, body)) return false;
  prefilterScan(pf, body);
  const gen = pf.gen;
  const nk = pf.nKeys;
  const termOk = (t: number) => {
    const ks = termKeys[t];
    if (pf.seenKey[ks[0]] !== gen) return false;
    for (let i = 1; i < ks.length; i++) if (pf.seenPair[ks[i - 1] * nk + ks[i]] !== gen) return false;
    return true;
  };
  const patOk = (p: CompiledPattern) =>
    p.first.terms.some(termOk) && (p.second === null || p.second.terms.some(termOk));
  const anchorsOk = compiled.mode === "unit" || compiled.anchors.some(patOk);
  return compiled.owners.some((o) => (o.scope === "any" || anchorsOk) && o.patterns.some(patOk));
}

/**
 * The same question for the sentences of `body`, asked in order: a function of a sentence's
 * [start, end) offsets in `body` that says whether it may hold an anchor or a scope-"any" phrase
 * (sentence mode; always true otherwise). The runs are found once per body; each sentence is then
 * answered by comparing offsets.
 *
 * @example const gate = sentenceGate(compiled, body); gate(0, 40) // false: no anchor in the first sentence
 */
export function sentenceGate(compiled: CompiledCodebook, body: string): (start: number, end: number) => boolean {
  const q = compiled.speed.quick;
  if (!q) return () => true;
  const spans = runSpans(q.finder, body);
  let next = 0; // spans before this one start before the sentences still to come
  return (start, end) => {
    while (next < spans.length && spans[next] < start) next += 2;
    for (let k = next; k < spans.length && spans[k] < end; k += 2) if (spans[k + 1] <= end) return true;
    return false;
  };
}
