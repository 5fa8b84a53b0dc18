/**
 * The dictionary coder's evidence as rows a reader can check: one row per spot — a sentence of a unit and a theme —
 * with the sentence shown and its hits marked, and every pattern that fired there (two patterns on the same words
 * are one row, not two: the sentence counts once for the theme).
 */
import type { Evidence, Unit } from "../core";
import { clipAround, type MarkedText, markedText, oneLine } from "./marked";

/** One spot of evidence: a sentence of a unit, a theme, the hits marked, the patterns that fired. */
export interface EvidenceRow {
  unit: string;
  theme: string;
  /** The sentence (on one line, cut around the hits when long), its hits marked. */
  sentence: MarkedText;
  /** The patterns that fired in the sentence, as the codebook writes them, joined by " · ". */
  patterns: string;
  [column: string]: unknown;
}

/** Options of {@link evidenceRows}. */
export interface EvidenceRowOptions {
  /** The units coded, to place each hit in its sentence exactly (else the first occurrence of the match is marked). */
  units?: Unit[];
  /** Longest sentence shown, in characters, cut around the hits (default 280). */
  maxChars?: number;
}

/** Where a piece of evidence's sentence starts in its unit's body (or null when it cannot be placed). */
function sentenceStart(ev: Evidence, body: string | undefined): number | null {
  if (body === undefined) return null;
  const at = body.lastIndexOf(ev.text, ev.start);
  return at >= 0 && at + ev.text.length >= ev.end ? at : null;
}

/** The [start, end) of a piece of evidence's match inside its sentence. */
function spanInSentence(ev: Evidence, start: number | null): [number, number] {
  if (start !== null) return [ev.start - start, ev.end - start];
  const i = ev.text.indexOf(ev.match);
  return i >= 0 ? [i, i + ev.match.length] : [0, 0];
}

/**
 * Evidence as one row per spot (unit, sentence, theme), in the order given: the sentence with every hit of the
 * theme marked, and the patterns that fired there, each once.
 *
 * @example
 * evidenceRows(coded.flatMap((c) => c.evidence), { units })[0]
 * // { unit: "SRB_63_2008", theme: "sovereignty", sentence: { kind: "marked", text: "…", marks: [[12, 40]] },
 * //   patterns: "near [sovereignty|territorial integrity, Serbia|…] within 6" }
 */
export function evidenceRows(evidence: Evidence[], opts: EvidenceRowOptions = {}): EvidenceRow[] {
  const bodies = new Map((opts.units ?? []).map((u) => [u.id, u.body] as const));
  const spots = new Map<string, { ev: Evidence; spans: Array<[number, number]>; patterns: string[] }>();
  for (const ev of evidence) {
    const key = `${ev.unitId}\u0000${ev.sentence}\u0000${ev.theme}`;
    let spot = spots.get(key);
    if (!spot) {
      spot = { ev, spans: [], patterns: [] };
      spots.set(key, spot);
    }
    spot.spans.push(spanInSentence(ev, sentenceStart(ev, bodies.get(ev.unitId))));
    if (!spot.patterns.includes(ev.pattern)) spot.patterns.push(ev.pattern);
  }
  return [...spots.values()].map(({ ev, spans, patterns }) => ({
    unit: ev.unitId,
    theme: ev.theme,
    sentence: clipAround(oneLine(markedText(ev.text, spans)), opts.maxChars ?? 280),
    patterns: patterns.join(" · "),
  }));
}

/**
 * The spots of the unit × theme cells that rest on one sentence only (a theme with one mention in a unit): the
 * borderline cases most worth a human reading.
 *
 * @example singleSentenceRows(coded, ["sovereignty"], { units }).length // cells with sovereignty mentioned once
 */
export function singleSentenceRows(
  coded: Array<{ unitId: string; codes: Record<string, { mentions: number }>; evidence: Evidence[] }>,
  themes: string[],
  opts: EvidenceRowOptions = {},
): EvidenceRow[] {
  const once = coded.flatMap((c) =>
    themes
      .filter((k) => c.codes[k]?.mentions === 1)
      .flatMap((k) => {
        const first = c.evidence.find((e) => e.theme === k);
        return first ? c.evidence.filter((e) => e.theme === k && e.sentence === first.sentence) : [];
      }),
  );
  return evidenceRows(once, opts);
}

/** What `explainText` (lib/coding) says of one pattern in one sentence, as far as these rows need it. */
interface PatternCheckLike {
  sentence: number;
  key: string;
  pattern: string;
  text: string;
  start: number;
  end: number;
  counted: boolean;
  why: string;
}

/**
 * `explainText`'s checks as one row per spot (sentence, key, words found): the sentence with the words marked,
 * whether the sentence counted for the key there, and every pattern with why it counted or not.
 *
 * @example
 * explainRows(explainText(compiled, "We respect the territorial integrity of Serbia."))
 * // [{ sentence: 1, key: "sovereignty", text: {…marked…}, counted: "yes",
 * //    why: "near [...]: near: both sides within 6 words" }]
 */
export function explainRows(checks: PatternCheckLike[]): Array<Record<string, unknown>> {
  const spots = new Map<string, { c: PatternCheckLike; counted: boolean; why: string[] }>();
  for (const c of checks) {
    const key = `${c.sentence}\u0000${c.key}\u0000${c.start}\u0000${c.end}`;
    const spot = spots.get(key) ?? { c, counted: false, why: [] };
    spot.counted ||= c.counted;
    spot.why.push(`${c.pattern} — ${c.why}`);
    spots.set(key, spot);
  }
  return [...spots.values()].map(({ c, counted, why }) => ({
    sentence: c.sentence + 1,
    key: c.key,
    text: oneLine(markedText(c.text, [[c.start, c.end]])),
    counted: counted ? "yes" : "no",
    "patterns, and why": why.join(" · "),
  }));
}
