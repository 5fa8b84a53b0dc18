/**
 * Chapter 05's steps: what was counted (with the empty-corpus note), the breakdown the card asks for (by speaker
 * group or by category), and the checks of its exercises.
 */
import { type BreakdownCount, countBy, type ThemeCount } from "../counts";
import { GROUP_LABELS, groupKeyOf, type CorpusCard } from "../corpus";
import type { CodedRow } from "../core";
import { heatmap } from "../charts";
import { showChart, showMarkdown, showNote, showTable } from "../display";
import { breakdownRows } from "../tables";

/**
 * Shows what chapter 05 counts — the card, its units, the mode, the themes — and, for an empty corpus, a note on how
 * to fill it (the chapter then shows the paper's figures alone).
 *
 * @example showCountsSummary(card, rows.length, "sentence", 12)
 */
export function showCountsSummary(card: CorpusCard, units: number, mode: string, themes: number): void {
  const kind = card.unit === "whole" ? "whole texts" : "Kosovo passages";
  showMarkdown(
    `Corpus **${card.name}** — ${card.title}: **${units}** units ` +
      `(${kind}, ${card.filters.years.join("–")}), coded in ${mode} mode with ${themes} themes.`,
  );
  if (units > 0) return;
  const fill =
    card.source.kind === "folder"
      ? `Fill it with \`npm run fetch -- --corpus ${card.name}\` or \`npm run add-text\`.`
      : "Check the archive path in the card.";
  showNote(
    `The corpus ${card.name} has no texts yet, so there is nothing of ours to count. ` +
      `The chapter shows the paper's own figures alone. (${fill})`,
  );
}

/**
 * Shows the breakdown the card's `analysis.counts.breakdown` asks for — by speaker group (data/country-groups.csv)
 * or by category — as a table of "present / units" and a heatmap of shares.
 *
 * @example await showBreakdown(card, rows, ["sovereignty", "dialogue", "independence"])
 */
export async function showBreakdown(card: CorpusCard, rows: CodedRow[], themes: string[]): Promise<void> {
  const byGroup = card.analysis.counts.breakdown === "group";
  const what = byGroup ? "country group" : "category";
  const counts = countBy(rows, byGroup ? groupKeyOf() : "category", themes);
  const label = (k: string) => (byGroup ? (GROUP_LABELS[k as keyof typeof GROUP_LABELS] ?? k) : k);
  showTable(
    breakdownRows(counts).map(({ key, ...r }) => ({ [byGroup ? "group" : "category"]: label(String(key)), ...r })),
    { title: `Themes by ${what} (present / units)`, maxRows: 14, rest: "collapse" },
  );
  await showChart(
    heatmap(breakdownCells(counts, label), {
      title: `Share of units with each theme, by ${what} (%)`,
      xTitle: "theme",
      yTitle: byGroup ? "group (units)" : "category (units)",
      caption:
        "Cells are the percentage of a group's units in which the theme is present; the number of units is in " +
        "brackets after the group.",
    }),
    "05-breakdown",
  );
}

/** The heatmap cells of a breakdown: "group (units)" × theme, the share in whole percent. */
function breakdownCells(counts: BreakdownCount[], label: (k: string) => string) {
  return counts.map((c) => ({
    unit: `${label(c.key)} (${c.units})`,
    theme: c.theme,
    value: c.share === null ? 0 : Math.round(c.share * 100),
  }));
}

/**
 * The theme that is dwelt on most where it is present: the most mentions per unit with the theme (null when no
 * theme is present).
 *
 * @example mostDwelt(countThemes(rows, themes)) // { theme: "eu_facilitation", perUnit: 1.6 }
 */
export function mostDwelt(counts: ThemeCount[]): { theme: string; perUnit: number } | null {
  let best: { theme: string; perUnit: number } | null = null;
  for (const c of counts) {
    if (c.present === 0 || c.mentions === null) continue;
    const perUnit = c.mentions / c.present;
    if (!best || perUnit > best.perUnit) best = { theme: c.theme, perUnit };
  }
  return best;
}

/**
 * The year with the most units (the earliest on a tie), and how many.
 *
 * @example busiestYear(rows) // { year: 1999, units: 97 }
 */
export function busiestYear(rows: CodedRow[]): { year: number; units: number } | null {
  const n = new Map<number, number>();
  for (const r of rows) n.set(r.year, (n.get(r.year) ?? 0) + 1);
  let best: { year: number; units: number } | null = null;
  for (const [year, units] of [...n].sort((a, b) => a[0] - b[0]))
    if (!best || units > best.units) best = { year, units };
  return best;
}
