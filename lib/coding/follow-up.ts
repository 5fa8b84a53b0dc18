/**
 * Follow-up sentences (codebook `follow_up`): a sentence that does not express a theme in its own
 * words counts for it when one of the rule's back-references ("this", "such acts", …) is in it and a
 * sentence at most `distance` sentences before it, in the same unit, expresses the theme in its own
 * words. A carried sentence must itself be about Kosovo (in sentence mode), the theme's veto must not
 * fire in it, and it carries no further (only a sentence coded on its own words passes a theme on).
 * Its evidence is the back-reference, with the pattern "follow-up: carried from sentence N".
 */
import type { Evidence } from "../core";
import type { WordToken } from "../text";
import { firePattern } from "./fire";
import type { TermMatch } from "./trie";
import type { CompiledCodebook } from "./types";

/** The part of a scanned sentence the rule reads. */
export interface ScannedSentence {
  index: number;
  start: number;
  text: string;
  tokens: WordToken[] | null;
  hits: Map<number, TermMatch[]>;
}

/**
 * Adds to `found` (owner index → evidence) the themes a follow-up sentence carries from the sentences
 * before it. `lastOwn[o]` is the index of the last sentence that expressed owner `o` in its own words
 * (before this one), or −1.
 *
 * @example carryFollowUp(compiled, "u1", body, sentence, found, lastOwn) // found gains "follow-up" evidence
 */
export function carryFollowUp(
  compiled: CompiledCodebook,
  unitId: string,
  body: string,
  r: ScannedSentence,
  found: Map<number, Evidence[]>,
  lastOwn: Int32Array,
): void {
  const rule = compiled.followUp;
  if (!rule || r.tokens === null || r.hits.size === 0) return;
  let ref: { from: number; to: number } | null = null;
  for (const p of rule.backReferences) {
    ref = firePattern(p, r.hits);
    if (ref) break;
  }
  if (!ref) return;
  const start = r.start + r.tokens[ref.from].start;
  const end = r.start + r.tokens[ref.to].end;
  for (const oi of rule.owners) {
    const from = lastOwn[oi];
    if (found.has(oi) || from < 0 || r.index - from > rule.distance) continue;
    const owner = compiled.owners[oi];
    if (owner.veto.some((v) => firePattern(v, r.hits) !== null)) continue;
    found.set(oi, [
      {
        unitId,
        theme: owner.key,
        sentence: r.index,
        text: r.text,
        match: body.slice(start, end),
        start,
        end,
        pattern: `follow-up: carried from sentence ${from}`,
      },
    ]);
  }
}
