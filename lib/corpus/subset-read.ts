/**
 * Reading the embedded subset as if it were the full archive: its files checked against the manifest, the
 * request checked against what the subset holds, its speeches streamed with the archive reader (each text's
 * source naming the original archive), and the
 * report's whole-archive figures (speeches per year, junk, ROC speeches, speeches without a speaker row)
 * taken from the manifest — so a load on the subset gives the same texts and report as on the full archive.
 */
import * as path from "path";
import { InputError, byCodeUnit } from "../core";
import { shownPath } from "./archive-source";
import { isRocSpeech } from "./speakers";
import { readManifest, type SubsetManifest, subsetGap, type SubsetRequest, verifySubset } from "./subset-manifest";
import { readSubsetSpeakers, subsetSpeakerIndex } from "./subset-speakers";
import { type ArchiveFilter, type ArchiveReport, readUngdcArchive } from "./ungdc-archive";
import type { Text } from "../core";

/** The embedded subset's files, read and checked. */
export interface CheckedSubset {
  dir: string;
  manifest: SubsetManifest;
  tgz: string;
  speakersCsv: string;
  manifestFile: string;
}

/**
 * Reads a subset's manifest and checks its files' SHA-256 against it.
 *
 * @example openSubset("data/ungdc-subset").manifest.contents.speeches // 509
 * @throws {InputError} when the manifest or a file is missing or a file differs from its manifest
 */
export function openSubset(dir: string, manifestFile = path.join(dir, "manifest.json")): CheckedSubset {
  const manifest = readManifest(manifestFile);
  verifySubset(dir, manifest);
  return {
    dir,
    manifest,
    tgz: path.join(dir, manifest.files.archive.path),
    speakersCsv: path.join(dir, manifest.files.speakers.path),
    manifestFile,
  };
}

/**
 * The subset's texts and archive report for a request, the same as the full archive's for that request.
 * `corpus` names the corpus in the message when the subset cannot serve the request.
 *
 * @example readSubset(openSubset("data/ungdc-subset"), { years: [2008, 2024], keep }, req, "ungdc-kosovo").texts
 * @throws {InputError} when the request needs speeches the subset does not hold (then the full archive is needed)
 */
export function readSubset(
  subset: CheckedSubset,
  filter: Omit<ArchiveFilter, "speakers" | "speakerIndex">,
  request: SubsetRequest,
  corpus: string,
): { texts: Text[]; report: ArchiveReport } {
  const gap = subsetGap(subset.manifest, request);
  if (gap) {
    throw new InputError({
      file: shownPath(subset.manifestFile),
      message: `corpus "${corpus}" needs the full General Debate archive: ${gap}`,
      fix: "run `npm run get-data` to download the full archive (or set UNGDC_DIR to the folder that holds it)",
    });
  }
  const speakerIndex = subsetSpeakerIndex(readSubsetSpeakers(subset.speakersCsv));
  const { texts, report } = readUngdcArchive(subset.tgz, { ...filter, speakerIndex });
  // a text's source names the archive it comes from, of which the subset is an exact copy in part
  const prefix = `${path.basename(subset.tgz)}:`;
  const original = `${subset.manifest.source.archive.path}:`;
  for (const t of texts) if (t.source.startsWith(prefix)) t.source = original + t.source.slice(prefix.length);
  return { texts, report: withWholeArchiveFacts(report, subset.manifest, request, filter.excludeRoc === true) };
}

/**
 * A subset read's report with the whole archive's figures from the manifest. Speeches per year come from the
 * manifest for every country, and from the subset itself for countries it holds whole.
 */
export function withWholeArchiveFacts(
  report: ArchiveReport,
  m: SubsetManifest,
  request: SubsetRequest,
  excludeRoc: boolean,
): ArchiveReport {
  const [y0, y1] = request.years;
  const countries = new Set(request.countries);
  const inRequest = (year: number, iso: string) => year >= y0 && year <= y1 && (!countries.size || countries.has(iso));
  const speechesPerYear: Record<string, number> = {};
  if (countries.size) Object.assign(speechesPerYear, report.speechesPerYear);
  else {
    for (const [y, n] of Object.entries(m.whole.speechesPerYear)) if (inRequest(Number(y), "")) speechesPerYear[y] = n;
  }
  const noSpeakerRow = m.whole.noSpeakerRow.filter((id) => {
    const [iso, session, year] = id.split("_");
    return inRequest(Number(year), iso) && !(excludeRoc && isRocSpeech(iso, Number(session)));
  });
  return {
    ...report,
    speeches: m.whole.speeches,
    junk: [...m.whole.junk].sort(byCodeUnit),
    speechesPerYear,
    rocSpeeches: [...m.whole.rocSpeeches].sort(byCodeUnit),
    noSpeakerRow: noSpeakerRow.sort(byCodeUnit),
  };
}
