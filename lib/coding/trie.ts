/**
 * The token trie: every phrase of the codebook as a path of normalised tokens (a prefix word is an
 * edge keyed by its stem), and the walk that finds every phrase in a sentence's tokens. A word also
 * matches without its possessive "'s".
 */
import { stripPossessive } from "../text";
import type { WordToken } from "../text";
import type { TermToken, TrieNode } from "./types";

/** A term found in a sentence: its number and the tokens [from, to] (inclusive) it covers. */
export interface TermMatch {
  term: number;
  from: number;
  to: number;
}

/** A new, empty node. */
export function newNode(): TrieNode {
  return { exact: new Map(), prefix: new Map(), terms: [] };
}

/** Adds term number `n`, spelled by `toks`, to the trie. */
export function addTerm(trie: TrieNode, toks: TermToken[], n: number): void {
  let node = trie;
  for (const t of toks) {
    if (t.prefix) {
      const k3 = t.norm.slice(0, 3);
      let list = node.prefix.get(k3);
      if (!list) {
        list = [];
        node.prefix.set(k3, list);
      }
      let edge = list.find((e) => e.stem === t.norm);
      if (!edge) {
        edge = { stem: t.norm, node: newNode() };
        list.push(edge);
      }
      node = edge.node;
    } else {
      let next = node.exact.get(t.norm);
      if (!next) {
        next = newNode();
        node.exact.set(t.norm, next);
      }
      node = next;
    }
  }
  node.terms.push(n);
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

/**
 * Every term of the trie found in the tokens, grouped by term.
 *
 * @example matchTokens(compiled.trie, tokenize("Dialogue resumed.")).size // 1
 */
export function matchTokens(trie: TrieNode, tokens: WordToken[]): Map<number, TermMatch[]> {
  const hits = new Map<number, TermMatch[]>();
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
          if (!list) {
            list = [];
            hits.set(term, list);
          }
          // hits come in (from, to) order, so a term's duplicate (two trie paths to it) is its last hit
          const last = list[list.length - 1];
          if (last === undefined || last.from !== i || last.to !== j) list.push({ term, from: i, to: j });
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
