/**
 * The Kosovo anchor terms (CODING-GUIDE "Unit of analysis"): the one list that the Kosovo passage,
 * the extractors and the codebook's `about_kosovo.anchors` derive from or are checked against.
 * Matching is case-insensitive, diacritic-insensitive, on whole words, possessives included.
 */
import { byCodeUnit } from "../core";
import { normalizeForMatch } from "./normalize";
import { charClass } from "./scanner";

/** The anchor terms as the coding guide writes them. */
export const ANCHOR_TERMS: readonly string[] = [
  "Kosovo",
  "Kosova",
  "Kosovar",
  "Kosovars",
  "Metohija",
  "Pristina",
  "Priština",
  "Prishtina",
  "UNMIK",
  "KFOR",
  "EULEX",
];

/** Spellings that `anchorCounts` counts under another term: a plural under its singular. */
const COUNTED_AS: Readonly<Record<string, string>> = { Kosovars: "Kosovar" };

/**
 * The anchor terms folded for matching (`normalizeForMatch`), each once, in the order of ANCHOR_TERMS.
 *
 * @example foldedAnchorTerms().includes("pristina") // true ("Priština" folds to it too)
 */
export function foldedAnchorTerms(): string[] {
  return [...new Set(ANCHOR_TERMS.map(normalizeForMatch))];
}

/** Folded spelling → the term `anchorCounts` reports it under. */
const COUNT_TERM = new Map<string, string>();
for (const t of ANCHOR_TERMS) {
  const folded = normalizeForMatch(t);
  if (!COUNT_TERM.has(folded)) COUNT_TERM.set(folded, COUNTED_AS[t] ?? t);
}

/**
 * The folded terms as one alternation, longest first, so that the longest term at a place is the
 * one found ("kosovars", not "kosovar"). A candidate counts only as a whole word (`scanAnchors`).
 */
const ANCHOR_CANDIDATE = new RegExp(
  foldedAnchorTerms()
    .sort((a, b) => b.length - a.length || byCodeUnit(a, b))
    .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|"),
  "g",
);

/** Is there a letter, digit or combining mark at `i` of `s` (false outside the string)? */
function isWordCharAt(s: string, i: number): boolean {
  if (i < 0 || i >= s.length) return false;
  const code = s.charCodeAt(i);
  // a low surrogate: the class of the whole character it ends
  if (code >= 0xdc00 && code <= 0xdfff && i > 0) return charClass(s.codePointAt(i - 1) as number) !== 0;
  return charClass(s.codePointAt(i) as number) !== 0;
}

/** Calls onHit for every whole-word anchor term in `norm` (a normalizeForMatch string); stops when it returns false. */
function scanAnchors(norm: string, onHit: (start: number, end: number) => boolean | undefined): void {
  ANCHOR_CANDIDATE.lastIndex = 0;
  for (let m = ANCHOR_CANDIDATE.exec(norm); m; m = ANCHOR_CANDIDATE.exec(norm)) {
    const start = m.index;
    const end = start + m[0].length;
    if (isWordCharAt(norm, start - 1) || isWordCharAt(norm, end)) continue;
    if (onHit(start, end) === false) return;
  }
}

/** An anchor term found in a text: [start, end) offsets and the term as it stands there. */
export interface AnchorHit {
  start: number;
  end: number;
  term: string;
}

/**
 * Offsets of every anchor term in `text` (whole words; "Kosovo’s" and "KOSOVO" match,
 * "workforce" and "Taskforce" do not contain KFOR). Offsets are into `text` as given; give it
 * NFC text (the corpus loader does) so that a decomposed "Pris\u030Ctina" is found too.
 *
 * @example findAnchors("Kosovo’s workforce") // [{ start: 0, end: 6, term: "Kosovo" }]
 */
export function findAnchors(text: string): AnchorHit[] {
  const out: AnchorHit[] = [];
  scanAnchors(normalizeForMatch(text), (start, end) => {
    out.push({ start, end, term: text.slice(start, end) });
    return true;
  });
  return out;
}

/**
 * Does `text` name an anchor term of the Kosovo passage as a whole word?
 *
 * @example hasAnchor("the KFOR mission") // true
 * @example hasAnchor("a skilled workforce") // false
 */
export function hasAnchor(text: string): boolean {
  let found = false;
  scanAnchors(normalizeForMatch(text.normalize("NFC")), () => {
    found = true;
    return false;
  });
  return found;
}

/** How often an anchor term occurs in a set of units. */
export interface AnchorCount {
  /**
   * The term as listed in ANCHOR_TERMS (diacritics folded: "Pristina" counts "Priština" too;
   * "Kosovars" counts under "Kosovar").
   */
  term: string;
  /** Occurrences in all units. */
  hits: number;
  /** Units with at least one occurrence. */
  units: number;
}

/**
 * Counts the anchor terms of a set of units (or texts): occurrences and units with the term,
 * most units first (ties: more hits, then the term).
 *
 * @example anchorCounts([{ body: "Kosovo and UNMIK. Kosovo again." }])
 * // [{ term: "Kosovo", hits: 2, units: 1 }, { term: "UNMIK", hits: 1, units: 1 }]
 */
export function anchorCounts(units: Array<{ body: string }>): AnchorCount[] {
  const by = new Map<string, AnchorCount>();
  for (const u of units) {
    const seen = new Set<string>();
    const norm = normalizeForMatch(u.body);
    scanAnchors(norm, (start, end) => {
      const term = COUNT_TERM.get(norm.slice(start, end)) ?? norm.slice(start, end);
      const row = by.get(term) ?? { term, hits: 0, units: 0 };
      row.hits++;
      if (!seen.has(term)) row.units++;
      seen.add(term);
      by.set(term, row);
      return true;
    });
  }
  return [...by.values()].sort((a, b) => b.units - a.units || b.hits - a.hits || byCodeUnit(a.term, b.term));
}
