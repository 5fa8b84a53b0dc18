/**
 * Loading a General Debate card: the full archive, or the embedded subset when the full archive is not there,
 * read once (through the cache), with the load report's notes.
 */
import * as path from "path";
import { InputError, ValidationError } from "../core";
import type { Text } from "../core";
import { hasAnchor } from "../text";
import { type FullArchive, locateArchive, missingPieces, shownPath } from "./archive-source";
import type { CorpusCard } from "./card";
import { cacheEntry, readCachedCorpus, writeCachedCorpus } from "./cache";
import type { ArchiveUsed, LoadedCorpus, LoadReport } from "./loaded";
import { readSpeakers } from "./speakers";
import { subsetSummary } from "./subset-manifest";
import { openSubset, readSubset } from "./subset-read";
import { type ArchiveFilter, type ArchiveReport, KEEP_FILTER_REASON, readUngdcArchive } from "./ungdc-archive";

/**
 * A General Debate card's texts for some years: from the cache when it holds them (unless `noCache`),
 * else streamed from the full archive, or from the embedded subset when the full archive is not there (and
 * then cached). A Kosovo-passage card keeps only the speeches that name an anchor term. The report says
 * which archive was read (`report.archive`).
 *
 * @throws {InputError} when neither the full archive nor the subset is there (or the subset cannot serve
 *   the card), naming what is missing and how to get it
 * @throws {ValidationError} when several pieces are missing, one problem each
 */
export function loadUngdc(card: CorpusCard, years: [number, number], noCache: boolean): LoadedCorpus {
  const where = locateArchive(card);
  if (!where) {
    const missing = missingPieces(card);
    if (missing.length === 1) throw new InputError(missing[0]);
    throw new ValidationError(`the General Debate texts of corpus "${card.name}"`, missing);
  }
  const source = where.kind === "full" ? fullSource(card, where) : subsetSource(card, years, where.dir, where.manifest);
  const entry = cacheEntry(card, years, source.tgz, source.speakers, source.alsoKeyed);
  const cached = noCache ? null : readCachedCorpus(entry);
  if (cached) return { card, texts: cached.texts, report: { ...cached.report, from: "cache" } };
  const { texts, report: ar } = source.read({
    years,
    countries: card.filters.countries,
    excludeRoc: card.filters.excludeRoc,
    keep: card.unit === "kosovo-passage" ? (t) => hasAnchor(t.body) : undefined,
  });
  // speeches without an anchor term are not in a Kosovo corpus: that is the corpus's definition, not a loss
  const excluded = ar.excluded.filter((e) => e.reason !== KEEP_FILTER_REASON);
  const report: LoadReport = {
    card: card.name,
    years,
    texts: texts.length,
    speechesPerYear: ar.speechesPerYear,
    excluded,
    junk: ar.junk,
    rocSpeeches: ar.rocSpeeches,
    noSpeakerRow: ar.noSpeakerRow,
    notes: ungdcNotes(card, years, texts, ar, source.missingXlsx),
    from: "archive",
    archive: source.used,
  };
  if (!noCache) writeCachedCorpus(entry, texts, report);
  return { card, texts, report };
}

/** How to read one source of General Debate texts, and what it is keyed and shown by. */
interface TextSource {
  tgz: string;
  /** The speakers file (workbook or the subset's CSV), or null when there is none. */
  speakers: string | null;
  /** Other files the parse depends on (the subset's manifest). */
  alsoKeyed: string[];
  missingXlsx: string | null;
  used: ArchiveUsed;
  read: (filter: ArchiveFilter) => { texts: Text[]; report: ArchiveReport };
}

function fullSource(card: CorpusCard, full: FullArchive): TextSource {
  const xlsx = full.xlsx;
  return {
    tgz: full.tgz,
    speakers: xlsx,
    alsoKeyed: [],
    missingXlsx: xlsx ? null : path.join(full.dir, card.source.speakers ?? "Speakers_by_session.xlsx"),
    used: { kind: "full", file: shownPath(full.tgz), summary: "the full archive" },
    read: (filter) => readUngdcArchive(full.tgz, { ...filter, speakers: xlsx ? readSpeakers(xlsx) : undefined }),
  };
}

function subsetSource(card: CorpusCard, years: [number, number], dir: string, manifestFile: string): TextSource {
  const subset = openSubset(dir, manifestFile);
  const request = { unit: card.unit, years, countries: card.filters.countries };
  return {
    tgz: subset.tgz,
    speakers: subset.speakersCsv,
    alsoKeyed: [manifestFile],
    missingXlsx: null,
    used: { kind: "subset", file: shownPath(subset.tgz), summary: subsetSummary(subset.manifest) },
    read: (filter) => readSubset(subset, filter, request, card.name),
  };
}

/**
 * The plain-language notes of a General Debate load: how many speeches make up a Kosovo corpus, the
 * Republic of China speeches left out, a missing speakers workbook (`missingXlsx`), junk skipped.
 */
function ungdcNotes(
  card: CorpusCard,
  years: [number, number],
  texts: Text[],
  ar: ArchiveReport,
  missingXlsx: string | null,
): string[] {
  const excluded = ar.excluded.filter((e) => e.reason !== KEEP_FILTER_REASON);
  // every speech of the years and countries is either left out (ROC), without an anchor term, or a text
  const inYears = Object.values(ar.speechesPerYear).reduce((a, b) => a + b, 0);
  const roc = excluded.filter((e) => e.reason.startsWith("Republic of China"));
  const notes: string[] = [];
  if (card.unit === "kosovo-passage")
    notes.push(
      `${texts.length} of ${inYears - roc.length} speeches of ${years[0]}–${years[1]} name an anchor term ` +
        "(Kosovo, Metohija, Pristina, UNMIK, KFOR, EULEX, …) and make up the corpus.",
    );
  if (roc.length)
    notes.push(
      `${roc.length} speech(es) of the Republic of China delegation (China's seat before October 1971) ` +
        `left out of the PRC series: ${roc.map((e) => e.id).join(", ")}.`,
    );
  if (missingXlsx)
    notes.push(`No speakers workbook at ${missingXlsx}: speakers and posts are empty and countries are shown by code.`);
  if (ar.junk.length) {
    const names = [...new Set(ar.junk.map((j) => j.split("/").pop()))].join(", ");
    notes.push(`${ar.junk.length} junk entries of the archive skipped (${names}).`);
  }
  return notes;
}
