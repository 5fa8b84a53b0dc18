/**
 * The UN General Debate archive (`UNGDC_1946-2024.tgz`), streamed with `tar` — never unpacked to
 * disk — into Texts, joined to the speakers workbook, with a report of what was skipped and why.
 */
import * as fs from "fs";
import * as path from "path";
import * as tar from "tar";
import { byCodeUnit, InputError, type Problem, ValidationError } from "../core";
import type { Text } from "../core";
import { countWords } from "../text";
import { isRocSpeech, ROC_COUNTRY_NAME, type SpeakerIndex, type SpeakerRow, speakerIndex } from "./speakers";
import { isJunk, type SpeechPath, speechBody, speechPath } from "./ungdc-speech";

/** What to keep while streaming the archive. Entries not kept are never decoded. */
export interface ArchiveFilter {
  /** Inclusive [from, to]. */
  years?: [number, number];
  /** Country codes; empty or absent = every country. */
  countries?: string[];
  /** Leave out the Republic of China delegation's speeches (CHN, sessions 1–26). */
  excludeRoc?: boolean;
  /**
   * Keep a text only if this returns true (after the other filters); e.g. `(t) => hasAnchor(t.body)`.
   * `words` is not yet counted (0) when it is called.
   */
  keep?: (text: Text) => boolean;
  /**
   * Speakers workbook rows to join (from `readSpeakers`); without them speaker and post are "" and
   * the country name is the code.
   */
  speakers?: SpeakerRow[];
  /** A ready speaker index to join instead of `speakers` (e.g. the embedded subset's `subsetSpeakerIndex`). */
  speakerIndex?: SpeakerIndex;
}

/** What a read of the archive found, besides the texts. */
export interface ArchiveReport {
  archive: string;
  /** Speech files in the archive (all years). */
  speeches: number;
  /** Junk entries skipped (`.DS_Store`, `.Rhistory`, `__MACOSX/…`), by path. */
  junk: string[];
  /** Speeches per year inside the year and country filters, before `keep` and the ROC exclusion. */
  speechesPerYear: Record<string, number>;
  /**
   * Speeches left out by a filter on purpose, with the reason (ROC delegation, `keep`).
   * Year/country filtering is not listed.
   */
  excluded: Array<{ id: string; reason: string }>;
  /** Republic of China delegation speeches in the archive (all years). */
  rocSpeeches: string[];
  /** Speeches with no row in the speakers workbook (speaker and post left ""). */
  noSpeakerRow: string[];
}

/** The reason given for a speech left out by the `keep` filter. */
export const KEEP_FILTER_REASON = "left out by the card's filter";

const ROC_REASON = "Republic of China delegation (China's seat before the PRC took it in October 1971)";

const REGULAR_FILE = new Set(["File", "OldFile", "ContiguousFile"]);

/**
 * Streams the General Debate archive (`.tgz`) with `tar` — nothing is unpacked to disk — and
 * returns its speeches as Texts (id = file stem, e.g. "SRB_63_2008"; venue "UN General Assembly,
 * General Debate, session 63"; date null; source "<archive>:<path inside>"), joined to the speakers
 * workbook when `filter.speakers` is given. Junk entries (`.DS_Store`, `.Rhistory`, `__MACOSX`)
 * are skipped and listed; anything else that is not a speech file, a bad UTF-8 file, a duplicate
 * id or a truncated archive is a problem, and all problems are thrown together (ValidationError).
 *
 * @example readUngdcArchive("../shared/corpora/ungdc/UNGDC_1946-2024.tgz", { years: [2008, 2024] }).texts.length
 *   // 3288
 * @throws {InputError} when the archive is not there
 * @throws {ValidationError} listing every problem of the archive
 */
export function readUngdcArchive(
  tgzPath: string,
  filter: ArchiveFilter = {},
): { texts: Text[]; report: ArchiveReport } {
  if (!fs.existsSync(tgzPath)) {
    throw new InputError({
      file: tgzPath,
      message: "the General Debate archive is not there",
      fix:
        "download UNGDC_1946-2024.tgz from doi:10.7910/DVN/0TJX8Y into that folder, " +
        "or set UNGDC_DIR to the folder that holds it",
    });
  }
  const report: ArchiveReport = {
    archive: tgzPath,
    speeches: 0,
    junk: [],
    speechesPerYear: {},
    excluded: [],
    rocSpeeches: [],
    noSpeakerRow: [],
  };
  const problems: Problem[] = [];
  const texts: Text[] = [];
  const onEntry = entryReader(path.basename(tgzPath), filter, report, problems, texts);
  const warnings: string[] = [];
  try {
    tar.t({
      file: tgzPath,
      sync: true,
      strict: true,
      onReadEntry: onEntry,
      onwarn: (_code: string, message: string | Error) => {
        warnings.push(typeof message === "string" ? message : message.message);
      },
    });
  } catch (e) {
    problems.push({
      file: tgzPath,
      message: `unreadable or truncated archive (${(e as Error).message})`,
      fix: "download UNGDC_1946-2024.tgz again (doi:10.7910/DVN/0TJX8Y)",
    });
  }
  for (const w of warnings)
    problems.push({ file: tgzPath, message: `archive damaged (${w})`, fix: "download the archive again" });
  if (report.speeches === 0 && problems.length === 0) {
    problems.push({
      file: tgzPath,
      message: "the archive holds no speech files",
      fix: "check that this is UNGDC_1946-2024.tgz",
    });
  }
  if (problems.length) throw new ValidationError(`General Debate archive ${tgzPath}`, problems);
  texts.sort((a, b) => a.year - b.year || byCodeUnit(a.id, b.id));
  report.junk.sort(byCodeUnit);
  report.rocSpeeches.sort(byCodeUnit);
  report.noSpeakerRow.sort(byCodeUnit);
  report.excluded.sort((a, b) => byCodeUnit(a.id, b.id));
  return { texts, report };
}

/**
 * The handler of each archive entry: checks it, counts it in `report`, and adds its Text to `texts`
 * (when the filters keep it) or its problem to `problems`.
 */
function entryReader(
  base: string,
  filter: ArchiveFilter,
  report: ArchiveReport,
  problems: Problem[],
  texts: Text[],
): (entry: tar.ReadEntry) => void {
  const [y0, y1] = filter.years ?? [0, 9999];
  const countries = new Set((filter.countries ?? []).map((c) => c.toUpperCase()));
  const idx = filter.speakerIndex ?? (filter.speakers ? speakerIndex(filter.speakers) : undefined);
  const seen = new Map<string, string>();
  return (entry) => {
    const p = entry.path;
    const where = `${base}:${p}`;
    if (entry.type === "Directory") return;
    if (isJunk(p)) {
      report.junk.push(p);
      return;
    }
    const sp = speechPath(p);
    if (!sp) {
      problems.push({
        file: where,
        message: "not a speech file (expected TXT/Session NN - YYYY/ISO_NN_YYYY.txt)",
        fix: "remove the entry from the archive, or download the archive again",
      });
      return;
    }
    const { id, iso, session, year } = sp;
    if (!REGULAR_FILE.has(entry.type)) {
      problems.push({
        file: where,
        message: `not a regular file (a ${entry.type} entry)`,
        fix: "download the archive again (the distributed archive holds plain files only)",
      });
      return;
    }
    if (!sp.inItsFolder) {
      problems.push({
        file: where,
        message: `file name ${id} does not match its folder "${sp.folder}"`,
        fix: "move the file to the folder of its session",
      });
    }
    report.speeches++;
    const roc = isRocSpeech(iso, session);
    if (roc) report.rocSpeeches.push(id);
    if (seen.has(id)) {
      problems.push({
        file: where,
        message: `duplicate id ${id} (also ${seen.get(id)})`,
        fix: "remove one of the two files",
      });
      return;
    }
    seen.set(id, p);
    if (year < y0 || year > y1) return;
    if (countries.size && !countries.has(iso)) return;
    report.speechesPerYear[sp.yearText] = (report.speechesPerYear[sp.yearText] ?? 0) + 1;
    if (roc && filter.excludeRoc) {
      report.excluded.push({ id, reason: ROC_REASON });
      return;
    }
    const chunks: Buffer[] = [];
    entry.on("data", (c: Buffer) => chunks.push(c));
    entry.on("end", () => {
      const read = speechBody(Buffer.concat(chunks), entry.size, where);
      if (!("body" in read)) {
        problems.push(read);
        return;
      }
      const row = idx?.find(iso, session);
      if (idx && !row) report.noSpeakerRow.push(id);
      const countryName = roc ? ROC_COUNTRY_NAME : idx ? idx.nameOf(iso, year) : iso;
      const text = speechText(sp, read.body, where, row, countryName);
      if (filter.keep && !filter.keep(text)) {
        report.excluded.push({ id, reason: KEEP_FILTER_REASON });
        return;
      }
      text.words = countWords(read.body); // only for texts kept: counting is the costly part
      texts.push(text);
    });
  };
}

/** The Text of a speech (words not yet counted). */
function speechText(
  sp: SpeechPath,
  body: string,
  source: string,
  row: SpeakerRow | undefined,
  countryName: string,
): Text {
  return {
    id: sp.id,
    date: null,
    year: sp.year,
    category: "general-debate",
    speaker: row?.speaker ?? "",
    post: row?.post ?? "",
    country: sp.iso,
    countryName,
    venue: `UN General Assembly, General Debate, session ${sp.session}`,
    source,
    body,
    words: 0,
  };
}
