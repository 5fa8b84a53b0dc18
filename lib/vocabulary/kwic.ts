/**
 * KWIC (key word in context): every hit of a search term — a word, a phrase, a prefix wildcard (`negotiat*`) — or
 * of a codebook pattern (its `Evidence`), with N words of context on each side and the unit's metadata.
 */
import { ArgumentError, byCodeUnit } from "../core";
import type { Evidence, Unit } from "../core";
import { type Tokenizer, type WordToken, findTerms, parseTerms } from "./terms";

/** One concordance line: a hit with its left and right context, and the unit's metadata. */
export interface KwicRow {
  unitId: string;
  date: string | null;
  year: number;
  country: string;
  /** Speaker group (from the `groupOf` option), "" when none was given. */
  group: string;
  /** The term (or codebook list/theme key) that matched. */
  term: string;
  left: string;
  match: string;
  right: string;
  /** [start, end) of the match in the unit's body. */
  start: number;
  end: number;
}

/** How to order concordance lines. */
export type KwicSort = "date" | "left" | "right" | "match";

/** Options of {@link kwic} and {@link kwicEvidence}. */
export interface KwicOptions {
  /** Words of context on each side (default 6). */
  window?: number;
  /** "date" (default; then unit, then position), "left" (by the 1st, 2nd, … word to the left),
   *  "right" (by the 1st, 2nd, … word to the right) or "match". */
  sort?: KwicSort;
  /** Names each unit's speaker group (e.g. `u => groupOf(u.country, u.year)`). */
  groupOf?: (u: Unit) => string;
}

/** The context of a match: the text either side, and the normalized words either side (nearest first). */
interface Context {
  left: string;
  right: string;
  leftKey: string[];
  rightKey: string[];
}

/** A concordance line with its sort keys. */
interface KwicDraft {
  row: KwicRow;
  leftKey: string[];
  rightKey: string[];
}

const NO_CONTEXT: Context = { left: "", right: "", leftKey: [], rightKey: [] };

function oneLine(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/** The context of the tokens [first, last], which cover the match [start, end) of the unit's body. */
function contextOf(
  unit: Unit,
  tokens: WordToken[],
  span: { first: number; last: number; start: number; end: number },
  window: number,
): Context {
  const { first, last, start, end } = span;
  const lo = Math.max(0, first - window);
  const hi = Math.min(tokens.length - 1, last + window);
  const left = first > lo ? oneLine(unit.body.slice(tokens[lo].start, start)) : "";
  const right = hi > last ? oneLine(unit.body.slice(end, tokens[hi].end)) : "";
  const leftKey: string[] = [];
  for (let k = first - 1; k >= lo; k--) leftKey.push(tokens[k].norm);
  const rightKey: string[] = [];
  for (let k = last + 1; k <= hi; k++) rightKey.push(tokens[k].norm);
  return { left, right, leftKey, rightKey };
}

function compareKeys(a: string[], b: string[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return byCodeUnit(a[i], b[i]);
  return a.length - b.length;
}

function compareDate(a: KwicDraft, b: KwicDraft): number {
  const da = a.row.date ?? `${a.row.year}`;
  const db = b.row.date ?? `${b.row.year}`;
  return byCodeUnit(da, db) || byCodeUnit(a.row.unitId, b.row.unitId) || a.row.start - b.row.start;
}

const SORTS: Record<KwicSort, (a: KwicDraft, b: KwicDraft) => number> = {
  date: compareDate,
  left: (a, b) => compareKeys(a.leftKey, b.leftKey) || compareDate(a, b),
  right: (a, b) => compareKeys(a.rightKey, b.rightKey) || compareDate(a, b),
  match: (a, b) => byCodeUnit(a.row.match.toLowerCase(), b.row.match.toLowerCase()) || compareDate(a, b),
};

function sortDrafts(drafts: KwicDraft[], sort: KwicSort): KwicRow[] {
  const by = Object.keys(SORTS).includes(sort) ? SORTS[sort] : undefined;
  if (!by)
    throw new ArgumentError(
      "kwic options.sort",
      '"date", "left", "right" or "match"',
      sort,
      `unknown sort "${sort}": use one of those`,
    );
  return [...drafts].sort(by).map((d) => d.row);
}

function checkWindow(window: number): void {
  if (!Number.isInteger(window) || window < 0)
    throw new ArgumentError("kwic options.window", "a whole number ≥ 0", window, "pass e.g. { window: 6 }");
}

/** One concordance line (with its sort keys) for the match [start, end) of `term` in `unit`. */
function kwicDraft(
  unit: Unit,
  term: string,
  start: number,
  end: number,
  ctx: Context,
  groupOf?: (unit: Unit) => string,
): KwicDraft {
  return {
    row: {
      unitId: unit.id,
      date: unit.date,
      year: unit.year,
      country: unit.country,
      group: groupOf ? groupOf(unit) : "",
      term,
      left: ctx.left,
      match: unit.body.slice(start, end),
      right: ctx.right,
      start,
      end,
    },
    leftKey: ctx.leftKey,
    rightKey: ctx.rightKey,
  };
}

/**
 * Concordance of search terms in units: one row per hit, with `window` words each side.
 * A term may hold alternatives ("Pristina authorities|Prishtina authorities").
 *
 * @example
 * kwic(units, ["unilateral*", "Kosovo authorities"], tokenize, { window: 5, sort: "right" })
 * // one row per hit: { unitId: "SRB_63_2008", year: 2008, term: "unilateral*", left, match: "unilateral", right, … }
 * // (ungdc-kosovo 2008–2024: 56 hits of "unilateral*" in 18 passages)
 * @throws {ArgumentError} for a bad window or sort; {InputError} for a term that cannot be parsed
 */
export function kwic(units: Unit[], terms: string[], tokenize: Tokenizer, options: KwicOptions = {}): KwicRow[] {
  const window = options.window ?? 6;
  checkWindow(window);
  const parsed = parseTerms(terms, tokenize);
  const drafts: KwicDraft[] = [];
  for (const unit of units) {
    const tokens = tokenize(unit.body);
    for (const hit of findTerms(tokens, parsed)) {
      const span = { first: hit.first, last: hit.last, start: tokens[hit.first].start, end: tokens[hit.last].end };
      const ctx = contextOf(unit, tokens, span, window);
      drafts.push(kwicDraft(unit, hit.term, span.start, span.end, ctx, options.groupOf));
    }
  }
  return sortDrafts(drafts, options.sort ?? "date");
}

/**
 * Concordance of codebook hits: one row per `Evidence` (from `codeUnits` in `lib/coding`), optionally only those
 * of some themes / vocabulary lists. Evidence whose unit is not among `units` is an error (the coding and the
 * units are out of step).
 *
 * @example kwicEvidence(units, coded.flatMap((c) => c.evidence), tokenize, { keys: ["normalization"] })
 * @throws {ArgumentError} for a bad window or sort, or evidence of units not given
 */
export function kwicEvidence(
  units: Unit[],
  evidence: Evidence[],
  tokenize: Tokenizer,
  options: KwicOptions & { keys?: string[] } = {},
): KwicRow[] {
  const window = options.window ?? 6;
  checkWindow(window);
  const byId = new Map(units.map((u) => [u.id, u] as const));
  const tokenCache = new Map<string, WordToken[]>();
  const keys = options.keys ? new Set(options.keys) : null;
  const drafts: KwicDraft[] = [];
  const missing = new Set<string>();
  for (const ev of evidence) {
    if (keys && !keys.has(ev.theme)) continue;
    const unit = byId.get(ev.unitId);
    if (!unit) {
      missing.add(ev.unitId);
      continue;
    }
    let tokens = tokenCache.get(unit.id);
    if (!tokens) {
      tokens = tokenize(unit.body);
      tokenCache.set(unit.id, tokens);
    }
    // Tokens inside the match, and the first/last of them (a match may start or end mid-token).
    let first = tokens.findIndex((t) => t.end > ev.start);
    if (first < 0) first = tokens.length;
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1].start < ev.end) last++;
    const span = { first, last, start: ev.start, end: ev.end };
    const ctx = first < tokens.length ? contextOf(unit, tokens, span, window) : NO_CONTEXT;
    drafts.push(kwicDraft(unit, ev.theme, ev.start, ev.end, ctx, options.groupOf));
  }
  if (missing.size > 0) {
    const ids = [...missing].sort(byCodeUnit);
    throw new ArgumentError(
      "kwicEvidence(units, evidence)",
      "evidence of the units given",
      `${ids.length} evidence unit id(s) not among the units given: ${ids.slice(0, 5).join(", ")}` +
        (ids.length > 5 ? ", …" : ""),
      "pass the same units that were coded (same corpus and years)",
    );
  }
  return sortDrafts(drafts, options.sort ?? "date");
}
