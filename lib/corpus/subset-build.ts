/**
 * Building the embedded subset from the full archive: which speeches it holds (every speech naming an anchor
 * term in some years, every speech of some countries), their raw files in a deterministic `.tgz`, their
 * speakers' rows, and a manifest with the whole archive's facts and every file's SHA-256.
 */
import * as fs from "fs";
import * as path from "path";
import { byCodeUnit, writeFileAtomic } from "../core";
import { hasAnchor } from "../text";
import { MANIFEST_FILE } from "./archive-source";
import { readSpeakers } from "./speakers";
import { fileDigest, type SubsetManifest, type SubsetSelection } from "./subset-manifest";
import { subsetSpeakerLines, subsetSpeakersCsv } from "./subset-speakers";
import { rawEntries, writeDeterministicTgz } from "./subset-tgz";
import { UNGDC_DATASET } from "./ungdc-dataset";
import { readUngdcArchive } from "./ungdc-archive";

/**
 * What the chapters need of the archive. Anchor years 1989–2024: chapter 01 counts the speeches naming Kosovo
 * over 1989–2024, chapter 06 widens ungdc-kosovo to 1989–2024, chapter 08 compares 1998–2007 with the card's
 * 2008–2024, and ungdc-kosovo-1989-2007 (the second round of human coding) reads 1989–2007. CHN in every year:
 * china-ungdc reads China's whole speeches of 1971–2024 and the Republic of China check needs its speeches of
 * sessions 1–26.
 */
export const SUBSET_SELECTION: SubsetSelection = { anchorYears: [1989, 2024], countries: ["CHN"] };

/** The subset's file names inside its folder. */
export const SUBSET_FILES = { archive: "UNGDC_1946-2024-subset.tgz", speakers: "speakers.csv" } as const;

/** What `buildSubset` reads and where it writes. */
export interface BuildSubsetOptions {
  /** The full archive (`UNGDC_1946-2024.tgz`). */
  archive: string;
  /** Its speakers workbook (`Speakers_by_session.xlsx`). */
  speakers: string;
  /** The subset's folder (written: the `.tgz`, `speakers.csv`, `manifest.json`). */
  outDir: string;
  selection?: SubsetSelection;
  /** The dataset's version the archive is (default `UNGDC_DATASET.version`). */
  version?: string;
}

/**
 * Builds the embedded subset from the full archive into `outDir` and returns its manifest. The same archive
 * and workbook give byte-identical files.
 *
 * @example buildSubset({ archive: tgz, speakers: xlsx, outDir: "data/ungdc-subset" }).contents.speeches // 509
 * @throws {InputError} when the archive or the workbook is not there
 * @throws {ValidationError} listing every problem of the archive
 */
export function buildSubset(opts: BuildSubsetOptions): SubsetManifest {
  const selection = opts.selection ?? SUBSET_SELECTION;
  const rows = readSpeakers(opts.speakers);
  const countries = new Set(selection.countries);
  const [a0, a1] = selection.anchorYears;
  const byCountry = (iso: string) => countries.has(iso);
  const anchored = new Set<string>();
  const { texts, report } = readUngdcArchive(opts.archive, {
    speakers: rows,
    keep: (t) => {
      const named = t.year >= a0 && t.year <= a1 && hasAnchor(t.body);
      if (named) anchored.add(t.id);
      return named || byCountry(t.country);
    },
  });
  const paths = new Set(texts.map((t) => t.source.slice(t.source.indexOf(":") + 1)));
  const files = rawEntries(opts.archive, paths);
  fs.mkdirSync(opts.outDir, { recursive: true });
  const tgzFile = path.join(opts.outDir, SUBSET_FILES.archive);
  const csvFile = path.join(opts.outDir, SUBSET_FILES.speakers);
  writeDeterministicTgz(files, tgzFile);
  const ids = texts.map((t) => t.id);
  writeFileAtomic(csvFile, subsetSpeakersCsv(subsetSpeakerLines(ids, rows)));
  const countrySpeeches: Record<string, number> = {};
  for (const c of [...countries].sort(byCodeUnit)) countrySpeeches[c] = texts.filter((t) => t.country === c).length;
  const manifest: SubsetManifest = {
    format: 1,
    source: {
      doi: UNGDC_DATASET.doi,
      version: opts.version ?? UNGDC_DATASET.version,
      archive: fileDigest(opts.archive),
      speakers: fileDigest(opts.speakers),
    },
    selection: { anchorYears: [a0, a1], countries: [...countries].sort(byCodeUnit) },
    contents: { speeches: texts.length, anchorSpeeches: anchored.size, countrySpeeches },
    whole: {
      speeches: report.speeches,
      speechesPerYear: report.speechesPerYear,
      junk: report.junk,
      rocSpeeches: report.rocSpeeches,
      noSpeakerRow: report.noSpeakerRow,
    },
    files: { archive: fileDigest(tgzFile), speakers: fileDigest(csvFile) },
  };
  writeFileAtomic(path.join(opts.outDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 1)}\n`);
  return manifest;
}
