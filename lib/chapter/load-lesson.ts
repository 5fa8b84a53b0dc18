/** Chapter 01's first step: what was loaded, from where, and the load report's notes. */
import type { Unit } from "../core";
import { archiveLine, type CorpusCard, type LoadedCorpus } from "../corpus";
import { showMarkdown, showNote } from "../display";

/**
 * Shows what chapter 01 loaded: the card, its texts and units with their words, where they were read from (and
 * which General Debate archive: the full one or the embedded subset), then each note of the load report.
 *
 * @example showLoadSummary(card, loadCorpus(card), unitsOfTexts(card, loaded.texts))
 */
export function showLoadSummary(card: CorpusCard, loaded: LoadedCorpus, units: Unit[]): void {
  const words = (xs: Array<{ words: number }>) => xs.reduce((s, x) => s + x.words, 0).toLocaleString("en");
  const kind = card.unit === "kosovo-passage" ? "Kosovo passages" : "whole texts";
  showMarkdown(
    `Corpus card **${card.name}** — ${card.title}.\n\n` +
      `${loaded.texts.length} texts, ${units.length} units (${kind}), ${words(loaded.texts)} words in the texts, ` +
      `${words(units)} in the units. Read from: ${loaded.report.from}.`,
  );
  const archive = archiveLine(loaded.report);
  if (archive) showMarkdown(archive);
  for (const note of loaded.report.notes) showNote(note, { quiet: true });
}
