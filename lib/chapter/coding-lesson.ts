/**
 * Chapter 03's steps: what was coded (and written), the cells that rest on one sentence, and the checks of its
 * exercises (a theme's reach, the most fragile theme, the patterns behind a sentence, unit against sentence mode).
 */
import { byCodeUnit, type CodedRow } from "../core";
import { type CompiledCodebook, explainText } from "../coding";
import type { CorpusCard } from "../corpus";
import { showMarkdown, showNote } from "../display";
import type { CodedCorpus } from "../workflow";

/**
 * Shows what a coded corpus holds — units, mode, themes, evidence lines, the files written — and, for an empty
 * corpus, the load report's note on how to fill it.
 *
 * @example showCodingSummary(card, coding, writeCodingFiles(card.name, coding))
 */
export function showCodingSummary(card: CorpusCard, coding: CodedCorpus, files: string[]): void {
  if (coding.units.length === 0) showNote(coding.report.notes.join("\n") || `The corpus ${card.name} has no units.`);
  const evidence = coding.coded.reduce((n, c) => n + c.evidence.length, 0);
  const unit = card.unit === "whole" ? "whole texts" : "Kosovo passages";
  showMarkdown(
    `**${card.title}**: ${coding.units.length} units (${unit}), coded in *${coding.mode}* mode with ` +
      `${coding.compiled.themeKeys.length} themes; ${evidence} evidence lines. Written: ` +
      `${files.map((f) => `\`${f}\``).join(", ")}.`,
  );
}

/**
 * The unit × theme cells where a theme is present, over every unit.
 *
 * @example presentCells(rows, ["sovereignty", "dialogue"]) // 2 for one unit with both
 */
export function presentCells(rows: CodedRow[], themes: string[]): number {
  return rows.reduce((n, r) => n + themes.filter((k) => r.codes[k]?.present === 1).length, 0);
}

/**
 * "**N** unit × theme cells rest on a single sentence (of M present cells)."
 *
 * @example singleSentenceLine(once, rows, themes)
 */
export function singleSentenceLine(once: unknown[], rows: CodedRow[], themes: string[]): string {
  const present = presentCells(rows, themes);
  return `**${once.length}** unit × theme cells rest on a single sentence (of ${present} present cells).`;
}

/**
 * How far a theme reaches: the units it is present in, and their countries.
 *
 * @example themeReach(rows, "sovereignty") // { units: 57, countries: 31 }
 */
export function themeReach(rows: CodedRow[], theme: string): { units: number; countries: number } {
  const withIt = rows.filter((r) => r.codes[theme]?.present === 1);
  return { units: withIt.length, countries: new Set(withIt.map((r) => r.country)).size };
}

/**
 * The theme with the most cells resting on one sentence (the first in `themes` order on a tie), or null.
 *
 * @example mostSingleSentence(singleSentenceRows(coded, themes, { units }), themes) // "dialogue"
 */
export function mostSingleSentence(once: Array<{ theme: string }>, themes: string[]): string | null {
  let best: string | null = null;
  let most = 0;
  for (const k of themes) {
    const n = once.filter((r) => r.theme === k).length;
    if (n > most) [best, most] = [k, n];
  }
  return best;
}

/**
 * The patterns that fire (and count) for a theme in a sentence, as the codebook writes them, sorted.
 *
 * @example firedPatterns(compiled, "Kosovo is an integral part of Serbia.", "sovereignty") // ["part of Serbia|…"]
 */
export function firedPatterns(compiled: CompiledCodebook, sentence: string, theme: string): string[] {
  const fired = explainText(compiled, sentence).filter((c) => c.key === theme && c.counted);
  return [...new Set(fired.map((c) => c.pattern))].sort(byCodeUnit);
}
