/**
 * Corpora: corpus cards (`data/corpora/<name>.yaml`), the UN General Debate archive, folders of
 * `.txt` texts with front matter, validation, and a cache of the parsed corpus.
 *
 *   loadCard("ungdc-kosovo") → CorpusCard
 *   loadTexts(card, { years }) → Text[]          (cached in .cache/corpus/, memoised in-process)
 *   loadUnits(card, { years }) → Unit[]          (Kosovo passages, or whole texts)
 *   loadCorpus(card, { years }) → { texts, report }   (the report says what was skipped and why)
 *
 * The archive is streamed from its `.tgz` with `tar` (never unpacked to disk); speakers and
 * posts come from `Speakers_by_session.xlsx`.
 */
import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as tar from "tar";
import * as XLSX from "xlsx";
import * as YAML from "yaml";
import { InputError, ValidationError, type Problem } from "../core";
import { projectRoot, writeFileAtomic } from "../core";
import type { Period, Text, Unit } from "../core";
import { countWords, hasAnchor, kosovoPassage, normalizeForMatch, wholeTextUnit } from "../units";

// ---------------------------------------------------------------------------
// Corpus cards

/** Where a corpus's texts come from. */
export interface CorpusSource {
  /** "ungdc": the General Debate archive (a .tgz and the speakers workbook); "folder": `.txt` files with front matter. */
  kind: "ungdc" | "folder";
  /** Folder, relative to the project root unless absolute. */
  path: string;
  /** Environment variable that overrides `path` when set. */
  env?: string;
  /** ungdc only: the archive's file name inside `path`. */
  archive?: string;
  /** ungdc only: the speakers workbook's file name inside `path`. */
  speakers?: string;
}

/** Which texts of the source a card takes. */
export interface CorpusFilters {
  /** Inclusive year range [from, to]; a caller can override it (`loadTexts(card, { years })`). */
  years: [number, number];
  /** Country codes (ISO 3166-1 alpha-3, as in the archive's file names); empty = every country. */
  countries: string[];
  /** Leave out China's seat before the People's Republic took it (the Republic of China delegation). */
  excludeRoc: boolean;
}

/** A corpus card: what a corpus is, where its texts are, how it is cut into units and periods. */
export interface CorpusCard {
  name: string;
  title: string;
  description: string;
  source: CorpusSource;
  /** The categories a text may have (e.g. "general-debate"; "mfa", "unsc", "leader"). */
  categories: string[];
  /** Time windows for tables and tests (the study's: 2008–2011, 2012–2020, 2021–2024). */
  periods: Period[];
  /** The coding unit: the Kosovo passage of each text, or the whole text. */
  unit: "kosovo-passage" | "whole";
  filters: CorpusFilters;
  /** Optional slots file (the texts the study used, to be found), project-relative. */
  slots?: string;
  /** The card's own file. */
  file: string;
}

/** The folder that holds the corpus cards. */
export function cardsDir(): string {
  return path.join(projectRoot(), "data", "corpora");
}

/**
 * Names of the corpus cards in `data/corpora/` (sorted).
 *
 * @example listCards() // ["china-kosovo", "china-ungdc", "ungdc-kosovo"]
 */
export function listCards(): string[] {
  const dir = cardsDir();
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".yaml"))
    .map((f) => f.slice(0, -".yaml".length))
    .sort();
}

/**
 * The card to use: environment variable `WORKBOOK_CORPUS`, else "ungdc-kosovo".
 *
 * @example currentCardName() // "ungdc-kosovo"
 */
export function currentCardName(): string {
  const v = (process.env.WORKBOOK_CORPUS ?? "").trim();
  return v === "" ? "ungdc-kosovo" : v;
}

/**
 * Reads and checks a corpus card by name (from `data/corpora/<name>.yaml`) or by path to a
 * `.yaml` file. Every problem is reported together, each with the card's file and line.
 *
 * @example loadCard("ungdc-kosovo").filters.years // [2008, 2024]
 */
export function loadCard(name: string): CorpusCard {
  const file = name.endsWith(".yaml") ? path.resolve(name) : path.join(cardsDir(), `${name}.yaml`);
  const shown = path.relative(projectRoot(), file) || file;
  if (!fs.existsSync(file)) {
    throw new InputError({
      file: shown,
      message: `no corpus card "${name}"`,
      fix: `use one of: ${listCards().join(", ") || "(none)"}, or write ${shown}`,
    });
  }
  return parseCard(fs.readFileSync(file, "utf8"), shown);
}

/**
 * Parses the YAML of a corpus card; `file` is used in messages.
 *
 * @example parseCard("name: x\n...", "data/corpora/x.yaml")
 */
export function parseCard(src: string, file: string): CorpusCard {
  const lineCounter = new YAML.LineCounter();
  const doc = YAML.parseDocument(src.replace(/^\uFEFF/, ""), { lineCounter });
  const problems: Problem[] = [];
  for (const e of doc.errors) {
    problems.push({
      file,
      line: e.linePos?.[0]?.line,
      message: `YAML error: ${e.message.split("\n")[0]}`,
      fix: "correct the YAML syntax",
    });
  }
  if (problems.length) throw new ValidationError(`corpus card ${file}`, problems);
  const lineOf = (p: Array<string | number>): number | undefined => {
    const node = doc.getIn(p, true) as { range?: [number, number, number] } | undefined;
    if (node && node.range) return lineCounter.linePos(node.range[0]).line;
    if (p.length > 1) return lineOf(p.slice(0, -1));
    return undefined;
  };
  const raw = (doc.toJS() ?? {}) as Record<string, unknown>;
  const need = (key: string, fix: string): unknown => {
    const v = raw[key];
    if (v === undefined || v === null || v === "")
      problems.push({ file, line: lineOf([key]), message: `missing field "${key}"`, fix });
    return v;
  };
  const str = (v: unknown) => (v === undefined || v === null ? "" : String(v).trim());

  const name = str(need("name", "add `name: <card name>` (the file's stem)"));
  const title = str(need("title", "add a one-line `title:`"));
  const description = str(raw.description);
  const src0 = (need("source", "add `source:` with `kind: ungdc` or `kind: folder` and a `path:`") ?? {}) as Record<
    string,
    unknown
  >;
  const kind = str(src0.kind);
  if (raw.source && kind !== "ungdc" && kind !== "folder") {
    problems.push({
      file,
      line: lineOf(["source", "kind"]),
      message: `source kind "${kind}" is not known`,
      fix: "use `kind: ungdc` or `kind: folder`",
    });
  }
  if (raw.source && !str(src0.path))
    problems.push({
      file,
      line: lineOf(["source"]),
      message: "source has no `path`",
      fix: "add `path:` (project-relative folder)",
    });
  const source: CorpusSource = { kind: kind === "folder" ? "folder" : "ungdc", path: str(src0.path) };
  if (src0.env !== undefined) source.env = str(src0.env);
  if (source.kind === "ungdc") {
    source.archive = str(src0.archive) || "UNGDC_1946-2024.tgz";
    source.speakers = str(src0.speakers) || "Speakers_by_session.xlsx";
  }

  const categoriesRaw = need("categories", "add `categories: [general-debate]` (the categories a text may have)");
  let categories: string[] = [];
  if (Array.isArray(categoriesRaw) && categoriesRaw.length > 0) categories = categoriesRaw.map(str);
  else if (categoriesRaw !== undefined && categoriesRaw !== null)
    problems.push({
      file,
      line: lineOf(["categories"]),
      message: "`categories` must be a non-empty list",
      fix: "write `categories: [mfa, unsc, leader]`",
    });

  const periods: Period[] = [];
  const periodsRaw = raw.periods;
  if (periodsRaw !== undefined) {
    if (!Array.isArray(periodsRaw))
      problems.push({
        file,
        line: lineOf(["periods"]),
        message: "`periods` must be a list",
        fix: "write `- {label: 2008–2011, from: 2008, to: 2011}` items",
      });
    else
      periodsRaw.forEach((p: Record<string, unknown>, i: number) => {
        const from = Number(p?.from);
        const to = Number(p?.to);
        if (!p || !Number.isInteger(from) || !Number.isInteger(to) || from > to) {
          problems.push({
            file,
            line: lineOf(["periods", i]),
            message: `period ${i + 1} needs whole-number years with from <= to`,
            fix: "write `{label: 2008–2011, from: 2008, to: 2011}`",
          });
        } else periods.push({ label: str(p.label) || `${from}–${to}`, from, to });
      });
  }

  const unitRaw = str(raw.unit) || "whole";
  if (unitRaw !== "kosovo-passage" && unitRaw !== "whole")
    problems.push({
      file,
      line: lineOf(["unit"]),
      message: `unit "${unitRaw}" is not known`,
      fix: "use `unit: kosovo-passage` or `unit: whole`",
    });
  const unit = unitRaw === "kosovo-passage" ? "kosovo-passage" : "whole";

  const f = (raw.filters ?? {}) as Record<string, unknown>;
  let years: [number, number] = [0, 9999];
  if (f.years !== undefined) {
    const y = f.years as unknown[];
    if (
      !Array.isArray(y) ||
      y.length !== 2 ||
      !y.every((v) => Number.isInteger(Number(v))) ||
      Number(y[0]) > Number(y[1])
    ) {
      problems.push({
        file,
        line: lineOf(["filters", "years"]),
        message: "`filters.years` must be [from, to] with from <= to",
        fix: "write `years: [2008, 2024]`",
      });
    } else years = [Number(y[0]), Number(y[1])];
  }
  const countries = Array.isArray(f.countries)
    ? (f.countries as unknown[]).map((c) => str(c).toUpperCase()).filter((c) => c !== "")
    : [];
  const excludeRoc = f.excludeRoc === true;
  const slots = raw.slots === undefined ? undefined : str(raw.slots);

  if (problems.length) throw new ValidationError(`corpus card ${file}`, problems);
  const card: CorpusCard = {
    name,
    title,
    description,
    source,
    categories,
    periods,
    unit,
    filters: { years, countries, excludeRoc },
    file,
  };
  if (slots) card.slots = slots;
  return card;
}

/** The folder a card's source points to: `$<env>` when set, else `path` (relative to the project root). */
export function sourceDir(card: CorpusCard): string {
  const fromEnv = card.source.env ? (process.env[card.source.env] ?? "").trim() : "";
  const p = fromEnv || card.source.path;
  return path.isAbsolute(p) ? p : path.join(projectRoot(), p);
}

// ---------------------------------------------------------------------------
// Speakers workbook

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

/**
 * Reads the speakers workbook of the General Debate corpus (first sheet; columns Year, Session,
 * ISO Code, Country, Name of Person Speaking, Post). Names are trimmed; a missing post is "".
 * Rows without an ISO code (e.g. the League of Arab States, 1987) are kept with iso "".
 *
 * @example readSpeakers("../shared/corpora/ungdc/Speakers_by_session.xlsx")[0].country // "Brazil"
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
  const need = ["Year", "Session", "ISO Code", "Country", "Name of Person Speaking", "Post"];
  const have = rows.length ? Object.keys(rows[0]).map((k) => k.trim()) : [];
  const missing = need.filter((k) => !have.includes(k));
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

/** The name shown for China's seat before the People's Republic took it (sessions 1–26). */
export const ROC_COUNTRY_NAME = "China (Republic of China delegation)";

/**
 * The last General Debate session in which China's seat was held by the Republic of China.
 * The PRC took the seat on 25 October 1971, after that session's General Debate, so the archive's
 * CHN_26_1971 (speaker "Mr. CHOW", i.e. Chow Shu-kai) is still the ROC delegation's speech.
 */
export const ROC_LAST_SESSION = 26;

/** Is this archive text China's seat held by the Republic of China delegation? */
export function isRocSpeech(country: string, session: number): boolean {
  return country === "CHN" && session <= ROC_LAST_SESSION;
}

/** Years either side of a speech whose workbook rows vote on its country's name. */
const NAME_WINDOW = 10;

/**
 * Speaker lookup by "ISO_session", and country names. The workbook spells a country many ways
 * ("USA", "United States", "United States of America"; a few typos), and a code's name changes
 * over time (RUS is "Union of Soviet Socialist Republics" until 1991). A speech's country name is
 * the most frequent trimmed name among the workbook's rows for its code within ten years either
 * side of the speech (ties: the name of the nearest year, then alphabetical).
 */
function speakerIndex(rows: SpeakerRow[]) {
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
      if (!list || !list.length) continue;
      const near = list.filter((r) => Math.abs(r.year - year) <= NAME_WINDOW && r.country !== "");
      const pool = near.length ? near : list.filter((r) => r.country !== "");
      if (!pool.length) continue;
      const score = new Map<string, { n: number; dist: number }>();
      for (const r of pool) {
        const sc = score.get(r.country) ?? { n: 0, dist: Infinity };
        sc.n++;
        sc.dist = Math.min(sc.dist, Math.abs(r.year - year));
        score.set(r.country, sc);
      }
      name = [...score.entries()].sort(
        (x, y) => y[1].n - x[1].n || x[1].dist - y[1].dist || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0),
      )[0][0];
      break;
    }
    cache.set(ck, name);
    return name;
  };
  return { find, nameOf };
}

// ---------------------------------------------------------------------------
// The General Debate archive

/** What to keep while streaming the archive. Entries not kept are never decoded. */
export interface ArchiveFilter {
  /** Inclusive [from, to]. */
  years?: [number, number];
  /** Country codes; empty or absent = every country. */
  countries?: string[];
  /** Leave out the Republic of China delegation's speeches (CHN, sessions 1–26). */
  excludeRoc?: boolean;
  /** Keep a text only if this returns true (after the other filters); e.g. `(t) => hasAnchor(t.body)`. `words` is not yet counted (0) when it is called. */
  keep?: (text: Text) => boolean;
  /** Speakers workbook rows to join (from `readSpeakers`); without them speaker and post are "" and the country name is the code. */
  speakers?: SpeakerRow[];
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
  /** Speeches left out by a filter on purpose, with the reason (ROC delegation, `keep`). Year/country filtering is not listed. */
  excluded: Array<{ id: string; reason: string }>;
  /** Republic of China delegation speeches in the archive (all years). */
  rocSpeeches: string[];
  /** Speeches with no row in the speakers workbook (speaker and post left ""). */
  noSpeakerRow: string[];
}

const SPEECH_PATH = /^(?:\.\/)?TXT\/Session (\d{2}) - (\d{4})\/([A-Z]{2,4})_(\d{2})_(\d{4})\.txt$/;

function isJunk(p: string): boolean {
  const base =
    p
      .split("/")
      .filter((x) => x !== "")
      .pop() ?? "";
  return p.includes("__MACOSX/") || base.startsWith(".") || base === "Thumbs.db" || base === "desktop.ini";
}

/** Decodes bytes as UTF-8 or returns the 1-based line of the first bad byte. */
function decodeUtf8(buf: Buffer): { text: string } | { badLine: number } {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(buf) };
  } catch {
    const loose = new TextDecoder("utf-8").decode(buf);
    const at = loose.indexOf("\uFFFD");
    return { badLine: loose.slice(0, Math.max(0, at)).split("\n").length };
  }
}

/** Removes a BOM, turns CRLF and lone CR into LF, and composes characters (NFC). Never an error. */
export function normalizeBody(s: string): string {
  return s
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .normalize("NFC");
}

/**
 * Streams the General Debate archive (`.tgz`) with `tar` — nothing is unpacked to disk — and
 * returns its speeches as Texts (id = file stem, e.g. "SRB_63_2008"; venue "UN General Assembly,
 * General Debate, session 63"; date null; source "<archive>:<path inside>"), joined to the speakers
 * workbook when `filter.speakers` is given. Junk entries (`.DS_Store`, `.Rhistory`, `__MACOSX`)
 * are skipped and listed; anything else that is not a speech file, a bad UTF-8 file, a duplicate
 * id or a truncated archive is a problem, and all problems are thrown together (ValidationError).
 *
 * @example readUngdcArchive("../shared/corpora/ungdc/UNGDC_1946-2024.tgz", { years: [2008, 2024] }).texts.length // 3288
 */
export function readUngdcArchive(
  tgzPath: string,
  filter: ArchiveFilter = {},
): { texts: Text[]; report: ArchiveReport } {
  if (!fs.existsSync(tgzPath)) {
    throw new InputError({
      file: tgzPath,
      message: "the General Debate archive is not there",
      fix: "download UNGDC_1946-2024.tgz from doi:10.7910/DVN/0TJX8Y into that folder, or set UNGDC_DIR to the folder that holds it",
    });
  }
  const [y0, y1] = filter.years ?? [0, 9999];
  const countries = new Set((filter.countries ?? []).map((c) => c.toUpperCase()));
  const idx = filter.speakers ? speakerIndex(filter.speakers) : undefined;
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
  const seen = new Map<string, string>();
  const base = path.basename(tgzPath);

  const onEntry = (entry: tar.ReadEntry) => {
    const p = entry.path;
    if (entry.type === "Directory") return;
    if (isJunk(p)) {
      report.junk.push(p);
      return;
    }
    const m = SPEECH_PATH.exec(p);
    if (!m) {
      problems.push({
        file: `${base}:${p}`,
        message: "not a speech file (expected TXT/Session NN - YYYY/ISO_NN_YYYY.txt)",
        fix: "remove the entry from the archive, or download the archive again",
      });
      return;
    }
    const [, sDir, yDir, iso, sFile, yFile] = m;
    const id = `${iso}_${sFile}_${yFile}`;
    if (entry.type !== "File" && entry.type !== "OldFile" && entry.type !== "ContiguousFile") {
      problems.push({
        file: `${base}:${p}`,
        message: `not a regular file (a ${entry.type} entry)`,
        fix: "download the archive again (the distributed archive holds plain files only)",
      });
      return;
    }
    if (sDir !== sFile || yDir !== yFile) {
      problems.push({
        file: `${base}:${p}`,
        message: `file name ${id} does not match its folder "Session ${sDir} - ${yDir}"`,
        fix: "move the file to the folder of its session",
      });
    }
    report.speeches++;
    const session = Number(sFile);
    const year = Number(yFile);
    const roc = isRocSpeech(iso, session);
    if (roc) report.rocSpeeches.push(id);
    if (seen.has(id)) {
      problems.push({
        file: `${base}:${p}`,
        message: `duplicate id ${id} (also ${seen.get(id)})`,
        fix: "remove one of the two files",
      });
      return;
    }
    seen.set(id, p);
    if (year < y0 || year > y1) return;
    if (countries.size && !countries.has(iso)) return;
    report.speechesPerYear[yFile] = (report.speechesPerYear[yFile] ?? 0) + 1;
    if (roc && filter.excludeRoc) {
      report.excluded.push({
        id,
        reason: "Republic of China delegation (China's seat before the PRC took it in October 1971)",
      });
      return;
    }
    const chunks: Buffer[] = [];
    entry.on("data", (c: Buffer) => chunks.push(c));
    entry.on("end", () => {
      const buf = Buffer.concat(chunks);
      if (entry.size !== undefined && buf.length !== entry.size) {
        problems.push({
          file: `${base}:${p}`,
          message: `truncated entry (${buf.length} of ${entry.size} bytes)`,
          fix: "download the archive again",
        });
        return;
      }
      const dec = decodeUtf8(buf);
      if ("badLine" in dec) {
        problems.push({
          file: `${base}:${p}`,
          line: dec.badLine,
          message: "not valid UTF-8",
          fix: "re-save the file as UTF-8, or download the archive again",
        });
        return;
      }
      const body = normalizeBody(dec.text);
      if (body.trim() === "") {
        problems.push({
          file: `${base}:${p}`,
          message: "empty speech file (no text)",
          fix: "download the archive again, or remove the empty file from it",
        });
        return;
      }
      const row = idx?.find(iso, session);
      if (idx && !row) report.noSpeakerRow.push(id);
      const text: Text = {
        id,
        date: null,
        year,
        category: "general-debate",
        speaker: row?.speaker ?? "",
        post: row?.post ?? "",
        country: iso,
        countryName: roc ? ROC_COUNTRY_NAME : idx ? idx.nameOf(iso, year) : iso,
        venue: `UN General Assembly, General Debate, session ${session}`,
        source: `${base}:${p}`,
        body,
        words: 0,
      };
      if (filter.keep && !filter.keep(text)) {
        report.excluded.push({ id, reason: "left out by the card's filter" });
        return;
      }
      text.words = countWords(body); // only for texts kept: counting is the costly part
      texts.push(text);
    });
  };

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
  texts.sort((a, b) => a.year - b.year || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  report.junk.sort();
  report.rocSpeeches.sort();
  report.noSpeakerRow.sort();
  report.excluded.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { texts, report };
}

// ---------------------------------------------------------------------------
// Folder corpora: one .txt per text with front matter

/** Front-matter fields a text file must have. */
export const REQUIRED_FIELDS = ["id", "date", "category", "speaker", "venue", "source"] as const;
/** Front-matter fields a text file may have. */
export const OPTIONAL_FIELDS = ["post", "country", "countryName", "title", "retrieved", "sha256"] as const;

/** Is `s` a real calendar date written YYYY-MM-DD? */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

/** Checks one text file; returns the text (when it can be built), every problem found, and the line of its `id` field. */
function checkTextFile(
  file: string,
  content: string | Buffer,
  categories?: string[],
): { text: Text | null; problems: Problem[]; idLine?: number } {
  const problems: Problem[] = [];
  let s: string;
  if (typeof content === "string") s = content;
  else {
    const dec = decodeUtf8(content);
    if ("badLine" in dec)
      return {
        text: null,
        problems: [
          {
            file,
            line: dec.badLine,
            message: "not valid UTF-8",
            fix: "save the file as UTF-8 (in most editors: Save with encoding → UTF-8)",
          },
        ],
      };
    s = dec.text;
  }
  s = normalizeBody(s);
  const lines = s.split("\n");
  if (lines[0].trim() !== "---") {
    return {
      text: null,
      problems: [
        {
          file,
          line: 1,
          message: "no front matter: the file must begin with a line `---`",
          fix: "start the file with `---`, the fields (id, date, category, speaker, venue, source), a closing `---`, then the text",
        },
      ],
    };
  }
  const close = lines.findIndex((l, i) => i > 0 && l.trim() === "---");
  if (close < 0) {
    return {
      text: null,
      problems: [
        {
          file,
          line: 1,
          message: "front matter has no closing `---` line",
          fix: "add a line `---` after the last field, before the text",
        },
      ],
    };
  }
  const fmSrc = lines.slice(1, close).join("\n");
  const lineCounter = new YAML.LineCounter();
  const doc = YAML.parseDocument(fmSrc, { lineCounter });
  if (doc.errors.length) {
    for (const e of doc.errors)
      problems.push({
        file,
        line: 1 + (e.linePos?.[0]?.line ?? 1),
        message: `front matter is not valid YAML: ${e.message.split("\n")[0]}`,
        fix: "write each field as `name: value` on its own line (quote values that contain `: `)",
      });
    return { text: null, problems };
  }
  const fm = (doc.toJS() ?? {}) as Record<string, unknown>;
  if (typeof fm !== "object" || Array.isArray(fm)) {
    return {
      text: null,
      problems: [
        {
          file,
          line: 2,
          message: "front matter must be `name: value` fields",
          fix: "write each field as `name: value` on its own line",
        },
      ],
    };
  }
  const lineOf = (key: string): number => {
    const node = doc.get(key, true) as { range?: [number, number, number] } | undefined;
    return node?.range ? 1 + lineCounter.linePos(node.range[0]).line : 2;
  };
  const get = (k: string) => {
    const v = fm[k];
    if (v === undefined || v === null) return "";
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    return String(v).trim();
  };
  for (const k of REQUIRED_FIELDS) {
    if (!(k in fm))
      problems.push({
        file,
        line: close + 1,
        message: `missing front-matter field "${k}"`,
        fix: `add \`${k}: …\` before the closing \`---\`${k === "speaker" ? " (leave it empty when unknown)" : ""}`,
      });
    else if (k !== "speaker" && get(k) === "")
      problems.push({
        file,
        line: lineOf(k),
        message: `front-matter field "${k}" is empty`,
        fix: `give a value for ${k}`,
      });
  }
  const known = new Set<string>([...REQUIRED_FIELDS, ...OPTIONAL_FIELDS]);
  for (const k of Object.keys(fm)) {
    if (!known.has(k))
      problems.push({
        file,
        line: lineOf(k),
        message: `unknown front-matter field "${k}"`,
        fix: `use only ${[...known].join(", ")}`,
      });
  }
  const date = get("date");
  if ("date" in fm && date !== "" && !isIsoDate(date)) {
    problems.push({
      file,
      line: lineOf("date"),
      message: `invalid date "${date}"`,
      fix: "write a real date as YYYY-MM-DD, e.g. 2023-05-23",
    });
  }
  const category = get("category");
  if (categories && category !== "" && !categories.includes(category)) {
    problems.push({
      file,
      line: lineOf("category"),
      message: `category "${category}" is not one of the card's categories`,
      fix: `use one of: ${categories.join(", ")}`,
    });
  }
  const body = lines
    .slice(close + 1)
    .join("\n")
    .replace(/^\n+/, "")
    .trimEnd();
  if (body.trim() === "")
    problems.push({
      file,
      line: close + 2,
      message: "empty body: no text after the front matter",
      fix: "paste the text after the closing `---`",
    });
  if (problems.length) return { text: null, problems };
  const country = get("country").toUpperCase();
  return {
    text: {
      id: get("id"),
      date,
      year: Number(date.slice(0, 4)),
      category,
      speaker: get("speaker"),
      post: get("post"),
      country,
      countryName: get("countryName") || (country === "CHN" ? "China" : country),
      venue: get("venue"),
      source: get("source"),
      body,
      words: countWords(body),
    },
    problems,
    idLine: lineOf("id"),
  };
}

/**
 * Parses one text file (front matter, then the body). Throws a ValidationError listing every
 * problem, each naming `file` and its line. `categories` (the card's) are checked when given.
 * A BOM and CRLF or CR line ends are normalised silently.
 *
 * @example parseTextFile("mfa-2010-07-22.txt", "---\nid: mfa-2010-07-22\ndate: 2010-07-22\ncategory: mfa\nspeaker: A\nvenue: B\nsource: C\n---\nBody.\n").year // 2010
 */
export function parseTextFile(file: string, content: string | Buffer, categories?: string[]): Text {
  const { text, problems } = checkTextFile(file, content, categories);
  if (!text) throw new ValidationError(`text file ${file}`, problems);
  return text;
}

function yamlValue(v: string): string {
  if (v === "") return '""';
  // plain scalars are easiest to read; quote anything YAML would read as something else
  const plain =
    /^[^\s'"#&*!|>%@`{}[\],?:-][^#]*$/.test(v) &&
    !/: |\s$/.test(v) &&
    !/^(true|false|null|yes|no|on|off|~|[-+]?[\d.]+(e[-+]?\d+)?)$/i.test(v);
  return plain ? v : JSON.stringify(v);
}

/**
 * Writes a Text in the folder format: front matter (id, date, category, speaker, post, venue,
 * source, country, countryName; empty optional fields left out) between `---` lines, a blank
 * line, the body and a final newline.
 *
 * @example formatTextFile(text).startsWith("---\nid: ") // true
 */
export function formatTextFile(text: Text): string {
  const fields: Array<[string, string]> = [
    ["id", text.id],
    ["date", text.date ?? ""],
    ["category", text.category],
    ["speaker", text.speaker],
  ];
  if (text.post) fields.push(["post", text.post]);
  fields.push(["venue", text.venue], ["source", text.source]);
  if (text.country) fields.push(["country", text.country]);
  if (
    text.countryName &&
    text.countryName !== text.country &&
    !(text.country === "CHN" && text.countryName === "China")
  )
    fields.push(["countryName", text.countryName]);
  return `---\n${fields.map(([k, v]) => `${k}: ${yamlValue(v)}`).join("\n")}\n---\n\n${text.body.trimEnd()}\n`;
}

/**
 * Reads every `.txt` of a folder corpus, checking each against the card; all problems of all
 * files (and duplicate ids across files) are thrown together. Files are read in name order;
 * texts are returned sorted by date, then id.
 *
 * @example readTextFolder("texts/china-kosovo", ["mfa", "unsc", "leader"]).length // 0 while the folder is empty
 */
export function readTextFolder(dir: string, categories?: string[]): Text[] {
  if (!fs.existsSync(dir)) return [];
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.toLowerCase().endsWith(".txt") && !f.startsWith("."))
    .sort();
  const problems: Problem[] = [];
  const texts: Text[] = [];
  const ids = new Map<string, string>();
  const shownDir = path.relative(projectRoot(), dir).startsWith("..") ? dir : path.relative(projectRoot(), dir) || dir;
  for (const f of files) {
    const shown = path.join(shownDir, f);
    let buf: Buffer;
    try {
      buf = fs.readFileSync(path.join(dir, f));
    } catch (e) {
      problems.push({
        file: shown,
        message: `cannot read the file (${(e as Error).message})`,
        fix: "check the file's permissions",
      });
      continue;
    }
    const r = checkTextFile(shown, buf, categories);
    problems.push(...r.problems);
    if (!r.text) continue;
    const prev = ids.get(r.text.id);
    if (prev) {
      problems.push({
        file: shown,
        line: r.idLine ?? 2,
        message: `duplicate id "${r.text.id}" (also in ${prev})`,
        fix: "give each text its own id (e.g. add -b), or remove the copy",
      });
      continue;
    }
    ids.set(r.text.id, shown);
    texts.push(r.text);
  }
  if (problems.length) throw new ValidationError(`corpus folder ${shownDir}`, problems);
  return texts.sort((a, b) =>
    (a.date ?? "") < (b.date ?? "") ? -1 : (a.date ?? "") > (b.date ?? "") ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
}

// ---------------------------------------------------------------------------
// Loading a card, with a cache

/** Options for loading a card's texts. */
export interface LoadOptions {
  /** Inclusive year range overriding the card's `filters.years` (e.g. [1989, 2024] or [1998, 2007]). */
  years?: [number, number];
  /** Do not read or write the on-disk cache (the in-process memo is still used). */
  noCache?: boolean;
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
  /** "archive", "cache" or "folder": where the texts were read from this time. */
  from: "archive" | "cache" | "folder" | "memo";
}

/** A loaded corpus: the card, its texts and a report. */
export interface LoadedCorpus {
  card: CorpusCard;
  texts: Text[];
  report: LoadReport;
}

/** Bump when the parsed form changes, so old caches are not used. */
const CACHE_VERSION = 3;
const memo = new Map<string, LoadedCorpus>();

function resolveCard(card: CorpusCard | string): CorpusCard {
  return typeof card === "string" ? loadCard(card) : card;
}

function fileKey(p: string): string {
  const st = fs.statSync(p);
  return `${st.size}-${Math.floor(st.mtimeMs)}`;
}

/** The cache folder: `.cache/corpus/` under the project root (or `$WORKBOOK_CACHE/corpus`). */
export function cacheDir(): string {
  return path.join(process.env.WORKBOOK_CACHE ?? path.join(projectRoot(), ".cache"), "corpus");
}

function loadUngdc(card: CorpusCard, years: [number, number], noCache: boolean): LoadedCorpus {
  const dir = sourceDir(card);
  const tgz = path.join(dir, card.source.archive ?? "UNGDC_1946-2024.tgz");
  const xlsx = path.join(dir, card.source.speakers ?? "Speakers_by_session.xlsx");
  if (!fs.existsSync(tgz)) {
    throw new InputError({
      file: tgz,
      message: `the General Debate archive for corpus "${card.name}" is not there`,
      fix: `download UNGDC_1946-2024.tgz and Speakers_by_session.xlsx from doi:10.7910/DVN/0TJX8Y into ${dir}${card.source.env ? `, or set ${card.source.env} to the folder that holds them` : ""}`,
    });
  }
  const hasXlsx = fs.existsSync(xlsx);
  const keyParts = {
    v: CACHE_VERSION,
    card: card.name,
    unit: card.unit,
    years,
    countries: card.filters.countries,
    excludeRoc: card.filters.excludeRoc,
    archive: fileKey(tgz),
    speakers: hasXlsx ? fileKey(xlsx) : "none",
  };
  const key = crypto.createHash("sha1").update(JSON.stringify(keyParts)).digest("hex").slice(0, 12);
  const cacheFile = path.join(cacheDir(), `${card.name}-${years[0]}-${years[1]}-${key}.json`);
  if (!noCache && fs.existsSync(cacheFile)) {
    try {
      const cached = JSON.parse(fs.readFileSync(cacheFile, "utf8")) as {
        key: string;
        texts: Text[];
        report: LoadReport;
      };
      if (cached.key === key) return { card, texts: cached.texts, report: { ...cached.report, from: "cache" } };
    } catch {
      /* a damaged cache is read again from the archive */
    }
  }
  const speakers = hasXlsx ? readSpeakers(xlsx) : undefined;
  const { texts, report: ar } = readUngdcArchive(tgz, {
    years,
    countries: card.filters.countries,
    excludeRoc: card.filters.excludeRoc,
    keep: card.unit === "kosovo-passage" ? (t) => hasAnchor(t.body) : undefined,
    speakers,
  });
  // speeches without an anchor term are not in a Kosovo corpus: that is the corpus's definition, not a loss
  const excluded = ar.excluded.filter((e) => e.reason !== "left out by the card's filter");
  const noAnchor = ar.excluded.length - excluded.length;
  const notes: string[] = [];
  if (card.unit === "kosovo-passage")
    notes.push(
      `${texts.length} of ${noAnchor + texts.length} speeches of ${years[0]}–${years[1]} name an anchor term (Kosovo, Metohija, Pristina, UNMIK, KFOR, EULEX, …) and make up the corpus.`,
    );
  const roc = excluded.filter((e) => e.reason.startsWith("Republic of China"));
  if (roc.length)
    notes.push(
      `${roc.length} speech(es) of the Republic of China delegation (China's seat before October 1971) left out of the PRC series: ${roc.map((e) => e.id).join(", ")}.`,
    );
  if (!hasXlsx)
    notes.push(`No speakers workbook at ${xlsx}: speakers and posts are empty and countries are shown by code.`);
  if (ar.junk.length)
    notes.push(
      `${ar.junk.length} junk entries of the archive skipped (${[...new Set(ar.junk.map((j) => j.split("/").pop()))].join(", ")}).`,
    );
  const report: LoadReport = {
    card: card.name,
    years,
    texts: texts.length,
    speechesPerYear: ar.speechesPerYear,
    excluded,
    junk: ar.junk,
    rocSpeeches: ar.rocSpeeches,
    noSpeakerRow: ar.noSpeakerRow,
    notes,
    from: "archive",
  };
  if (!noCache) {
    writeFileAtomic(cacheFile, JSON.stringify({ key, keyParts, texts, report }));
  }
  return { card, texts, report };
}

function loadFolder(card: CorpusCard, years: [number, number]): LoadedCorpus {
  const dir = sourceDir(card);
  const all = readTextFolder(dir, card.categories);
  const texts = all.filter((t) => t.year >= years[0] && t.year <= years[1]);
  const notes: string[] = [];
  const shown = path.relative(projectRoot(), dir).startsWith("..") ? dir : path.relative(projectRoot(), dir);
  if (all.length === 0) {
    notes.push(
      `The corpus "${card.name}" is empty: no .txt texts in ${shown}${card.source.env ? ` (or set ${card.source.env} to another folder)` : ""}. ` +
        `Fill it with \`npm run fetch -- --corpus ${card.name}\`, or add texts one by one with ` +
        `\`npm run add-text -- --corpus ${card.name} --file text.txt --date YYYY-MM-DD --category ${card.categories[0] ?? "<category>"} --speaker "…" --venue "…" --source "…"\`.`,
    );
  } else if (texts.length < all.length) {
    notes.push(`${all.length - texts.length} of ${all.length} texts lie outside ${years[0]}–${years[1]}.`);
  }
  const perYear: Record<string, number> = {};
  for (const t of texts) perYear[String(t.year)] = (perYear[String(t.year)] ?? 0) + 1;
  return {
    card,
    texts,
    report: {
      card: card.name,
      years,
      texts: texts.length,
      speechesPerYear: perYear,
      excluded: [],
      junk: [],
      rocSpeeches: [],
      noSpeakerRow: [],
      notes,
      from: "folder",
    },
  };
}

/**
 * Loads a card's texts with a report. General Debate cards are read once from the archive and
 * cached in `.cache/corpus/<card>-<years>-<key>.json` (the key covers the archive's and the
 * workbook's size and time, the years and the filters), and memoised in-process; folder cards
 * are read from their folder each time. A Kosovo-passage card keeps only the speeches that name
 * an anchor term (the coding guide's definition of the Kosovo corpus); the report counts all
 * speeches per year for shares.
 *
 * @example loadCorpus("ungdc-kosovo", { years: [1989, 2024] }).report.notes
 */
export function loadCorpus(cardOrName: CorpusCard | string, opts: LoadOptions = {}): LoadedCorpus {
  const card = resolveCard(cardOrName);
  const years: [number, number] = opts.years ?? card.filters.years;
  if (!Array.isArray(years) || years.length !== 2 || !(years[0] <= years[1])) {
    throw new InputError({
      file: card.file,
      message: `year range ${JSON.stringify(years)} is not [from, to]`,
      fix: "pass years as [from, to], e.g. [1989, 2024]",
    });
  }
  if (card.source.kind === "folder") return loadFolder(card, years);
  const memoKey = JSON.stringify([card.name, card.file, card.filters, card.unit, sourceDir(card), years]);
  const hit = memo.get(memoKey);
  if (hit && !opts.noCache) return { ...hit, report: { ...hit.report, from: "memo" } };
  const loaded = loadUngdc(card, years, opts.noCache === true);
  if (!opts.noCache) memo.set(memoKey, loaded);
  return loaded;
}

/**
 * A card's texts (see `loadCorpus`). An empty corpus returns [] and prints, once, how to fill it.
 *
 * @example loadTexts("china-ungdc").length // 53 (PRC speeches 1972–2024)
 */
export function loadTexts(card: CorpusCard | string, opts: LoadOptions = {}): Text[] {
  const loaded = loadCorpus(card, opts);
  if (loaded.texts.length === 0 && loaded.report.notes.length && !warned.has(loaded.card.name)) {
    warned.add(loaded.card.name);
    console.warn(loaded.report.notes.join("\n"));
  }
  return loaded.texts;
}
const warned = new Set<string>();

/**
 * A card's coding units: the Kosovo passage of each text (`unit: kosovo-passage`) or each whole
 * text (`unit: whole`), in the order of the texts.
 *
 * @example loadUnits("ungdc-kosovo").length // 99 (2008–2024)
 */
export function loadUnits(card: CorpusCard | string, opts: LoadOptions = {}): Unit[] {
  const c = resolveCard(card);
  return unitsOf(c, loadTexts(c, opts));
}

/**
 * Cuts texts into a card's units.
 *
 * @example unitsOf(loadCard("china-kosovo"), texts).length === texts.length // true
 */
export function unitsOf(card: CorpusCard, texts: Text[]): Unit[] {
  if (card.unit === "whole") return texts.map(wholeTextUnit);
  const out: Unit[] = [];
  for (const t of texts) {
    const u = kosovoPassage(t);
    if (u) out.push(u);
  }
  return out;
}

/** Forgets the in-process memo (the on-disk cache stays). */
export function clearMemo(): void {
  memo.clear();
}

// ---------------------------------------------------------------------------
// Adding a text to a folder corpus

/** What a new text needs besides its body. */
export interface NewTextFields {
  date: string;
  category: string;
  speaker: string;
  venue: string;
  source: string;
  post?: string;
  country?: string;
  countryName?: string;
  /** Id to use; by default `<category>-<date>`, then `-b`, `-c`, … when taken. */
  id?: string;
}

/**
 * Checks a new text against a folder card and writes it (atomically) as `<dir>/<id>.txt`.
 * The id is `<category>-<date>` (then `-b`, `-c`, … if that id is taken). Refuses, with every
 * problem listed (ValidationError naming `what`): bad metadata, an empty body, an explicit id
 * that is taken, and a text whose body is already in the folder. Returns the text and its file.
 *
 * @example addTextToFolder(loadCard("china-kosovo"), "Invented body.", { date: "2010-07-22", category: "mfa", speaker: "", venue: "Beijing", source: "https://example.org" })
 */
export function addTextToFolder(
  card: CorpusCard,
  body: string,
  fields: NewTextFields,
  opts: { dir?: string; what?: string } = {},
): { text: Text; file: string } {
  const what = opts.what ?? "new text";
  if (card.source.kind !== "folder") {
    throw new InputError({
      file: card.file,
      message: `corpus "${card.name}" is read from the General Debate archive, not a folder`,
      fix: "add texts to a folder corpus, e.g. --corpus china-kosovo",
    });
  }
  const dir = opts.dir ?? sourceDir(card);
  const existing = readTextFolder(dir, card.categories);
  const problems: Problem[] = [];
  const b = normalizeBody(body).replace(/^\n+/, "").trimEnd();
  const required: Array<keyof NewTextFields> = ["date", "category", "venue", "source"];
  for (const k of required) {
    if (!String(fields[k] ?? "").trim()) problems.push({ file: what, message: `no ${k}`, fix: `give --${k}` });
  }
  if (fields.date && !isIsoDate(fields.date.trim()))
    problems.push({
      file: what,
      message: `invalid date "${fields.date}"`,
      fix: "write a real date as YYYY-MM-DD, e.g. 2023-05-23",
    });
  if (fields.category && !card.categories.includes(fields.category.trim()))
    problems.push({
      file: what,
      message: `category "${fields.category}" is not one of the card's categories`,
      fix: `use one of: ${card.categories.join(", ")}`,
    });
  if (b === "")
    problems.push({ file: what, message: "empty body", fix: "give a file with the text (or pipe it with --file -)" });
  if (fields.id !== undefined && !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(fields.id))
    problems.push({
      file: what,
      message: `id "${fields.id}" is not a plain file name`,
      fix: "use letters, digits, '.', '_' and '-' only",
    });
  const ids = new Set(existing.map((t) => t.id));
  if (fields.id !== undefined && ids.has(fields.id))
    problems.push({
      file: what,
      message: `id "${fields.id}" is already in ${dir}`,
      fix: "choose another id, or leave --id out to get one",
    });
  const same = existing.find((t) => t.body === b);
  if (b !== "" && same)
    problems.push({
      file: what,
      message: `this text is already in the corpus as "${same.id}"`,
      fix: "nothing to add; edit that file to change its metadata",
    });
  if (problems.length) throw new ValidationError(`cannot add ${what} to corpus "${card.name}"`, problems);
  let id = fields.id;
  if (id === undefined) {
    const stem = `${fields.category.trim()}-${fields.date.trim()}`;
    id = stem;
    for (let i = 1; ids.has(id) || fs.existsSync(path.join(dir, `${id}.txt`)); i++)
      id = `${stem}-${String.fromCharCode(97 + i)}`;
  }
  const country = (fields.country ?? "").trim().toUpperCase();
  const text: Text = {
    id,
    date: fields.date.trim(),
    year: Number(fields.date.trim().slice(0, 4)),
    category: fields.category.trim(),
    speaker: (fields.speaker ?? "").trim(),
    post: (fields.post ?? "").trim(),
    country,
    countryName: (fields.countryName ?? "").trim() || (country === "CHN" ? "China" : country),
    venue: fields.venue.trim(),
    source: fields.source.trim(),
    body: b,
    words: countWords(b),
  };
  const file = path.join(dir, `${id}.txt`);
  const content = formatTextFile(text);
  parseTextFile(file, content, card.categories); // what we write must read back
  writeFileAtomic(file, content);
  return { text, file };
}

// ---------------------------------------------------------------------------
// Summaries for tables and charts

/** One year of a corpus: texts, words, and (General Debate) all speeches of the year and the share. */
export interface YearRow {
  year: number;
  /** Texts of the corpus in the year (for a Kosovo card: speeches that name Kosovo). */
  texts: number;
  /** Words of those texts. */
  words: number;
  /** Words of their units (Kosovo passages), when units were given. */
  unitWords?: number;
  /** All speeches of the year in the archive (within the card's countries), when known. */
  speeches?: number;
  /** texts / speeches, rounded to 4 decimals. */
  share?: number;
}

/**
 * Texts and words per year, every year of `years` included (zeros too), sorted by year.
 * With `speechesPerYear` (a load report's) each row also has all speeches and the share;
 * with `units`, the words of the units.
 *
 * @example perYearRows(texts, { years: [2008, 2010], speechesPerYear: report.speechesPerYear })
 *   // [{ year: 2008, texts: 12, words: 40210, speeches: 192, share: 0.0625 }, …]
 */
export function perYearRows(
  texts: Text[],
  opts: { years?: [number, number]; speechesPerYear?: Record<string, number>; units?: Unit[] } = {},
): YearRow[] {
  const ys = texts.map((t) => t.year);
  const [from, to] = opts.years ?? (ys.length ? [Math.min(...ys), Math.max(...ys)] : [0, -1]);
  const rows: YearRow[] = [];
  for (let y = from; y <= to; y++) {
    const inYear = texts.filter((t) => t.year === y);
    const row: YearRow = { year: y, texts: inYear.length, words: inYear.reduce((s, t) => s + t.words, 0) };
    if (opts.units) row.unitWords = opts.units.filter((u) => u.year === y).reduce((s, u) => s + u.words, 0);
    if (opts.speechesPerYear) {
      row.speeches = opts.speechesPerYear[String(y)] ?? 0;
      row.share = row.speeches ? Math.round((row.texts / row.speeches) * 1e4) / 1e4 : 0;
    }
    rows.push(row);
  }
  return rows;
}

/** One country (or speaker) of a corpus. */
export interface CountRow {
  key: string;
  name: string;
  texts: number;
  words: number;
  /** First and last year, e.g. "2008–2024" (or "2010"). */
  years: string;
}

function countRows(texts: Text[], keyOf: (t: Text) => string, nameOf: (t: Text) => string, top?: number): CountRow[] {
  const by = new Map<string, { name: string; texts: number; words: number; min: number; max: number }>();
  for (const t of texts) {
    const k = keyOf(t);
    const r = by.get(k) ?? { name: nameOf(t), texts: 0, words: 0, min: t.year, max: t.year };
    if (t.year > r.max) r.name = nameOf(t); // the latest text's name (RUS: "Russia", not the USSR)
    r.texts++;
    r.words += t.words;
    r.min = Math.min(r.min, t.year);
    r.max = Math.max(r.max, t.year);
    by.set(k, r);
  }
  const rows = [...by.entries()].map(([key, r]) => ({
    key,
    name: r.name,
    texts: r.texts,
    words: r.words,
    years: r.min === r.max ? String(r.min) : `${r.min}–${r.max}`,
  }));
  rows.sort((a, b) => b.texts - a.texts || b.words - a.words || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return top === undefined ? rows : rows.slice(0, top);
}

/**
 * Texts and words per country, most texts first (ties: more words, then code). `key` is the
 * country code, `name` its name in the latest text.
 *
 * @example countryRows(texts, 3) // [{ key: "SRB", name: "Serbia", texts: 17, words: 9000, years: "2008–2024" }, …]
 */
export function countryRows(texts: Text[], top?: number): CountRow[] {
  return countRows(
    texts,
    (t) => t.country,
    (t) => t.countryName,
    top,
  );
}

/**
 * Texts and words per speaker, most texts first. `key` is "speaker (country)" (the name as in the
 * latest text, titles such as "Mr." dropped), `name` the post. Spellings that differ only in titles,
 * case or diacritics are one speaker ("Mr. Wang Yi" = "Wang Yi"). Texts with no known speaker are
 * counted under "(unknown)".
 *
 * @example speakerRows(texts, 5)[0].key // "Ivica Dačić (SRB)"
 */
export function speakerRows(texts: Text[], top?: number): CountRow[] {
  // one row per person however the workbook spells the name ("Mr. Wang Yi", "Wang Yi"; "HUANG Hua", "Huang Hua")
  const shown = new Map<string, { year: number; name: string }>();
  for (const t of texts) {
    const k = `${speakerKey(t.speaker)}|${t.country}`;
    const s = shown.get(k);
    if (!s || t.year >= s.year) shown.set(k, { year: t.year, name: stripTitles(t.speaker) });
  }
  const rows = countRows(
    texts,
    (t) => `${speakerKey(t.speaker)}|${t.country}`,
    (t) => t.post,
    top,
  );
  return rows.map((r) => {
    const [, country] = r.key.split("|");
    const name = shown.get(r.key)?.name || "(unknown)";
    return { ...r, key: `${name}${country ? ` (${country})` : ""}` };
  });
}

/** A speaker's name without leading titles ("Mr.", "Mrs.", "Ms.", "Dr.", "H.E.", "Sir"). */
function stripTitles(name: string): string {
  let n = name.trim();
  for (;;) {
    const m = /^(?:mr|mrs|ms|dr|h\.\s?e|sir|dame|prof)\.?\s+/i.exec(n);
    if (!m) return n;
    n = n.slice(m[0].length);
  }
}

/** A key that is the same for spellings of one name that differ in titles, case, diacritics and spacing. */
export function speakerKey(name: string): string {
  return normalizeForMatch(stripTitles(name).normalize("NFC"))
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * Texts and words per category of the card, in the card's order (zeros included).
 *
 * @example categoryRows(card, texts) // [{ key: "mfa", name: "mfa", texts: 0, words: 0, years: "" }, …]
 */
export function categoryRows(card: CorpusCard, texts: Text[]): CountRow[] {
  return card.categories.map((c) => {
    const inCat = texts.filter((t) => t.category === c);
    const ys = inCat.map((t) => t.year);
    const years = ys.length
      ? Math.min(...ys) === Math.max(...ys)
        ? String(ys[0])
        : `${Math.min(...ys)}–${Math.max(...ys)}`
      : "";
    return { key: c, name: c, texts: inCat.length, words: inCat.reduce((s, t) => s + t.words, 0), years };
  });
}

/**
 * A copy of a folder card that reads its texts from `dir` instead (its `env` dropped), e.g. a
 * scratch copy of the corpus folder for trying out a new text.
 *
 * @example loadTexts(cardWithFolder(loadCard("china-kosovo"), "/tmp/scratch"))
 */
export function cardWithFolder(card: CorpusCard, dir: string): CorpusCard {
  if (card.source.kind !== "folder") {
    throw new InputError({
      file: card.file,
      message: `corpus "${card.name}" is not a folder corpus`,
      fix: "use a card with `source: { kind: folder }`, e.g. china-kosovo",
    });
  }
  return { ...card, source: { kind: "folder", path: path.resolve(dir) } };
}

/**
 * Copies a folder corpus's `.txt` files into a new scratch folder (under the OS temporary folder
 * unless `into` is given) and returns its path. The original folder is never written to.
 *
 * @example const scratch = scratchCopy(loadCard("china-kosovo"))
 */
export function scratchCopy(card: CorpusCard, into?: string): string {
  const from = sourceDir(card);
  const dir = into ?? fs.mkdtempSync(path.join(os.tmpdir(), `${card.name}-scratch-`));
  fs.mkdirSync(dir, { recursive: true });
  if (fs.existsSync(from)) {
    for (const f of fs
      .readdirSync(from)
      .filter((x) => x.toLowerCase().endsWith(".txt"))
      .sort()) {
      writeFileAtomic(path.join(dir, f), fs.readFileSync(path.join(from, f))); // never a half-copied text in the scratch folder
    }
  }
  return dir;
}

/** Presence and mentions of a theme, as counted before and after a change to a corpus. */
export interface ThemeChange {
  theme: string;
  unitsBefore: number;
  unitsAfter: number;
  presentBefore: number;
  presentAfter: number;
  mentionsBefore: number;
  mentionsAfter: number;
}

/**
 * Puts two theme counts side by side (by theme, in the order of `after`), e.g. before and after
 * adding a text. Missing themes count as 0; mentions null count as 0.
 *
 * @example themeChanges([{ theme: "dialogue", units: 1, present: 1, mentions: 2 }], [{ theme: "dialogue", units: 2, present: 2, mentions: 3 }])
 *   // [{ theme: "dialogue", unitsBefore: 1, unitsAfter: 2, presentBefore: 1, presentAfter: 2, mentionsBefore: 2, mentionsAfter: 3 }]
 */
export function themeChanges(
  before: Array<{ theme: string; units: number; present: number; mentions: number | null }>,
  after: Array<{ theme: string; units: number; present: number; mentions: number | null }>,
): ThemeChange[] {
  const b = new Map(before.map((c) => [c.theme, c]));
  const themes = [
    ...after.map((c) => c.theme),
    ...before.map((c) => c.theme).filter((t) => !after.some((a) => a.theme === t)),
  ];
  const a = new Map(after.map((c) => [c.theme, c]));
  return themes.map((theme) => ({
    theme,
    unitsBefore: b.get(theme)?.units ?? 0,
    unitsAfter: a.get(theme)?.units ?? 0,
    presentBefore: b.get(theme)?.present ?? 0,
    presentAfter: a.get(theme)?.present ?? 0,
    mentionsBefore: b.get(theme)?.mentions ?? 0,
    mentionsAfter: a.get(theme)?.mentions ?? 0,
  }));
}
