/**
 * The speakers workbook of the General Debate corpus (`Speakers_by_session.xlsx`): who spoke for
 * which country in which session, and the country names a speech is shown with.
 */
import * as fs from "fs";
import * as XLSX from "xlsx";
import { byCodeUnit, InputError } from "../core";

/** One row of `Speakers_by_session.xlsx`. */
export interface SpeakerRow {
  year: number;
  session: number;
  /** ISO code as in the workbook (e.g. "CHN"; "EU"/"EC" for the European Union). */
  iso: string;
  /** Country name, trimmed. */
  country: string;
  /** Name of the person speaking, trimmed; "" when missing. */
  speaker: string;
  /** Post, trimmed; "" when missing (often before 1994). */
  post: string;
}

/** The columns the workbook must have. */
const COLUMNS = ["Year", "Session", "ISO Code", "Country", "Name of Person Speaking", "Post"];

/**
 * Reads the speakers workbook of the General Debate corpus (first sheet; columns Year, Session,
 * ISO Code, Country, Name of Person Speaking, Post). Names are trimmed; a missing post is "".
 * Rows without an ISO code (e.g. the League of Arab States, 1987) are kept with iso "".
 *
 * @example readSpeakers("../shared/corpora/ungdc/Speakers_by_session.xlsx")[0].country // "Brazil"
 * @throws {InputError} when the workbook is missing, unreadable or lacks a column
 */
export function readSpeakers(xlsxPath: string): SpeakerRow[] {
  if (!fs.existsSync(xlsxPath)) {
    throw new InputError({
      file: xlsxPath,
      message: "speakers workbook not found",
      fix: "download Speakers_by_session.xlsx from doi:10.7910/DVN/0TJX8Y into the archive's folder",
    });
  }
  let wb: XLSX.WorkBook;
  try {
    wb = XLSX.read(fs.readFileSync(xlsxPath), { type: "buffer" });
  } catch (e) {
    throw new InputError({
      file: xlsxPath,
      message: `cannot read the workbook (${(e as Error).message})`,
      fix: "download Speakers_by_session.xlsx again",
    });
  }
  const ws = wb.Sheets[wb.SheetNames[0]];
  const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(ws, { defval: null });
  const have = rows.length ? Object.keys(rows[0]).map((k) => k.trim()) : [];
  const missing = COLUMNS.filter((k) => !have.includes(k));
  if (missing.length) {
    throw new InputError({
      file: xlsxPath,
      line: 1,
      message: `missing column(s) ${missing.join(", ")}`,
      fix: "use the workbook as distributed with the corpus (V13)",
    });
  }
  const s = (v: unknown) => (v === null || v === undefined ? "" : String(v).trim());
  const out: SpeakerRow[] = [];
  for (const r of rows) {
    const year = Number(r.Year);
    const session = Number(r.Session);
    if (!Number.isInteger(year) || !Number.isInteger(session)) continue; // blank lines at the end of the sheet
    out.push({
      year,
      session,
      iso: s(r["ISO Code"]).toUpperCase(),
      country: s(r.Country),
      speaker: s(r["Name of Person Speaking"]),
      post: s(r.Post),
    });
  }
  return out;
}

/**
 * Codes the speakers workbook uses for a file name's code: the EU's speeches of 2011 and 2013 are
 * "EC" there, South Yemen's YMD_* are "YDYE".
 */
const ISO_ALIASES: Record<string, string[]> = { EU: ["EC"], YMD: ["YDYE"] };

/** Years either side of a speech whose workbook rows vote on its country's name. */
const NAME_WINDOW = 10;

/** Looking up a speech's workbook row and its country's name. */
export interface SpeakerIndex {
  /** The workbook row of a code in a session (aliases tried too), if any. */
  find: (iso: string, session: number) => SpeakerRow | undefined;
  /** The country name of a code in a year (the code itself when the workbook has no name for it). */
  nameOf: (iso: string, year: number) => string;
}

/**
 * Speaker lookup by "ISO_session", and country names. The workbook spells a country many ways
 * ("USA", "United States", "United States of America"; a few typos), and a code's name changes
 * over time (RUS is "Union of Soviet Socialist Republics" until 1991). A speech's country name is
 * the most frequent trimmed name among the workbook's rows for its code within ten years either
 * side of the speech (ties: the name of the nearest year, then alphabetical).
 *
 * @example speakerIndex(readSpeakers(xlsx)).nameOf("RUS", 1985) // "Union of Soviet Socialist Republics"
 */
export function speakerIndex(rows: SpeakerRow[]): SpeakerIndex {
  const byKey = new Map<string, SpeakerRow>();
  const byIso = new Map<string, SpeakerRow[]>();
  for (const r of rows) {
    const k = `${r.iso}_${r.session}`;
    if (!byKey.has(k)) byKey.set(k, r);
    if (!byIso.has(r.iso)) byIso.set(r.iso, []);
    (byIso.get(r.iso) as SpeakerRow[]).push(r);
  }
  const codes = (iso: string) => [iso, ...(ISO_ALIASES[iso] ?? [])];
  const find = (iso: string, session: number): SpeakerRow | undefined => {
    for (const code of codes(iso)) {
      const r = byKey.get(`${code}_${session}`);
      if (r) return r;
    }
    return undefined;
  };
  const cache = new Map<string, string>();
  const nameOf = (iso: string, year: number): string => {
    const ck = `${iso}_${year}`;
    const hit = cache.get(ck);
    if (hit !== undefined) return hit;
    let name = iso;
    for (const code of codes(iso)) {
      const list = byIso.get(code);
      if (!list?.length) continue;
      const near = list.filter((r) => Math.abs(r.year - year) <= NAME_WINDOW && r.country !== "");
      const pool = near.length ? near : list.filter((r) => r.country !== "");
      if (!pool.length) continue;
      name = mostFrequentName(pool, year);
      break;
    }
    cache.set(ck, name);
    return name;
  };
  return { find, nameOf };
}

/** The most frequent country name of some rows (ties: the name of the year nearest `year`, then alphabetical). */
function mostFrequentName(pool: SpeakerRow[], year: number): string {
  const score = new Map<string, { n: number; dist: number }>();
  for (const r of pool) {
    const sc = score.get(r.country) ?? { n: 0, dist: Infinity };
    sc.n++;
    sc.dist = Math.min(sc.dist, Math.abs(r.year - year));
    score.set(r.country, sc);
  }
  return [...score.entries()].sort((x, y) => y[1].n - x[1].n || x[1].dist - y[1].dist || byCodeUnit(x[0], y[0]))[0][0];
}

/** The name shown for China's seat before the People's Republic took it (sessions 1–26). */
export const ROC_COUNTRY_NAME = "China (Republic of China delegation)";

/**
 * The last General Debate session in which China's seat was held by the Republic of China.
 * The PRC took the seat on 25 October 1971, after that session's General Debate, so the archive's
 * CHN_26_1971 (speaker "Mr. CHOW", i.e. Chow Shu-kai) is still the ROC delegation's speech.
 */
export const ROC_LAST_SESSION = 26;

/**
 * Is this archive text China's seat held by the Republic of China delegation?
 *
 * @example isRocSpeech("CHN", 26) // true
 * @example isRocSpeech("CHN", 27) // false
 */
export function isRocSpeech(country: string, session: number): boolean {
  return country === "CHN" && session <= ROC_LAST_SESSION;
}
