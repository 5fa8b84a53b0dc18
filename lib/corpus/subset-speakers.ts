/**
 * The speakers' rows of the embedded subset (`speakers.csv`): for each speech in the subset, its row of the
 * speakers workbook (as the loader reads it: trimmed) and the country name the whole workbook gives it —
 * so that the subset shows the same speakers, posts and country names as the full archive.
 */
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import * as fs from "fs";
import * as path from "path";
import { byCodeUnit, InputError } from "../core";
import { type SpeakerIndex, type SpeakerRow, speakerIndex } from "./speakers";
import { restoreFix } from "./subset-manifest";

/** One line of `speakers.csv`: a speech of the subset, its workbook row (if any) and its country's shown name. */
export interface SubsetSpeakerLine {
  /** The speech's id, e.g. "SRB_63_2008". */
  speech: string;
  /** The workbook row found for it (its ISO code may be an alias, e.g. "EC" for EU), or null. */
  row: SpeakerRow | null;
  /** The country name the whole workbook gives the speech's code in its year (`SpeakerIndex.nameOf`). */
  countryShown: string;
}

/** A speech's id: the archive's file stem, ISO code, session and year ("SRB_63_2008"). */
const SPEECH_ID = /^[A-Z]{2,4}_\d{2}_\d{4}$/;

/** The CSV's columns: the speech, the workbook's own six columns, the name shown. */
export const SUBSET_SPEAKER_COLUMNS = [
  "Speech",
  "Year",
  "Session",
  "ISO Code",
  "Country",
  "Name of Person Speaking",
  "Post",
  "Country shown",
];

/**
 * The lines of the subset's speakers CSV for some speeches, from the whole workbook's rows.
 *
 * @example subsetSpeakerLines(["SRB_63_2008"], readSpeakers(xlsx))[0].countryShown // "Serbia"
 */
export function subsetSpeakerLines(ids: string[], rows: SpeakerRow[]): SubsetSpeakerLine[] {
  const idx = speakerIndex(rows);
  return [...ids].sort(byCodeUnit).map((speech) => {
    const [iso, session, year] = speech.split("_");
    return {
      speech,
      row: idx.find(iso, Number(session)) ?? null,
      countryShown: idx.nameOf(iso, Number(year)),
    };
  });
}

/**
 * The CSV text of speaker lines (sorted by speech; a speech without a workbook row has empty workbook columns).
 *
 * @example subsetSpeakersCsv(lines).split("\n")[0] // "Speech,Year,Session,ISO Code,Country,…,Country shown"
 */
export function subsetSpeakersCsv(lines: SubsetSpeakerLine[]): string {
  const body = lines.map((l) => [
    l.speech,
    l.row ? String(l.row.year) : "",
    l.row ? String(l.row.session) : "",
    l.row?.iso ?? "",
    l.row?.country ?? "",
    l.row?.speaker ?? "",
    l.row?.post ?? "",
    l.countryShown,
  ]);
  return stringify([SUBSET_SPEAKER_COLUMNS, ...body], { record_delimiter: "\n" });
}

/**
 * Reads the subset's speakers CSV.
 *
 * @example readSubsetSpeakers("data/ungdc-subset/speakers.csv").length // 509
 * @throws {InputError} when the file is missing, not CSV, or a line is not as written by `npm run build-subset`
 */
export function readSubsetSpeakers(file: string): SubsetSpeakerLine[] {
  const fix = restoreFix(path.dirname(file));
  if (!fs.existsSync(file)) throw new InputError({ file, message: "the subset's speakers file is not there", fix });
  let records: string[][];
  try {
    records = parse(fs.readFileSync(file, "utf8"), { relax_column_count: false }) as string[][];
  } catch (e) {
    throw new InputError({ file, message: `not readable as CSV (${(e as Error).message})`, fix });
  }
  if (records[0]?.join(",") !== SUBSET_SPEAKER_COLUMNS.join(",")) {
    throw new InputError({ file, line: 1, message: `the columns must be ${SUBSET_SPEAKER_COLUMNS.join(", ")}`, fix });
  }
  return records.slice(1).map((r, i) => {
    const [speech, year, session, iso, country, speaker, post, countryShown] = r;
    if (!SPEECH_ID.test(speech ?? "")) {
      throw new InputError({ file, line: i + 2, message: `"${speech}" is not a speech id (ISO_NN_YYYY)`, fix });
    }
    const row = year === "" ? null : { year: Number(year), session: Number(session), iso, country, speaker, post };
    return { speech, row, countryShown };
  });
}

/**
 * A speaker index over the subset's lines: `find` gives each speech's workbook row, `nameOf` its shown
 * country name — the same answers the whole workbook's index gives for these speeches.
 *
 * @example subsetSpeakerIndex(readSubsetSpeakers(csv)).nameOf("SRB", 2008) // "Serbia"
 */
export function subsetSpeakerIndex(lines: SubsetSpeakerLine[]): SpeakerIndex {
  const rows = new Map<string, SpeakerRow>();
  const names = new Map<string, string>();
  for (const l of lines) {
    const [iso, session, year] = l.speech.split("_");
    if (l.row) rows.set(`${iso}_${Number(session)}`, l.row);
    names.set(`${iso}_${Number(year)}`, l.countryShown);
  }
  return {
    find: (iso, session) => rows.get(`${iso}_${session}`),
    nameOf: (iso, year) => names.get(`${iso}_${year}`) ?? iso,
  };
}
