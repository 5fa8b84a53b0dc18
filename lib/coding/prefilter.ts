/**
 * The word prefilter: which words, and which pairs of consecutive words, of the codebook's phrases
 * occur in a text (a superset test: "no" is certain, "yes" means "scan it exactly").
 *
 * A word is keyed by its first run of letters, digits and marks, folded like `normalizeForMatch`
 * ("serb-majority" and "Serb’s" are keyed "serb"); words are cut by the text stage's scanner (an
 * apostrophe or hyphen followed by a letter joins). A prefix word ("negotiat*") is keyed by its stem
 * and found while a run grows. A phrase of several words needs each pair of consecutive words' keys
 * to occur as consecutive words. A hash collision can only let a unit through to the exact scan,
 * never skip a hit.
 */
import { charClass, foldCodeUnit, wordEnd } from "../text";
import type { TermToken } from "./types";

/** The hash table of the codebook's word keys, and what the last scanned text held. */
export interface Prefilter {
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

/** An empty prefilter. */
export function newPrefilter(): Prefilter {
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

/** FNV-1a, one character code at a time. */
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

/** The key a codebook token needs in the prefilter (its first run of letters), as a key id. */
export function prefilterKey(pf: Prefilter, t: TermToken): number {
  const m = /^[^'-]+/.exec(t.norm);
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

/** Stamps, for a new generation, the keys and consecutive key pairs found in `text`. */
export function prefilterScan(pf: Prefilter, text: string): void {
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
    const c0 = text.charCodeAt(i);
    if (
      c0 < 128 ? !((c0 >= 97 && c0 <= 122) || (c0 >= 65 && c0 <= 90) || (c0 >= 48 && c0 <= 57)) : charClass(c0) !== 1
    ) {
      i++;
      continue;
    }
    // the first run of the word: hash it folded, looking up prefix stems as it grows
    let h = HASH0;
    let len = 0;
    nCur = 0;
    while (i < n) {
      let c = text.charCodeAt(i);
      if (c < 128) {
        if (c >= 65 && c <= 90) c += 32;
        else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) break;
      } else {
        if (charClass(c) === 0) break;
        c = foldCodeUnit(c);
      }
      h = hashStep(h, c);
      len++;
      i++;
      if (len <= maxP && lens[len] === 1) nCur = pfLookup(pf, h ^ PREFIX_SALT, cur, nCur);
    }
    nCur = pfLookup(pf, h, cur, nCur);
    // the rest of the word (after apostrophes and hyphens) belongs to the same token
    i = wordEnd(text, i);
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
