/**
 * The corpus stage: corpus cards (`data/corpora/<name>.yaml`), the UN General Debate archive and its
 * speakers workbook, folders of `.txt` texts with front matter, a cache of the parsed corpus, adding
 * a text, and the country groups speakers belong to.
 *
 *   loadCard("ungdc-kosovo") → CorpusCard                    (card.ts, card-parse.ts)
 *   loadTexts(card, { years }) → Text[]                       (cached in .cache/corpus/, memoised in-process)
 *   loadUnits(card, { years }) → Unit[]                       (Kosovo passages, or whole texts)
 *   loadCorpus(card, { years }) → { texts, report }          (the report says what was skipped and why)
 *   unitsOfTexts(card, texts) → Unit[]                        (load.ts)
 *   readUngdcArchive(tgz, filter), readSpeakers(xlsx)         (ungdc-archive.ts, speakers.ts)
 *   locateArchive(card), missingPieces(card)                  (archive-source.ts: full archive, else the subset)
 *   checkSource(card), missingSourceLine(card), describeSource(card), sourceStatus(card)
 *                                                             (source-check.ts: is a card's source there?)
 *   buildSubset({ archive, speakers, outDir })                (subset-build.ts; read back by subset-read.ts)
 *   archiveLine(report)                                       (which archive a load read, in one line)
 *   parseTextFile, formatTextFile, readTextFolder, scratchCopy (text-file.ts, folder.ts)
 *   addTextToFolder(card, body, fields)                       (add-text.ts)
 *   groupOf(iso3, year), groupKeyOf(), euMembers(year)        (groups.ts)
 *
 * The archive is streamed from its `.tgz` with `tar` (never unpacked to disk); speakers and
 * posts come from `Speakers_by_session.xlsx`. Without the full archive, General Debate cards read the
 * embedded subset (`data/ungdc-subset/`: the speeches the chapters use, their speakers' rows, and the
 * whole archive's counts in a manifest), which gives the same texts and report for what it holds.
 * The summary tables of a corpus (per year, country, speaker, category) are in `lib/tables/corpus.ts`.
 */

export * from "./card";
export * from "./card-analysis";
export { readLooseText, readLooseTextFolder } from "./loose-text";
export { parseCard } from "./card-parse";
export { type SpeakerRow, readSpeakers, ROC_COUNTRY_NAME, ROC_LAST_SESSION, isRocSpeech } from "./speakers";
export { speakerKey } from "./speaker-names";
export { type ArchiveFilter, type ArchiveReport, readUngdcArchive } from "./ungdc-archive";
export { REQUIRED_FIELDS, OPTIONAL_FIELDS, parseTextFile, formatTextFile } from "./text-file";
export { readTextFolder, scratchCopy } from "./folder";
export type { ArchiveUsed, LoadOptions, LoadReport, LoadedCorpus } from "./loaded";
export {
  type ArchiveLocation,
  type EmbeddedSubset,
  type FullArchive,
  findFullArchive,
  fullArchiveDirs,
  locateArchive,
  MANIFEST_FILE,
  missingPieces,
  shownPath,
} from "./archive-source";
export {
  type FileDigest,
  fileDigest,
  readManifest,
  type SubsetManifest,
  type SubsetRequest,
  type SubsetSelection,
  subsetGap,
  subsetSummary,
  verifySubset,
  type WholeArchiveFacts,
} from "./subset-manifest";
export { readSubsetSpeakers, subsetSpeakerIndex, subsetSpeakerLines, subsetSpeakersCsv } from "./subset-speakers";
export { type CheckedSubset, openSubset, readSubset } from "./subset-read";
export { type BuildSubsetOptions, buildSubset, SUBSET_FILES, SUBSET_SELECTION } from "./subset-build";
export { UNGDC_DATASET } from "./ungdc-dataset";
export { ARCHIVE_LINE_START, archiveLine } from "./archive-line";
export { cacheDir } from "./cache";
export { loadCorpus, loadTexts, loadUnits, unitsOfTexts, clearMemo } from "./load";
export { type NewTextFields, addTextToFolder } from "./add-text";
export * from "./groups";
export { checkSource, describeSource, missingSourceLine, type SourceCheck, sourceStatus } from "./source-check";

// ---------------------------------------------------------------------------
// Old names, kept while the notebooks and other stages move to the new ones (see RENAMES.md).
