/**
 * Vocabulary, silences and comparison: the word-level readings of the paper's section 5.
 *
 *   - KWIC (key word in context): every hit of a term — a word, a phrase, a prefix wildcard
 *     (`negotiat*`) — or of a codebook pattern (its `Evidence`), with N words of context.
 *   - Term use per year and per speaker group, and a *silence* table that shows a group's
 *     zero against what the other groups say ("China never says 'normalization'; the EU
 *     members say it in 14 of 40 passages").
 *   - Naming: how often each name of the Kosovo side is used, by year and group (chart rows).
 *   - Keyness between two sets of units: log-likelihood G² (Dunning 1993, full 2×2 table; or
 *     the two-cell form of Rayson & Garside 2000 used by the UCREL calculator), Pearson's χ²
 *     (optionally with Yates' correction), p-values from jStat, and Hardie's Log Ratio.
 *
 * Every function takes plain data: units (`lib/types.ts`), a tokenizer (`tokenize` from
 * `lib/units.ts` in the workbook), term lists (the codebook's vocabulary lists) and a grouping
 * function (`groupOf` from `lib/groups.ts`). Nothing here reads files.
 */
import type { VocabularyDef } from "../codebook";
import { InputError } from "../core";
import type { Evidence, Unit } from "../core";

// jstat ships no type declarations; this is the part of it we use.
interface JStatLike {
  chisquare: { cdf(x: number, dof: number): number; inv(p: number, dof: number): number };
}
// eslint-disable-next-line @typescript-eslint/no-var-requires
const jstatModule = require("jstat") as { jStat?: JStatLike } & JStatLike;
const jStat: JStatLike = jstatModule.jStat ?? jstatModule;

// ---------------------------------------------------------------------------------------------
// Tokens and terms
// ---------------------------------------------------------------------------------------------

/** A word token with [start, end) offsets into the string it came from; `norm` is the form compared. */
export interface WordToken {
  text: string;
  norm: string;
  start: number;
  end: number;
}

/** Splits a string into word tokens (in the workbook: `tokenize` from `lib/units.ts`). */
export type Tokenizer = (text: string) => WordToken[];

/** One word of a term: an exact normalized form, or a prefix when the term word ended in `*`. */
export interface TermWord {
  norm: string;
  prefix: boolean;
}

/** A parsed search term: the words it must match, in order. */
export interface Term {
  /** The term as the user wrote it, e.g. "negotiat*" or "Kosovo authorities". */
  label: string;
  words: TermWord[];
}

/** Where a term list comes from, so an error can name it (e.g. "data/codebook.yaml"). */
export interface TermSource {
  file?: string;
  /** The list's key, e.g. "normalization". */
  list?: string;
}

/**
 * Parses a term: words separated by spaces, each normalized with the same tokenizer as the
 * text; a word ending in `*` matches any word that starts with it.
 *
 * @example
 * parseTerm("negotiat*", tokenize)      // { label: "negotiat*", words: [{ norm: "negotiat", prefix: true }] }
 * parseTerm("Kosovo authorities", tokenize).words.length   // 2
 */
export function parseTerm(term: string, tokenize: Tokenizer, source: TermSource = {}): Term {
  const where = { file: source.file ?? "term list", column: source.list };
  const words: TermWord[] = [];
  const parts = term
    .trim()
    .split(/\s+/)
    .filter((p) => p.length > 0);
  if (parts.length === 0) {
    throw new InputError({ ...where, message: `empty search term`, fix: `remove the empty entry or write a word` });
  }
  for (const part of parts) {
    const prefix = part.endsWith("*");
    const bare = prefix ? part.replace(/\*+$/, "") : part;
    if (bare.includes("*")) {
      throw new InputError({
        ...where,
        message: `term "${term}": "*" is only allowed at the end of a word`,
        fix: `write a prefix wildcard like "negotiat*", or list the word forms separately`,
      });
    }
    const toks = tokenize(bare);
    if (toks.length === 0) {
      throw new InputError({
        ...where,
        message: `term "${term}": "${part}" has no word in it`,
        fix: `write at least one letter before the "*" (e.g. "unilateral*")`,
      });
    }
    toks.forEach((t, i) => words.push({ norm: t.norm, prefix: prefix && i === toks.length - 1 }));
  }
  return { label: term.trim(), words };
}

/** A hit of a term in a token array: tokens [first, last] (inclusive). */
export interface TermHit {
  term: string;
  first: number;
  last: number;
}

function wordMatches(w: TermWord, norm: string): boolean {
  if (w.prefix) return norm.startsWith(w.norm);
  // "Kosovo" also matches the possessive "Kosovo's" (as in the codebook's pattern language).
  return norm === w.norm || (norm.endsWith("'s") && norm.slice(0, -2) === w.norm);
}

/**
 * Parses a list of terms where an entry may hold alternatives separated by "|", as the
 * codebook's vocabulary patterns do ("normaliz*|normalis*"). Objects (the codebook's `near:`
 * patterns) are not terms: count those with `lib/coding.ts` and use `fromCodedVocabulary`.
 *
 * @example parseTerms(["normaliz*|normalis*", "ICJ"], tokenize).map(t => t.label)   // ["normaliz*", "normalis*", "ICJ"]
 */
export function parseTerms(entries: Array<string | unknown>, tokenize: Tokenizer, source: TermSource = {}): Term[] {
  const terms: Term[] = [];
  for (const e of entries) {
    if (typeof e !== "string") {
      throw new InputError({
        file: source.file ?? "term list",
        column: source.list,
        message: `a term must be a string, got ${JSON.stringify(e)}`,
        fix: `pass words or phrases ("a|b" for alternatives); count proximity patterns with lib/coding.ts`,
      });
    }
    for (const alt of e.split("|")) terms.push(parseTerm(alt, tokenize, source));
  }
  return terms;
}

/**
 * Every place in `tokens` where one of `terms` matches, in text order. Where several terms
 * match at the same token the longest wins (so "Kosovo authorities" is one hit, not also a
 * hit of "authorities"), and hits never overlap.
 *
 * @example
 * findTerms(tokenize("The talks and negotiations went on."), [parseTerm("negotiat*", tokenize)])
 * // [{ term: "negotiat*", first: 3, last: 3 }]
 */
export function findTerms(tokens: WordToken[], terms: Term[]): TermHit[] {
  const hits: TermHit[] = [];
  let i = 0;
  while (i < tokens.length) {
    let best: TermHit | null = null;
    for (const t of terms) {
      const n = t.words.length;
      if (i + n > tokens.length) continue;
      let ok = true;
      for (let k = 0; k < n; k++) {
        if (!wordMatches(t.words[k], tokens[i + k].norm)) {
          ok = false;
          break;
        }
      }
      if (ok && (best === null || n > best.last - best.first + 1)) best = { term: t.label, first: i, last: i + n - 1 };
    }
    if (best) {
      hits.push(best);
      i = best.last + 1;
    } else {
      i++;
    }
  }
  return hits;
}

/** Term lists taken from codebook vocabulary lists, and the patterns that could not be taken. */
export interface CodebookTermLists {
  /** List key → its phrase patterns as written ("normaliz*|normalis*"). */
  lists: Record<string, string[]>;
  /** Proximity (`near:`) patterns left out, as "key: source"; count those with lib/coding.ts. */
  skipped: string[];
}

/**
 * The codebook's vocabulary lists (`loadCodebook().vocabulary`, optionally one `group`:
 * "normalization", "icj", "names") as term lists for `kwic` and `countTermLists`. Vetoes and
 * the "about Kosovo" scope are not applied here: for counts that honour them, code the units
 * with `lib/coding.ts` and use `fromCodedVocabulary`.
 *
 * @example termListsFromCodebook(loadCodebook().vocabulary, "names").lists.name_republic_of_kosovo   // ["Republic of Kosovo"]
 */
export function termListsFromCodebook(vocabulary: VocabularyDef[], group?: string): CodebookTermLists {
  const lists: Record<string, string[]> = {};
  const skipped: string[] = [];
  for (const v of vocabulary) {
    if (group !== undefined && v.group !== group) continue;
    lists[v.key] = [];
    for (const p of v.patterns) {
      if (p.kind === "phrase") lists[v.key].push(p.source);
      else skipped.push(`${v.key}: ${p.source}`);
    }
  }
  return { lists, skipped };
}

// ---------------------------------------------------------------------------------------------
// KWIC
// ---------------------------------------------------------------------------------------------

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

export interface KwicOptions {
  /** Words of context on each side (default 6). */
  window?: number;
  /** "date" (default; then unit, then position), "left" (by the 1st, 2nd, … word to the left),
   *  "right" (by the 1st, 2nd, … word to the right) or "match". */
  sort?: KwicSort;
  /** Names each unit's speaker group (e.g. `u => groupOf(u.country, u.year)`). */
  groupOf?: (u: Unit) => string;
}

interface KwicDraft {
  row: KwicRow;
  leftKey: string[];
  rightKey: string[];
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

function contextOf(
  unit: Unit,
  tokens: WordToken[],
  first: number,
  last: number,
  start: number,
  end: number,
  window: number,
) {
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
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return a.length - b.length;
}

function compareDate(a: KwicDraft, b: KwicDraft): number {
  const da = a.row.date ?? `${a.row.year}`;
  const db = b.row.date ?? `${b.row.year}`;
  if (da !== db) return da < db ? -1 : 1;
  if (a.row.unitId !== b.row.unitId) return a.row.unitId < b.row.unitId ? -1 : 1;
  return a.row.start - b.row.start;
}

function sortDrafts(drafts: KwicDraft[], sort: KwicSort): KwicRow[] {
  const by: Record<KwicSort, (a: KwicDraft, b: KwicDraft) => number> = {
    date: compareDate,
    left: (a, b) => compareKeys(a.leftKey, b.leftKey) || compareDate(a, b),
    right: (a, b) => compareKeys(a.rightKey, b.rightKey) || compareDate(a, b),
    match: (a, b) =>
      (a.row.match.toLowerCase() < b.row.match.toLowerCase()
        ? -1
        : a.row.match.toLowerCase() > b.row.match.toLowerCase()
          ? 1
          : 0) || compareDate(a, b),
  };
  if (!by[sort]) {
    throw new InputError({
      file: "kwic options",
      column: "sort",
      message: `unknown sort "${sort}"`,
      fix: `use "date", "left", "right" or "match"`,
    });
  }
  return [...drafts].sort(by[sort]).map((d) => d.row);
}

function checkWindow(window: number): void {
  if (!Number.isInteger(window) || window < 0) {
    throw new InputError({
      file: "kwic options",
      column: "window",
      message: `window must be a whole number ≥ 0, got ${window}`,
      fix: `pass e.g. { window: 6 }`,
    });
  }
}

/** One concordance line (with its sort keys) for the match [start, end) of `term` in `unit`. */
function kwicDraft(
  unit: Unit,
  term: string,
  start: number,
  end: number,
  ctx: { left: string; right: string; leftKey: string[]; rightKey: string[] },
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
 */
export function kwic(units: Unit[], terms: string[], tokenize: Tokenizer, options: KwicOptions = {}): KwicRow[] {
  const window = options.window ?? 6;
  checkWindow(window);
  const parsed = parseTerms(terms, tokenize);
  const drafts: KwicDraft[] = [];
  units.forEach((unit) => {
    const tokens = tokenize(unit.body);
    for (const hit of findTerms(tokens, parsed)) {
      const start = tokens[hit.first].start;
      const end = tokens[hit.last].end;
      const ctx = contextOf(unit, tokens, hit.first, hit.last, start, end, window);
      drafts.push(kwicDraft(unit, hit.term, start, end, ctx, options.groupOf));
    }
  });
  return sortDrafts(drafts, options.sort ?? "date");
}

/**
 * Concordance of codebook hits: one row per `Evidence` (from `codeUnits` in `lib/coding.ts`),
 * optionally only those of some themes / vocabulary lists. Evidence whose unit is not among
 * `units` is an error (the coding and the units are out of step).
 *
 * @example
 * kwicEvidence(units, coded.flatMap(c => c.evidence), tokenize, { keys: ["normalization"] })
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
    const ctx =
      first < tokens.length
        ? contextOf(unit, tokens, first, last, ev.start, ev.end, window)
        : { left: "", right: "", leftKey: [], rightKey: [] };
    drafts.push(kwicDraft(unit, ev.theme, ev.start, ev.end, ctx, options.groupOf));
  }
  if (missing.size > 0) {
    const ids = [...missing].sort();
    throw new InputError({
      file: "evidence",
      message: `${ids.length} evidence unit id(s) not among the units given: ${ids.slice(0, 5).join(", ")}${ids.length > 5 ? ", …" : ""}`,
      fix: `pass the same units that were coded (same corpus and years)`,
    });
  }
  return sortDrafts(drafts, options.sort ?? "date");
}

// ---------------------------------------------------------------------------------------------
// Term use per unit, per year, per group; silences
// ---------------------------------------------------------------------------------------------

/** How often each term list is used in one unit, with what the tables group by. */
export interface UnitTermCounts {
  unitId: string;
  year: number;
  country: string;
  group: string;
  /** List key → hits (or sentences, when taken from a `CodedUnit`). Missing key = 0. */
  counts: Record<string, number>;
}

/**
 * Counts the hits of each term list in each unit (a hit = one non-overlapping match of any of
 * the list's terms; see `findTerms`).
 *
 * @example
 * countTermLists(units, { normalization: ["normali*"], icj: ["ICJ", "International Court of Justice", "advisory opinion"] },
 *                tokenize, u => groupOf(u.country, u.year))
 * // one row per unit: { unitId: "SRB_63_2008", year: 2008, country: "SRB", group: "serbia", counts: { icj: …, normalization: … } }
 */
export function countTermLists(
  units: Unit[],
  lists: Record<string, string[]>,
  tokenize: Tokenizer,
  groupOf: (u: Unit) => string,
  source: TermSource = {},
): UnitTermCounts[] {
  const keys = Object.keys(lists).sort();
  const parsed = new Map(keys.map((k) => [k, parseTerms(lists[k], tokenize, { ...source, list: k })] as const));
  for (const k of keys) {
    if (parsed.get(k)!.length === 0) {
      throw new InputError({
        file: source.file ?? "term list",
        column: k,
        message: `term list "${k}" is empty`,
        fix: `give it at least one term, or drop it`,
      });
    }
  }
  return units.map((u) => {
    const tokens = tokenize(u.body);
    const counts: Record<string, number> = {};
    for (const k of keys) counts[k] = findTerms(tokens, parsed.get(k)!).length;
    return { unitId: u.id, year: u.year, country: u.country, group: groupOf(u), counts };
  });
}

/**
 * The same shape from a coding: `vocabulary` counts of `CodedUnit`s (sentences using each list),
 * joined with their units' metadata by id.
 *
 * @example
 * fromCodedVocabulary(units, coded, u => groupOf(u.country, u.year))
 */
export function fromCodedVocabulary(
  units: Unit[],
  coded: Array<{ unitId: string; vocabulary: Record<string, number> }>,
  groupOf: (u: Unit) => string,
): UnitTermCounts[] {
  const byId = new Map(units.map((u) => [u.id, u] as const));
  const missing: string[] = [];
  const rows: UnitTermCounts[] = [];
  for (const c of coded) {
    const u = byId.get(c.unitId);
    if (!u) {
      missing.push(c.unitId);
      continue;
    }
    rows.push({ unitId: u.id, year: u.year, country: u.country, group: groupOf(u), counts: { ...c.vocabulary } });
  }
  if (missing.length > 0) {
    throw new InputError({
      file: "coding",
      message: `${missing.length} coded unit(s) not among the units given: ${missing.slice(0, 5).join(", ")}`,
      fix: `pass the units the coding was made from`,
    });
  }
  return rows;
}

/** A unit where two ways of counting a list disagree (e.g. the coder's sentences vs plain term hits). */
export interface CountDifference {
  unitId: string;
  year: number;
  group: string;
  list: string;
  a: number;
  b: number;
}

/**
 * Units where two counts of the same lists disagree about *use* (one says 0, the other more), or,
 * with `exact: true`, about the number. Typical use: the coder's counts (`fromCodedVocabulary`,
 * which honour the codebook's vetoes and its "about Kosovo" scope) against plain term hits
 * (`countTermLists`), to see what the scope rule removed. Sorted by list, then unit.
 *
 * @example countDifferences(coded, plain, ["icj"])   // ungdc-kosovo 2008–2024: [{ unitId: "RUS_76_2021", list: "icj", a: 0, b: 1, … }]
 */
export function countDifferences(
  a: UnitTermCounts[],
  b: UnitTermCounts[],
  lists: string[],
  options: { exact?: boolean } = {},
): CountDifference[] {
  const byId = new Map(b.map((r) => [r.unitId, r] as const));
  const out: CountDifference[] = [];
  for (const ra of a) {
    const rb = byId.get(ra.unitId);
    if (!rb) {
      throw new InputError({
        file: "term counts",
        message: `unit ${ra.unitId} is counted in the first set but not in the second`,
        fix: `count the same units both ways`,
      });
    }
    for (const list of lists) {
      const x = ra.counts[list] ?? 0;
      const y = rb.counts[list] ?? 0;
      const differ = options.exact ? x !== y : x > 0 !== y > 0;
      if (differ) out.push({ unitId: ra.unitId, year: ra.year, group: ra.group, list, a: x, b: y });
    }
  }
  return out.sort((p, q) =>
    p.list < q.list ? -1 : p.list > q.list ? 1 : p.unitId < q.unitId ? -1 : p.unitId > q.unitId ? 1 : 0,
  );
}

/** Use of one term list in one cell (a year, a group, or a year × group). */
export interface UsageRow {
  list: string;
  /** null when the table is not split by year. */
  year: number | null;
  /** null when the table is not split by group. */
  group: string | null;
  /** Units in the cell. */
  units: number;
  /** Units in the cell that use the list at least once. */
  unitsUsing: number;
  /** Total hits (or sentences) in the cell. */
  hits: number;
}

export type UsageSplit = "year" | "group" | "year-group" | "all";

function compareNullable(a: number | string | null, b: number | string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

/**
 * Term-list use per year, per group, per year × group, or overall. Every cell that has units
 * gets a row for every list — zeros included, so a chart shows absence rather than a gap.
 * Sorted by list, then year, then group.
 *
 * @example
 * termUsage(counts, ["normalization", "icj"], "group")
 * // one row per list and group: { list: "icj", year: null, group: "russia", units, unitsUsing, hits }
 */
export function termUsage(rows: UnitTermCounts[], lists: string[], split: UsageSplit): UsageRow[] {
  const cells = new Map<string, { year: number | null; group: string | null; units: UnitTermCounts[] }>();
  for (const r of rows) {
    const year = split === "year" || split === "year-group" ? r.year : null;
    const group = split === "group" || split === "year-group" ? r.group : null;
    const key = `${year}\u0000${group}`;
    let cell = cells.get(key);
    if (!cell) {
      cell = { year, group, units: [] };
      cells.set(key, cell);
    }
    cell.units.push(r);
  }
  const out: UsageRow[] = [];
  for (const list of lists) {
    for (const cell of cells.values()) {
      let unitsUsing = 0;
      let hits = 0;
      for (const u of cell.units) {
        const n = u.counts[list] ?? 0;
        if (n > 0) unitsUsing++;
        hits += n;
      }
      out.push({ list, year: cell.year, group: cell.group, units: cell.units.length, unitsUsing, hits });
    }
  }
  return out.sort(
    (a, b) => compareNullable(a.list, b.list) || compareNullable(a.year, b.year) || compareNullable(a.group, b.group),
  );
}

/** A group's use of a term list beside the use by everyone else (the baseline). */
export interface SilenceRow {
  list: string;
  group: string;
  units: number;
  unitsUsing: number;
  hits: number;
  /** Units of all other groups together. */
  otherUnits: number;
  otherUnitsUsing: number;
  otherHits: number;
  /** Other groups that use the list, "A; B" (sorted), "" if none. */
  otherGroupsUsing: string;
  /** True when the group never uses the list while some other group does: a silence against a baseline. */
  silent: boolean;
  /** True when the group has fewer units than `minUnits`: its zero (or its use) rests on too little text. */
  fewUnits: boolean;
  /** Plain-language reading of the row. */
  reading: string;
}

/**
 * For each term list and each group: does the group use it, and how much do all the others?
 * A group's zero is only called a silence (`silent: true`) when others use the list — otherwise
 * nobody says it and the zero says nothing about that group. Groups with fewer than `minUnits`
 * units (default 5) are flagged `fewUnits`. `unitWord` / `countWord` name the units and counts in
 * the `reading` (default "units" / "hits"; e.g. "passages" / "sentences"). Sorted by list, then group.
 *
 * @example
 * silenceTable(counts, ["normalization", "icj"])
 *   .filter(r => r.group === "russia" && r.list === "icj")
 * // ungdc-kosovo 2008–2024, coder's counts: [{ units: 6, unitsUsing: 0, otherUnits: 93, otherUnitsUsing: 11, silent: true,
 * //    reading: "never uses it in 6 units; others do in 11 of 93 units (albania; eu; other; serbia)" }]
 */
export function silenceTable(
  rows: UnitTermCounts[],
  lists: string[],
  groups?: string[],
  options: { minUnits?: number; unitWord?: string; countWord?: string } = {},
): SilenceRow[] {
  const minUnits = options.minUnits ?? 5;
  const uw = options.unitWord ?? "units";
  const cw = options.countWord ?? "hits";
  const present = [...new Set(rows.map((r) => r.group))].sort();
  const wanted = groups ?? present;
  const out: SilenceRow[] = [];
  for (const list of lists) {
    const perGroup = new Map<string, { units: number; using: number; hits: number }>();
    for (const g of present) perGroup.set(g, { units: 0, using: 0, hits: 0 });
    for (const r of rows) {
      const s = perGroup.get(r.group)!;
      const n = r.counts[list] ?? 0;
      s.units++;
      s.hits += n;
      if (n > 0) s.using++;
    }
    for (const g of wanted) {
      const own = perGroup.get(g) ?? { units: 0, using: 0, hits: 0 };
      let otherUnits = 0;
      let otherUnitsUsing = 0;
      let otherHits = 0;
      const users: string[] = [];
      for (const [h, s] of perGroup) {
        if (h === g) continue;
        otherUnits += s.units;
        otherUnitsUsing += s.using;
        otherHits += s.hits;
        if (s.using > 0) users.push(h);
      }
      const silent = own.units > 0 && own.using === 0 && otherUnitsUsing > 0;
      let reading: string;
      if (own.units === 0) reading = `no ${uw} for this group: nothing can be said`;
      else if (own.using > 0) reading = `uses it in ${own.using} of ${own.units} ${uw} (${own.hits} ${cw})`;
      else if (silent)
        reading = `never uses it in ${own.units} ${uw}; others do in ${otherUnitsUsing} of ${otherUnits} ${uw} (${users.join("; ")})`;
      else
        reading = `never uses it in ${own.units} ${uw}, but nobody else does either (${otherUnits} ${uw}): no baseline`;
      const fewUnits = own.units > 0 && own.units < minUnits;
      if (fewUnits) reading += ` — only ${own.units} of them: too few to read much into`;
      out.push({
        list,
        group: g,
        units: own.units,
        unitsUsing: own.using,
        hits: own.hits,
        otherUnits,
        otherUnitsUsing,
        otherHits,
        otherGroupsUsing: users.join("; "),
        silent,
        fewUnits,
        reading,
      });
    }
  }
  return out.sort((a, b) => compareNullable(a.list, b.list) || compareNullable(a.group, b.group));
}

/** One point of the naming chart: how often one name of the Kosovo side is used in a cell. */
export interface NamingRow {
  name: string;
  year: number | null;
  group: string | null;
  /** Hits of the name in the cell. */
  count: number;
  /** Units in the cell (the denominator a reader needs). */
  units: number;
  unitsUsing: number;
}

/**
 * Counts of each name of the Kosovo side by year, group or year × group (rows for a chart),
 * zeros included for every cell that has units.
 *
 * @example
 * namingRows(counts, ["kosovo_authorities", "provisional_institutions", "republic_of_kosovo"], "year-group")
 */
export function namingRows(rows: UnitTermCounts[], names: string[], split: UsageSplit = "year"): NamingRow[] {
  return termUsage(rows, names, split).map((u) => ({
    name: u.list,
    year: u.year,
    group: u.group,
    count: u.hits,
    units: u.units,
    unitsUsing: u.unitsUsing,
  }));
}

/** How much text a group (or any key) has: units and words. */
export interface UnitSize {
  key: string;
  units: number;
  words: number;
}

/**
 * Units and words per key (e.g. per speaker group), keys sorted — or in the order of `keys`
 * when given, with zero rows for keys that have no units (so "China: 0 units" is shown, not
 * hidden).
 *
 * @example unitSizes(units, u => groupOf(u.country, u.year), [...GROUP_KEYS])
 * // [{ key: "china", units: 0, words: 0 }, { key: "serbia", units: 17, words: 11221 }, …]
 */
export function unitSizes(units: Unit[], keyOf: (u: Unit) => string, keys?: string[]): UnitSize[] {
  const acc = new Map<string, UnitSize>();
  for (const k of keys ?? []) acc.set(k, { key: k, units: 0, words: 0 });
  for (const u of units) {
    const k = keyOf(u);
    const s = acc.get(k) ?? { key: k, units: 0, words: 0 };
    s.units++;
    s.words += u.words;
    acc.set(k, s);
  }
  const rows = [...acc.values()];
  if (keys) {
    const order = new Map(keys.map((k, i) => [k, i] as const));
    return rows.sort(
      (a, b) =>
        (order.get(a.key) ?? keys.length) - (order.get(b.key) ?? keys.length) ||
        (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    );
  }
  return rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

// ---------------------------------------------------------------------------------------------
// Keyness
// ---------------------------------------------------------------------------------------------

/** Word frequencies of a set of texts, with the total number of word tokens. */
export interface FrequencyList {
  counts: Map<string, number>;
  /** All word tokens (stop words included: they are part of the corpus size). */
  total: number;
}

/**
 * Counts normalized word forms over some texts. Tokens with no letter or digit (punctuation,
 * if the tokenizer yields any) are skipped and not counted in the total. `normalize` maps each
 * token's norm to the form counted (e.g. `stripPossessive` from `lib/units.ts`, so that
 * "kosovo's" counts as "kosovo").
 *
 * @example
 * frequencyList(["Kosovo's status and Kosovo."], tokenize, stripPossessive)   // { counts: Map { "kosovo" => 2, "status" => 1, "and" => 1 }, total: 4 }
 */
export function frequencyList(
  texts: string[],
  tokenize: Tokenizer,
  normalize: (norm: string) => string = (n) => n,
): FrequencyList {
  const counts = new Map<string, number>();
  let total = 0;
  for (const text of texts) {
    for (const t of tokenize(text)) {
      const form = normalize(t.norm);
      if (!/[\p{L}\p{N}]/u.test(form)) continue;
      counts.set(form, (counts.get(form) ?? 0) + 1);
      total++;
    }
  }
  return { counts, total };
}

function xlnxe(x: number, e: number): number {
  return x > 0 ? x * Math.log(x / e) : 0;
}

function checkCounts(what: string, values: Record<string, number>): void {
  for (const [k, v] of Object.entries(values)) {
    if (!Number.isFinite(v) || v < 0) {
      throw new InputError({
        file: what,
        column: k,
        message: `${k} must be a count ≥ 0, got ${v}`,
        fix: `pass observed frequencies and corpus sizes`,
      });
    }
  }
}

/**
 * Log-likelihood G² of a 2×2 contingency table [[k11, k12], [k21, k22]] (Dunning 1993):
 * 2 Σ k ln(k / E) over all four cells, E from the margins.
 *
 * @example g2Table(10, 0, 0, 10)   // 27.7259 (= 40 ln 2)
 */
export function g2Table(k11: number, k12: number, k21: number, k22: number): number {
  checkCounts("2×2 table", { k11, k12, k21, k22 });
  const n = k11 + k12 + k21 + k22;
  if (n === 0) return 0;
  const r1 = k11 + k12;
  const r2 = k21 + k22;
  const c1 = k11 + k21;
  const c2 = k12 + k22;
  const g =
    2 * (xlnxe(k11, (r1 * c1) / n) + xlnxe(k12, (r1 * c2) / n) + xlnxe(k21, (r2 * c1) / n) + xlnxe(k22, (r2 * c2) / n));
  return Math.max(0, g);
}

/** "full": Dunning's G² over the whole 2×2 table (what WordSmith reports);
 *  "rayson": the two-cell form 2(a ln(a/E1) + b ln(b/E2)) of the UCREL log-likelihood calculator. */
export type LogLikelihoodForm = "full" | "rayson";

function checkCorpus(a: number, b: number, c: number, d: number): void {
  checkCounts("keyness counts", { a, b, c, d });
  if (a > c || b > d) {
    throw new InputError({
      file: "keyness counts",
      message: `a word's frequency exceeds its corpus size (a=${a}, c=${c}; b=${b}, d=${d})`,
      fix: `pass (frequency in A, frequency in B, size of A, size of B)`,
    });
  }
}

/**
 * Log-likelihood keyness of a word with frequency `a` in corpus A (size `c`) and `b` in
 * corpus B (size `d`), in the notation of the UCREL calculator.
 *
 * @example logLikelihood(52, 57, 50000, 75000, "rayson")   // 2.65 (UCREL worked example)
 */
export function logLikelihood(a: number, b: number, c: number, d: number, form: LogLikelihoodForm = "full"): number {
  checkCorpus(a, b, c, d);
  if (form === "full") return g2Table(a, b, c - a, d - b);
  if (form !== "rayson") {
    throw new InputError({
      file: "keyness options",
      column: "form",
      message: `unknown log-likelihood form "${form}"`,
      fix: `use "full" or "rayson"`,
    });
  }
  if (c + d === 0) return 0;
  const e1 = (c * (a + b)) / (c + d);
  const e2 = (d * (a + b)) / (c + d);
  return Math.max(0, 2 * (xlnxe(a, e1) + xlnxe(b, e2)));
}

/**
 * Pearson's χ² of a 2×2 table, optionally with Yates' continuity correction (each |O − E| is
 * reduced by 0.5, but not below 0 — as scipy's `chi2_contingency`).
 *
 * @example chiSquareTable(176, 230, 21035, 21018, true)   // 6.8926 (scipy's documented example)
 */
export function chiSquareTable(k11: number, k12: number, k21: number, k22: number, yates = false): number {
  checkCounts("2×2 table", { k11, k12, k21, k22 });
  const n = k11 + k12 + k21 + k22;
  const r = [k11 + k12, k21 + k22];
  const col = [k11 + k21, k12 + k22];
  if (n === 0 || r[0] === 0 || r[1] === 0 || col[0] === 0 || col[1] === 0) return 0;
  const obs = [
    [k11, k12],
    [k21, k22],
  ];
  let x = 0;
  for (let i = 0; i < 2; i++) {
    for (let j = 0; j < 2; j++) {
      const e = (r[i] * col[j]) / n;
      let diff = Math.abs(obs[i][j] - e);
      if (yates) diff = Math.max(0, diff - 0.5);
      x += (diff * diff) / e;
    }
  }
  return x;
}

/**
 * Upper-tail p-value of a χ² statistic with 1 degree of freedom (jStat), the p of G² and χ².
 *
 * @example pChiSquare1(3.841458820694124)   // 0.05
 */
export function pChiSquare1(x: number): number {
  if (!(x > 0)) return 1;
  return Math.min(1, Math.max(0, 1 - jStat.chisquare.cdf(x, 1)));
}

/**
 * The critical value of χ² (1 df) for a significance level (jStat).
 *
 * @example criticalChiSquare1(0.05)   // 3.8415 (the UCREL calculator's 3.84)
 */
export function criticalChiSquare1(alpha: number): number {
  if (!(alpha > 0 && alpha < 1)) {
    throw new InputError({
      file: "keyness options",
      column: "alpha",
      message: `alpha must be between 0 and 1, got ${alpha}`,
      fix: `pass e.g. 0.05`,
    });
  }
  return jStat.chisquare.inv(1 - alpha, 1);
}

/**
 * Hardie's Log Ratio: log2 of the ratio of relative frequencies, A over B. A zero frequency is
 * replaced by 0.5 (the zero adjustment CQPweb uses) so that the ratio stays finite. +1 means twice as
 * frequent in A, −2 four times as frequent in B.
 *
 * @example logRatio(20, 10, 1000, 1000)   // 1
 */
export function logRatio(a: number, b: number, c: number, d: number): number {
  checkCorpus(a, b, c, d);
  if (c === 0 || d === 0) return 0;
  const aa = a === 0 ? 0.5 : a;
  const bb = b === 0 ? 0.5 : b;
  if (a === 0 && b === 0) return 0;
  return Math.log2(aa / c / (bb / d));
}

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

/**
 * Keyness of every word between two frequency lists, sorted by G² (largest first, then by
 * word). Use `topKeywords` for the top terms of each side.
 *
 * @example
 * const rows = keyness(frequencyList(early, tokenize), frequencyList(late, tokenize), { minFreq: 5, stopwords: ENGLISH_STOPWORDS });
 * rows[0]   // ungdc-kosovo, 2008–2011 vs 2021–2024: { term: "metohija", freqA: 3, freqB: 19, keyFor: "B", g2: 24.44, logRatio: -3.52, … }
 */
export function keyness(a: FrequencyList, b: FrequencyList, options: KeynessOptions = {}): KeynessRow[] {
  const minFreq = options.minFreq ?? 5;
  const stop = new Set(options.stopwords ?? []);
  const form = options.form ?? "full";
  const words = new Set<string>([...a.counts.keys(), ...b.counts.keys()]);
  const rows: KeynessRow[] = [];
  const lettersOnly = options.lettersOnly ?? true;
  for (const term of words) {
    if (stop.has(term)) continue;
    if (lettersOnly && !/\p{L}/u.test(term)) continue;
    const fa = a.counts.get(term) ?? 0;
    const fb = b.counts.get(term) ?? 0;
    if (fa + fb < minFreq) continue;
    const g2 = logLikelihood(fa, fb, a.total, b.total, form);
    const chi2 = chiSquareTable(fa, fb, a.total - fa, b.total - fb, options.yates ?? false);
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
    if (options.alpha !== undefined && !(row.p < options.alpha)) continue;
    rows.push(row);
  }
  return rows.sort((x, y) => y.g2 - x.g2 || (x.term < y.term ? -1 : x.term > y.term ? 1 : 0));
}

/**
 * The `n` most key words of one side (by G²), e.g. the top 15 of the later period.
 *
 * @example topKeywords(rows, "B", 15)
 */
export function topKeywords(rows: KeynessRow[], side: "A" | "B", n: number): KeynessRow[] {
  return rows.filter((r) => r.keyFor === side).slice(0, n);
}

/**
 * A keyness table as CSV with fixed decimals (same rows → same bytes), for `writeFileAtomic`.
 *
 * @example writeFileAtomic(outputPath("keyness-2008-2011-vs-2021-2024.csv"), keynessCsv(rows))
 */
export function keynessCsv(rows: KeynessRow[]): string {
  const head = "term,freq_a,freq_b,per10k_a,per10k_b,key_for,g2,p,chi2,chi2_p,log_ratio";
  const q = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = rows.map((r) =>
    [
      q(r.term),
      r.freqA,
      r.freqB,
      r.per10kA.toFixed(2),
      r.per10kB.toFixed(2),
      r.keyFor,
      r.g2.toFixed(3),
      r.p.toExponential(3),
      r.chi2.toFixed(3),
      r.chi2P.toExponential(3),
      r.logRatio.toFixed(3),
    ].join(","),
  );
  return [head, ...lines].join("\n") + "\n";
}

/**
 * A short English stop-word list (function words only) for keyness tables. Pass your own list
 * to `keyness` to change it.
 */
export const ENGLISH_STOPWORDS: readonly string[] = [
  "a",
  "about",
  "after",
  "again",
  "against",
  "all",
  "also",
  "am",
  "an",
  "and",
  "any",
  "are",
  "as",
  "at",
  "be",
  "because",
  "been",
  "before",
  "being",
  "between",
  "both",
  "but",
  "by",
  "can",
  "could",
  "did",
  "do",
  "does",
  "doing",
  "during",
  "each",
  "few",
  "for",
  "from",
  "further",
  "had",
  "has",
  "have",
  "having",
  "he",
  "her",
  "here",
  "hers",
  "him",
  "his",
  "how",
  "i",
  "if",
  "in",
  "into",
  "is",
  "it",
  "its",
  "itself",
  "me",
  "more",
  "most",
  "my",
  "no",
  "nor",
  "not",
  "of",
  "off",
  "on",
  "once",
  "only",
  "or",
  "other",
  "our",
  "ours",
  "out",
  "over",
  "own",
  "same",
  "she",
  "should",
  "so",
  "some",
  "such",
  "than",
  "that",
  "the",
  "their",
  "theirs",
  "them",
  "then",
  "there",
  "these",
  "they",
  "this",
  "those",
  "through",
  "to",
  "too",
  "under",
  "until",
  "up",
  "upon",
  "very",
  "was",
  "we",
  "were",
  "what",
  "when",
  "where",
  "which",
  "while",
  "who",
  "whom",
  "why",
  "will",
  "with",
  "would",
  "you",
  "your",
  "s",
  "shall",
  "may",
  "must",
  "might",
  "within",
  "without",
  "among",
  "well",
  "just",
  "now",
  "yet",
  "one",
  "us",
];

// ---------------------------------------------------------------------------------------------
// Keyness per group, and rows for charts
// ---------------------------------------------------------------------------------------------

/** One distinctive word of a group, against all other groups together. */
export interface GroupKeyword extends KeynessRow {
  group: string;
  /** Units and word tokens of the group (A) and of the rest (B): the sizes behind the figures. */
  units: number;
  words: number;
  restUnits: number;
  restWords: number;
}

export interface GroupKeynessOptions extends KeynessOptions {
  /** Words per group (default 10). */
  top?: number;
  /** Maps a token's norm to the counted form (e.g. `stripPossessive`). */
  normalize?: (norm: string) => string;
}

/**
 * The most distinctive words of each group: keyness of the group's units (A) against every
 * other group's units (B), top `top` words that are key for the group, groups sorted.
 * A group with few words will have few or no key words — the sizes are in each row.
 *
 * @example
 * keynessByGroup(units, u => groupOf(u.country, u.year), tokenize, { top: 6, minFreq: 4, stopwords: ENGLISH_STOPWORDS, normalize: stripPossessive })
 * // ungdc-kosovo 2008–2024, top word of Albania: { group: "albania", term: "albania", freqA: 38, freqB: 1, g2: 86.75, units: 17, words: 6937, … }
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
    byGroup.set(g, [...(byGroup.get(g) ?? []), u]);
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
  for (const g of [...byGroup.keys()].sort()) {
    const a = lists.get(g)!;
    const rest: FrequencyList = { counts: new Map(), total: 0 };
    for (const [h, l] of lists) {
      if (h === g) continue;
      rest.total += l.total;
      for (const [w, n] of l.counts) rest.counts.set(w, (rest.counts.get(w) ?? 0) + n);
    }
    const restUnits = units.length - byGroup.get(g)!.length;
    for (const r of topKeywords(keyness(a, rest, options), "A", top)) {
      out.push({ ...r, group: g, units: byGroup.get(g)!.length, words: a.total, restUnits, restWords: rest.total });
    }
  }
  return out;
}

/** A bar of a two-sided keyness chart: positive = key for A, negative = key for B. */
export interface KeynessBar {
  label: string;
  value: number;
}

/**
 * Bars for the top `n` key words of each side (for `barChart(…, { diverging })` in `lib/charts.ts`):
 * the value is G² (or Log Ratio), signed + for A and − for B.
 *
 * @example barChart(keynessBars(rows, 12), { horizontal: true, diverging: { positive: "2008–2011", negative: "2021–2024" } })
 */
export function keynessBars(rows: KeynessRow[], n: number, measure: "g2" | "logRatio" = "g2"): KeynessBar[] {
  const bars: KeynessBar[] = [];
  for (const r of topKeywords(rows, "A", n)) bars.push({ label: r.term, value: measure === "g2" ? r.g2 : r.logRatio });
  for (const r of topKeywords(rows, "B", n)) bars.push({ label: r.term, value: measure === "g2" ? -r.g2 : r.logRatio });
  return bars;
}

/** A point for small multiples (`smallMultiples` in `lib/charts.ts`): panel, x = year, y = count, line. */
export interface NamingPanelPoint {
  group: string;
  x: number;
  y: number;
  series: string;
}

/**
 * Naming rows (split "year-group") as small-multiple points: one panel per speaker group,
 * one line per name (or, with `panel: "name"`, one panel per name and one line per group).
 * Cells without units are absent, so a line breaks where a group did not speak; a line that is
 * zero throughout its panel is dropped (`dropEmpty`, default true).
 *
 * @example smallMultiples(namingPanels(namingRows(counts, names, "year-group")), { xYear: true })
 */
export function namingPanels(
  rows: NamingRow[],
  panel: "group" | "name" = "group",
  labelOf: (key: string) => string = (k) => k,
  options: { dropEmpty?: boolean } = {},
): NamingPanelPoint[] {
  let out: NamingPanelPoint[] = [];
  for (const r of rows) {
    if (r.year === null || r.group === null) {
      throw new InputError({
        file: "naming rows",
        message: `namingPanels needs rows split by "year-group"`,
        fix: `call namingRows(counts, names, "year-group")`,
      });
    }
    out.push(
      panel === "group"
        ? { group: labelOf(r.group), x: r.year, y: r.count, series: labelOf(r.name) }
        : { group: labelOf(r.name), x: r.year, y: r.count, series: labelOf(r.group) },
    );
  }
  if (options.dropEmpty ?? true) {
    const used = new Set(out.filter((p) => p.y > 0).map((p) => `${p.group}\u0000${p.series}`));
    out = out.filter((p) => used.has(`${p.group}\u0000${p.series}`));
  }
  return out.sort(
    (a, b) =>
      (a.group < b.group ? -1 : a.group > b.group ? 1 : 0) ||
      (a.series < b.series ? -1 : a.series > b.series ? 1 : 0) ||
      a.x - b.x,
  );
}
