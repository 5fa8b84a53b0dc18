/**
 * The dictionary coder: codes units for the codebook's themes and vocabulary lists, with evidence.
 *
 * How a unit is coded (time linear in its length, memory bounded by a chunk, not the text):
 * 1. `mayFire` (the speed layer) answers for most units that nothing can count in them.
 * 2. Otherwise the unit is cut into sentences (`forEachSentence`, chunk by chunk; a sentence longer
 *    than `MAX_SENTENCE_CHARS` in pieces, see `./pieces`), each sentence the gate lets through
 *    tokenised (`tokenize`) and walked through the token trie of the codebook's phrases (`matchTokens`).
 * 3. Per sentence the hits make patterns fire (phrases; near: pairs within N words), `unless` and
 *    theme `veto` patterns cancel them, and the "about Kosovo" rule (codebook `about_kosovo`)
 *    decides whether a scope-"kosovo" theme may count the sentence.
 * 4. When the codebook has a `follow_up` rule, a sentence with a back-reference may carry a theme of
 *    the sentence before it (`carryFollowUp`).
 * A sentence counts once per theme however many patterns fire; every pattern that fired is kept as
 * evidence.
 */
import { composeNfc } from "../core";
import type { CodedUnit, Evidence, ThemeCode, Unit } from "../core";
import { readAsPlain, tokenize } from "../text";
import type { PlainReading, WordToken } from "../text";
import { firePattern } from "./fire";
import { carryFollowUp } from "./follow-up";
import { mayFire, sentenceGate } from "./may-fire";
import { forEachCodedSentence } from "./pieces";
import { matchTokens } from "./trie";
import type { TermMatch } from "./trie";
import type { CompiledCodebook } from "./types";

/** What one sentence contributes, kept until its neighbours decide whether it is about Kosovo. */
interface SentenceResult {
  index: number;
  start: number;
  text: string;
  /** Tokens and trie hits, computed only when the sentence is looked at (see `ensure`). */
  tokens: WordToken[] | null;
  hits: Map<number, TermMatch[]>;
  /** Could the sentence hold an anchor or a scope-"any" phrase? (false = certainly not) */
  maybe: boolean;
  anchored: boolean;
}

const EMPTY_HITS: Map<number, TermMatch[]> = new Map();

/** Tokenises a sentence and walks its tokens through the trie, once. */
function ensure(compiled: CompiledCodebook, r: SentenceResult): SentenceResult {
  if (r.tokens === null) {
    r.tokens = tokenize(r.text);
    r.hits = r.tokens.length > 0 ? matchTokens(compiled.trie, r.tokens) : new Map<number, TermMatch[]>();
  }
  return r;
}

/** The evidence of each owner (by index) in one sentence; scope-"kosovo" owners only when `about`. */
function evaluate(
  compiled: CompiledCodebook,
  unitId: string,
  body: string,
  r: SentenceResult,
  about: boolean,
  out: Map<number, Evidence[]>,
): void {
  const { owners } = compiled;
  const tokens = r.tokens as WordToken[];
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

/** Scans the sentences of `body`, adding each owner's mentions and the evidence. */
function scanSentences(
  compiled: CompiledCodebook,
  unitId: string,
  body: string,
  mentions: number[],
  evidence: Evidence[],
  sentenceStarts: Map<number, number> | null,
): void {
  const unitMode = compiled.mode === "unit";
  const w = compiled.window;
  const pending: SentenceResult[] = [];
  const done: Array<{ index: number; anchored: boolean }> = [];
  const found = new Map<number, Evidence[]>();
  // the last sentence that expressed each owner in its own words (for the follow-up rule), or −1
  const lastOwn = compiled.followUp ? new Int32Array(compiled.owners.length).fill(-1) : null;
  const commit = (r: SentenceResult, about: boolean) => {
    if (!about && !r.maybe) return;
    ensure(compiled, r);
    if (r.hits.size === 0) return;
    found.clear();
    evaluate(compiled, unitId, body, r, about, found);
    if (lastOwn) {
      const own = [...found.keys()];
      if (about) carryFollowUp(compiled, unitId, body, r, found, lastOwn);
      for (const oi of own) lastOwn[oi] = r.index;
    }
    if (sentenceStarts && found.size > 0) sentenceStarts.set(r.index, r.start);
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
  const gate = sentenceGate(compiled, body);
  forEachCodedSentence(body, compiled.chunkSize, compiled.maxSentenceChars, (index, start, text) => {
    const r: SentenceResult = { index, start, text, tokens: null, hits: EMPTY_HITS, maybe: true, anchored: false };
    if (unitMode) {
      commit(r, true);
      return;
    }
    r.maybe = gate(start, start + text.length);
    if (r.maybe) {
      ensure(compiled, r);
      r.anchored = r.hits.size > 0 && compiled.anchors.some((p) => firePattern(p, r.hits) !== null);
    }
    pending.push(r);
    settle(false);
  });
  if (!unitMode) settle(true);
}

/** Moves a piece of evidence found in the plain reading of a unit onto the text as loaded. */
function pointIntoLoaded(e: Evidence, loaded: string, plain: PlainReading, starts: Map<number, number>): void {
  const from = starts.get(e.sentence) as number;
  e.text = loaded.slice(plain.toLoadedStart(from), plain.toLoadedEnd(from + e.text.length));
  e.start = plain.toLoadedStart(e.start);
  e.end = plain.toLoadedEnd(e.end);
  e.match = loaded.slice(e.start, e.end);
}

/**
 * Codes one unit: per theme presence (0/1) and mentions (sentences expressing it), sentences per
 * vocabulary list, and the evidence (sentence, matched words, offsets into `unit.body`, pattern).
 * A body that is not composed (NFC) is coded in its NFC form, and the offsets point into that form.
 * A body with invisible characters, compatibility forms or Unicode spaces is coded as it reads
 * (`readAsPlain`), and the evidence (sentence, match, offsets) still points into the body as given.
 * In sentence mode a sentence is tokenised only when it may hold an anchor or a scope-"any" phrase,
 * or lies next to an anchor sentence: most of a long speech is split into sentences and skipped.
 *
 * @example codeUnit(compiled, unit).codes.sovereignty // { present: 1, mentions: 2 }
 */
export function codeUnit(compiled: CompiledCodebook, unit: Pick<Unit, "id" | "body">): CodedUnit {
  const { owners } = compiled;
  const mentions = new Array<number>(owners.length).fill(0);
  const evidence: Evidence[] = [];
  // texts from the loaders are composed already; a unit from elsewhere (a typed sentence, NFD from a
  // Mac file name) is composed here, as the codebook's patterns are (offsets then point into its NFC form)
  const loaded = composeNfc(unit.body);
  // the unit is coded as it reads (lib/text/compat.ts); evidence then points back into the loaded text
  const plain = readAsPlain(loaded);
  const body = plain ? plain.text : loaded;
  const starts = plain ? new Map<number, number>() : null;
  if (mayFire(compiled, body)) scanSentences(compiled, unit.id, body, mentions, evidence, starts);
  if (plain && starts) for (const e of evidence) pointIntoLoaded(e, loaded, plain, starts);

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
 * Codes every unit.
 *
 * @example codeUnits(compileCodebook(loadCodebook()), units).length === units.length // true
 */
export function codeUnits(compiled: CompiledCodebook, units: Array<Pick<Unit, "id" | "body">>): CodedUnit[] {
  return units.map((u) => codeUnit(compiled, u));
}
