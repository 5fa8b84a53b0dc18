/** Loading a General Debate card: the archive read once (through the cache), with the load report's notes. */
import * as fs from "fs";
import * as path from "path";
import { InputError } from "../core";
import type { Text } from "../core";
import { hasAnchor } from "../text";
import { type CorpusCard, sourceDir } from "./card";
import { cacheEntry, readCachedCorpus, writeCachedCorpus } from "./cache";
import type { LoadedCorpus, LoadReport } from "./loaded";
import { readSpeakers } from "./speakers";
import { type ArchiveReport, KEEP_FILTER_REASON, readUngdcArchive } from "./ungdc-archive";

/**
 * A General Debate card's texts for some years: from the cache when it holds them (unless `noCache`),
 * else streamed from the archive (and then cached). A Kosovo-passage card keeps only the speeches that
 * name an anchor term.
 *
 * @throws {InputError} when the archive is not in the card's folder
 */
export function loadUngdc(card: CorpusCard, years: [number, number], noCache: boolean): LoadedCorpus {
  const dir = sourceDir(card);
  const tgz = path.join(dir, card.source.archive ?? "UNGDC_1946-2024.tgz");
  const xlsx = path.join(dir, card.source.speakers ?? "Speakers_by_session.xlsx");
  if (!fs.existsSync(tgz)) {
    const orEnv = card.source.env ? `, or set ${card.source.env} to the folder that holds them` : "";
    throw new InputError({
      file: tgz,
      message: `the General Debate archive for corpus "${card.name}" is not there`,
      fix: `download UNGDC_1946-2024.tgz and Speakers_by_session.xlsx from doi:10.7910/DVN/0TJX8Y into ${dir}${orEnv}`,
    });
  }
  const hasXlsx = fs.existsSync(xlsx);
  const entry = cacheEntry(card, years, tgz, hasXlsx ? xlsx : null);
  const cached = noCache ? null : readCachedCorpus(entry);
  if (cached) return { card, texts: cached.texts, report: { ...cached.report, from: "cache" } };
  const speakers = hasXlsx ? readSpeakers(xlsx) : undefined;
  const { texts, report: ar } = readUngdcArchive(tgz, {
    years,
    countries: card.filters.countries,
    excludeRoc: card.filters.excludeRoc,
    keep: card.unit === "kosovo-passage" ? (t) => hasAnchor(t.body) : undefined,
    speakers,
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
    notes: ungdcNotes(card, years, texts, ar, hasXlsx ? null : xlsx),
    from: "archive",
  };
  if (!noCache) writeCachedCorpus(entry, texts, report);
  return { card, texts, report };
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
  const noAnchor = ar.excluded.length - excluded.length;
  const notes: string[] = [];
  if (card.unit === "kosovo-passage")
    notes.push(
      `${texts.length} of ${noAnchor + texts.length} speeches of ${years[0]}–${years[1]} name an anchor term ` +
        "(Kosovo, Metohija, Pristina, UNMIK, KFOR, EULEX, …) and make up the corpus.",
    );
  const roc = excluded.filter((e) => e.reason.startsWith("Republic of China"));
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
