/**
 * Table shapers for the counts stage: theme counts, breakdowns and the paper-vs-corpus comparison as rows for
 * `showTable` (formatting only, no analysis).
 */
import type { ThemeChange } from "../coding/theme-changes";
import type { BreakdownCount, ThemeCount } from "../counts/themes";
import type { PaperComparison } from "../counts/paper-comparison";
import type { PaperFigure } from "../counts/paper-figures";

/**
 * Formats a share as a percentage with one decimal ("80.5%"), or "–" when there are no units.
 *
 * @example formatShare(66 / 82) // "80.5%"
 * @example formatShare(null) // "–"
 */
export function formatShare(share: number | null): string {
  return share === null ? "–" : `${(share * 100).toFixed(1)}%`;
}

/**
 * Rows for `showTable`: theme, units, present, share (as a percentage), mentions.
 *
 * @example countsRows(countThemes(rows))[0]
 * // { theme: "sovereignty", units: 4, present: 3, share: "75.0%", mentions: 5 }
 */
export function countsRows(counts: ThemeCount[]): Array<Record<string, string | number>> {
  return counts.map((c) => ({
    theme: c.theme,
    units: c.units,
    present: c.present,
    share: formatShare(c.share),
    mentions: c.mentions === null ? "–" : c.mentions,
  }));
}

/**
 * Rows for `showTable` from a breakdown: one row per key and theme, "present / units (share)".
 *
 * @example breakdownRows(countBy(rows, "category"))[0]
 * // { key: "leader", theme: "sovereignty", present: "0 / 1", share: "0.0%", mentions: 0 }
 */
export function breakdownRows(counts: BreakdownCount[]): Array<Record<string, string | number>> {
  return counts.map((c) => ({
    key: c.key,
    theme: c.theme,
    present: `${c.present} / ${c.units}`,
    share: formatShare(c.share),
    mentions: c.mentions ?? "–",
  }));
}

/**
 * Rows for `showTable` from `paperVsCorpus`: both shares, both mention totals, both ranks.
 *
 * @example comparisonRows(cmp)[0]
 * // { theme: "sovereignty", paper: "66 / 82 (80.5%)", corpus: "…", "paper rank": 1, … }
 */
export function comparisonRows(cmp: PaperComparison): Array<Record<string, string | number>> {
  return cmp.rows.map((r) => ({
    theme: r.theme,
    paper: r.paperPresent === null ? "–" : `${r.paperPresent} / ${r.paperUnits} (${formatShare(r.paperShare)})`,
    corpus: `${r.corpusPresent} / ${r.corpusUnits} (${formatShare(r.corpusShare)})`,
    "paper mentions": r.paperMentions ?? "–",
    "corpus mentions": r.corpusMentions ?? "–",
    "paper rank": r.paperRank ?? "–",
    "corpus rank": r.corpusRank ?? "–",
  }));
}

/**
 * Rows for `showTable` from the paper's figures: measure, theme, value ("not reported" when the paper gives none),
 * out of, source and note.
 *
 * @example paperFigureRows(loadPaperFigures())[0] // { measure: "texts", theme: "sovereignty", value: 66, of: 82, … }
 */
export function paperFigureRows(figures: PaperFigure[]): Array<Record<string, string | number | null>> {
  return figures.map((f) => ({
    measure: f.measure,
    theme: f.theme,
    value: f.value ?? "not reported",
    of: f.of,
    source: f.source,
    note: f.note,
  }));
}

/**
 * Rows for `showTable` from `themeChanges`: each theme's texts, presence and mentions before and after a change to
 * a corpus, side by side.
 *
 * @example themeChangeRows(themeChanges(before, after))[0]
 * // { theme: "sovereignty", "texts before": 0, "texts after": 1, "present before": 0, "present after": 1, … }
 */
export function themeChangeRows(changes: ThemeChange[]): Array<Record<string, string | number>> {
  return changes.map((c) => ({
    theme: c.theme,
    "texts before": c.unitsBefore,
    "texts after": c.unitsAfter,
    "present before": c.presentBefore,
    "present after": c.presentAfter,
    "mentions before": c.mentionsBefore,
    "mentions after": c.mentionsAfter,
  }));
}
