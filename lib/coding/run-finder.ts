/**
 * The run finder: does one of a few letter runs occur in a text once it is folded? In sentence mode
 * every text is asked this first (no anchor and no scope-"any" phrase in it: nothing can count), so
 * it must be cheap on the many texts that never mention Kosovo. Anything that visits every character
 * from JavaScript or makes a copy (a loop over charCodeAt, toLowerCase, normalizeForMatch, a regex
 * alternation or character class) costs several times more per character than a native `indexOf` of
 * one character, which runs at memchr speed. So each run gets a "pivot", a rare letter of it; the
 * finder looks up the pivot's ASCII cases with `indexOf` and checks the run around each hit, folding
 * character by character as `normalizeForMatch` does. A pivot may also be written as a non-ASCII
 * letter that folds to it (ķ for k): a look-up of those few characters sends such a (rare) text the
 * plain way instead, folded whole and searched run by run. The answer is exactly "some run is a
 * substring of normalizeForMatch(text)" (as a whole word, for runs that are whole codebook tokens).
 */
import { byCodeUnit } from "../core";
import { charClass, foldCodeUnit, normalizeForMatch } from "../text";
import { aliasTable, rarity } from "./letters";
import type { TermToken } from "./types";

/** Runs to look for, and how (see `newRunFinder`). */
export interface RunFinder {
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
   * `indexOf`, which is faster on the corpus than one regex character class over the same characters.
   */
  aliases: string[];
}

/**
 * A finder for letter runs (lower-case ASCII letters and digits). Pivots are chosen greedily,
 * cheapest letter per run it covers first, so that runs share them ("pristina", "pisg" and
 * "provisional" all pivot on p). `tokens` are the codebook tokens the runs come from.
 */
export function newRunFinder(candidates: string[], tokens: TermToken[]): RunFinder {
  const byLength = [...new Set(candidates)].sort((a, b) => a.length - b.length || byCodeUnit(a, b));
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
  return (
    (start === 0 || charClass(text.charCodeAt(start - 1)) !== 1) &&
    (end >= text.length || charClass(text.charCodeAt(end)) !== 1)
  );
}

/** Does `run` stand at `start` in `text`, folded as `normalizeForMatch` folds it? */
function runAt(text: string, start: number, run: string): boolean {
  if (start < 0 || start + run.length > text.length) return false;
  for (let j = 0; j < run.length; j++) {
    let c = text.charCodeAt(start + j);
    if (c >= 65 && c <= 90) c += 32;
    else if (c >= 128) c = foldCodeUnit(c);
    if (c !== run.charCodeAt(j)) return false;
  }
  return true;
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
        for (const a of p.at) {
          const start = i - a.offset;
          if (!runAt(text, start, a.run) || (a.whole && !wordEdges(text, start, start + a.run.length))) continue;
          if (out === null) return true;
          out.push([start, start + a.run.length]);
          found = true;
        }
  return found;
}

/**
 * Is one of the finder's runs a substring of `normalizeForMatch(text)` (with word edges for the
 * runs in `whole`)? No means no anchor and no scope-"any" phrase can be in the text.
 */
export function findsRun(f: RunFinder, text: string): boolean {
  return scanRuns(f, text, null);
}

/**
 * Where the finder's runs stand in `normalizeForMatch(text)`: [start, end) pairs, flattened and
 * sorted by start. Found once per text, they answer the same question for each of its sentences
 * (folding is character by character, so a run is in a sentence exactly when one of these
 * spans lies inside the sentence's span).
 */
export function runSpans(f: RunFinder, text: string): number[] {
  const spans: Array<[number, number]> = [];
  scanRuns(f, text, spans);
  spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return spans.flat();
}
