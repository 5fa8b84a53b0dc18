/**
 * Concordance lines as table rows that align on the key word: the left context cut from its start and the right
 * context cut at its end to the same width, so that (shown right- and left-aligned, as `showTable`'s `kwic` option
 * does) every hit stands in one column. Two patterns (or terms) on the same words are one line.
 */
import type { Evidence } from "../core";
import type { KwicRow } from "../vocabulary/kwic";

/** Options of {@link kwicRows}. */
export interface KwicRowOptions {
  /** Characters of context kept on each side (default 40), cut at a word, "…" where text was left out. */
  width?: number;
  /** Metadata columns before the line, in order (default ["passage", "year", "group"]; "group" only when set). */
  columns?: Array<"passage" | "year" | "group" | "country" | "term">;
  /** The evidence behind the lines (from `codeUnits`), to list the patterns that fired on each. */
  evidence?: Evidence[];
  /** At most this many lines per term (after merging), terms in the order of `terms` when given. */
  perTerm?: number;
  /** Only these terms' lines, in this order (e.g. the codebook's themes, leaving out its vocabulary lists). */
  terms?: string[];
}

/**
 * The last `width` characters of a left context, from a word start, with "…" in front when cut.
 *
 * @example clipLeft("we respect the sovereignty and territorial integrity of", 20) // "…integrity of"
 */
export function clipLeft(s: string, width: number): string {
  if (s.length <= width) return s;
  const tail = s.slice(s.length - width);
  const space = tail.indexOf(" ");
  return `…${space >= 0 && space < tail.length - 1 ? tail.slice(space + 1) : tail}`;
}

/**
 * The first `width` characters of a right context, to a word end, with "…" after when cut.
 *
 * @example clipRight("and territorial integrity of the Republic of Serbia", 20) // "and territorial…"
 */
export function clipRight(s: string, width: number): string {
  if (s.length <= width) return s;
  const head = s.slice(0, width);
  const space = head.lastIndexOf(" ");
  return `${space > 0 ? head.slice(0, space) : head}…`;
}

/** The lines of `terms` only, grouped by term in that order (each term's lines as they came), or all as they are. */
function ordered(lines: KwicRow[], terms?: string[]): KwicRow[] {
  if (!terms) return lines;
  return terms.flatMap((t) => lines.filter((l) => l.term === t));
}

/**
 * Concordance lines as rows: the chosen metadata columns, then `left`, `hit`, `right` (contexts cut to `width`);
 * lines on the same words of the same unit and term merged, with `patterns` when the evidence is given (as
 * "theme: patterns" when the term has no column of its own); only the lines of `terms` when given, in their order;
 * at most `perTerm` lines per term.
 *
 * @example
 * kwicRows(kwic(units, ["unilateral*"], tokenize, { window: 7 }), { width: 30, columns: ["passage", "year"] })[0]
 * // { passage: "SRB_63_2008", year: 2008, left: "…the so-called", hit: "unilateral", right: "declaration of…" }
 */
export function kwicRows(lines: KwicRow[], opts: KwicRowOptions = {}): Array<Record<string, string | number>> {
  const width = opts.width ?? 40;
  const columns = opts.columns ?? ["passage", "year", "group"];
  const patterns = new Map<string, string[]>();
  for (const e of opts.evidence ?? []) {
    const key = `${e.unitId}\u0000${e.theme}\u0000${e.start}\u0000${e.end}`;
    const list = patterns.get(key) ?? [];
    if (!list.includes(e.pattern)) list.push(e.pattern);
    patterns.set(key, list);
  }
  const seen = new Set<string>();
  const kept = new Map<string, number>();
  const out: Array<Record<string, string | number>> = [];
  for (const l of ordered(lines, opts.terms)) {
    const key = `${l.unitId}\u0000${l.term}\u0000${l.start}\u0000${l.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (opts.perTerm !== undefined) {
      const n = kept.get(l.term) ?? 0;
      if (n >= opts.perTerm) continue;
      kept.set(l.term, n + 1);
    }
    const row: Record<string, string | number> = {};
    for (const c of columns) {
      if (c === "passage") row.passage = l.unitId;
      else if (c === "year") row.year = l.year;
      else if (c === "group") {
        if (l.group !== "") row.group = l.group;
      } else if (c === "country") row.country = l.country;
      else row.term = l.term;
    }
    row.left = clipLeft(l.left, width);
    row.hit = l.match.replace(/\s+/g, " ");
    row.right = clipRight(l.right, width);
    const fired = (patterns.get(key) ?? []).join(" · ");
    if (opts.evidence && columns.includes("term")) row.patterns = fired;
    else if (opts.evidence) row["theme: patterns"] = `${l.term}: ${fired}`;
    out.push(row);
  }
  return out;
}
