/** The shapes of a loaded corpus: load options, the load report, and the loaded corpus itself. */
import type { Text } from "../core";
import type { CorpusCard } from "./card";

/** Options for loading a card's texts. */
export interface LoadOptions {
  /** Inclusive year range overriding the card's `filters.years` (e.g. [1989, 2024] or [1998, 2007]). */
  years?: [number, number];
  /** Do not read or write the on-disk cache (the in-process memo is still used). */
  noCache?: boolean;
}

/** Which General Debate archive a load read: the full archive, or the embedded subset of it. */
export interface ArchiveUsed {
  kind: "full" | "subset";
  /** The `.tgz` read, as shown to a reader (relative to the project root). */
  file: string;
  /** What it holds, in words (for the subset: how many of the archive's speeches, and which). */
  summary: string;
}

/** What loading a card did, for a reader: counts, what was left out and why, and plain notes. */
export interface LoadReport {
  card: string;
  years: [number, number];
  /** Texts loaded. */
  texts: number;
  /** ungdc: speeches per year in the year range and countries, before the Kosovo and ROC filters. */
  speechesPerYear: Record<string, number>;
  /** Texts left out on purpose, with the reason. */
  excluded: Array<{ id: string; reason: string }>;
  /** ungdc: junk entries skipped in the archive. */
  junk: string[];
  /** ungdc: Republic of China delegation speeches in the whole archive. */
  rocSpeeches: string[];
  /** ungdc: speeches with no row in the speakers workbook. */
  noSpeakerRow: string[];
  /** Plain-language notes: an empty corpus and how to fill it, exclusions. */
  notes: string[];
  /** "archive", "cache", "folder" or "memo": where the texts were read from this time. */
  from: "archive" | "cache" | "folder" | "memo";
  /** ungdc: the archive the texts were read from (the full archive or the embedded subset). */
  archive?: ArchiveUsed;
}

/** A loaded corpus: the card, its texts and a report. */
export interface LoadedCorpus {
  card: CorpusCard;
  texts: Text[];
  report: LoadReport;
}

/**
 * The report of a load that read its texts whole from one place (a folder, a dataset): counts per year and notes,
 * none of the archive's facts.
 *
 * @example textsReport(card, [2008, 2024], texts, [], "folder").speechesPerYear // { "2010": 3 }
 */
export function textsReport(
  card: CorpusCard,
  years: [number, number],
  texts: Text[],
  notes: string[],
  from: LoadReport["from"],
): LoadReport {
  const speechesPerYear: Record<string, number> = {};
  for (const t of texts) speechesPerYear[String(t.year)] = (speechesPerYear[String(t.year)] ?? 0) + 1;
  const none = { excluded: [], junk: [], rocSpeeches: [], noSpeakerRow: [] };
  return { card: card.name, years, texts: texts.length, speechesPerYear, ...none, notes, from };
}
