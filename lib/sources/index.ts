/**
 * Fetching the study corpus (china-kosovo) from its official sources.
 *
 *   slots CSV (facts: date, category, speaker, UN symbol, official and alternative URL)
 *     → for each slot: official URL, then (UNSC) the verbatim record by symbol, then the alternative URL
 *     → download (cache in .cache/fetch/, timeouts, retries with backoff on 5xx / resets / truncation,
 *       no retry on 4xx, DNS failure and refused connections reported as "unreachable")
 *     → extractor (lib/extract.ts) → one text file in the corpus folder, written atomically.
 *
 * A re-run skips slots whose text is already written and reads downloads from the cache, so it is
 * offline and instant; an interrupted run resumes where it stopped.
 */
import * as crypto from "crypto";
import * as dns from "dns";
import * as net from "net";
import * as fs from "fs";
import * as http from "http";
import * as https from "https";
import * as path from "path";
import * as zlib from "zlib";
import { parse as parseCsv } from "csv-parse/sync";
import { InputError, Problem, ValidationError } from "../core";
import { OPTIONAL_FIELDS, formatTextFile, loadCard, parseTextFile, sourceDir } from "../corpus";
import { projectRoot, writeFileAtomic } from "../core";
import type { Text } from "../core";
import { countWords } from "../units";
import {
  Extracted,
  decodeHtml,
  extractPressConference,
  extractStatementHtml,
  extractVerbatimRecord,
  looksLikePressConference,
  sniff,
} from "../extract";

// ---------------------------------------------------------------------------------------------
// Slots

/** One row of a corpus's slots file: the facts about one text to fetch. */
export interface Slot {
  /** Stable id, e.g. "unsc-2008-02-18"; becomes the text's id and file name. */
  slot: string;
  /** ISO date "YYYY-MM-DD". */
  date: string;
  /** "mfa", "unsc" or "leader" (the corpus card's categories). */
  category: string;
  speaker: string;
  speakerTitle: string;
  venue: string;
  title: string;
  /** UN document symbol, e.g. "S/PV.6025"; "" when none. */
  docRef: string;
  /** Official URL; "" when not found. */
  url: string;
  /** Alternative URL (a mirror or report); "" when not found. */
  altUrl: string;
  evidence: string;
  /** 1-based line of the row in the file (the header is line 1). */
  line: number;
}

/** Columns a slots file must have, in this order. */
export const SLOT_COLUMNS = [
  "slot",
  "date",
  "category",
  "speaker",
  "speaker_title",
  "venue",
  "title",
  "doc_ref",
  "url",
  "alt_url",
  "evidence",
] as const;

/** The study corpus's categories (MFA texts 1–23, UNSC 24–79, leaders 80–82 in the paper). */
export const STUDY_CATEGORIES = ["mfa", "unsc", "leader"];

/** The slots file of a corpus: the card's `slots` (e.g. `data/corpora/china-kosovo.slots.csv`). */
export function slotsPath(corpus: string): string {
  const card = loadCard(corpus);
  if (!card.slots)
    throw new InputError({
      file: card.file,
      message: `corpus card "${corpus}" names no slots file`,
      fix: "add `slots: data/corpora/<name>.slots.csv` to the card",
    });
  return path.isAbsolute(card.slots) ? card.slots : path.join(projectRoot(), card.slots);
}

function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(s + "T00:00:00Z");
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/**
 * Parses and validates a slots CSV. Collects every problem (missing column, empty or duplicate slot id,
 * bad date, unknown category, URL that is not http(s)) and throws them together, each naming the row.
 *
 * @example parseSlots("slot,date,category,speaker,speaker_title,venue,title,doc_ref,url,alt_url,evidence\n" +
 *   "unsc-2008-02-18,2008-02-18,unsc,Wang Guangya,,UNSC,,S/PV.5839,,,un-meeting-table\n", "slots.csv")[0].docRef
 *   // → "S/PV.5839"
 */
export function parseSlots(csvText: string, file: string, categories: string[] = STUDY_CATEGORIES): Slot[] {
  let rows: string[][];
  try {
    rows = parseCsv(csvText, { relax_column_count: true, skip_empty_lines: true, bom: true }) as string[][];
  } catch (e) {
    const err = e as { lines?: number; message: string };
    throw new InputError({
      file,
      line: err.lines,
      message: `not a valid CSV (${err.message})`,
      fix: "check quoting: a field with a comma must be in double quotes, a quote inside it doubled",
    });
  }
  if (rows.length === 0)
    throw new InputError({
      file,
      line: 1,
      message: "the file is empty",
      fix: `start it with the header ${SLOT_COLUMNS.join(",")}`,
    });
  const header = rows[0].map((h) => h.trim());
  const problems: Problem[] = [];
  const missing = SLOT_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    throw new ValidationError(`slots file ${file}`, [
      {
        file,
        line: 1,
        message: `missing column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}`,
        fix: `the header must name ${SLOT_COLUMNS.join(",")}`,
      },
    ]);
  }
  const col = (name: string) => header.indexOf(name);
  const seen = new Map<string, number>();
  const slots: Slot[] = [];
  rows.slice(1).forEach((r, i) => {
    const line = i + 2;
    const get = (c: string) => (r[col(c)] ?? "").trim();
    if (r.length !== header.length) {
      problems.push({
        file,
        line,
        message: `${r.length} fields where the header has ${header.length}`,
        fix: "quote fields that contain commas",
      });
    }
    const s: Slot = {
      slot: get("slot"),
      date: get("date"),
      category: get("category"),
      speaker: get("speaker"),
      speakerTitle: get("speaker_title"),
      venue: get("venue"),
      title: get("title"),
      docRef: get("doc_ref"),
      url: get("url"),
      altUrl: get("alt_url"),
      evidence: get("evidence"),
      line,
    };
    if (s.slot === "")
      problems.push({
        file,
        line,
        column: "slot",
        message: "empty slot id",
        fix: "give the row an id such as unsc-2008-02-18",
      });
    else if (!/^[a-z0-9][a-z0-9._-]*$/.test(s.slot))
      problems.push({
        file,
        line,
        column: "slot",
        message: `slot id "${s.slot}" is not a file-name-safe id`,
        fix: "use lower-case letters, digits, '-', '_' or '.'",
      });
    else if (seen.has(s.slot))
      problems.push({
        file,
        line,
        column: "slot",
        message: `duplicate slot id "${s.slot}" (first on line ${seen.get(s.slot)})`,
        fix: "make the id unique, e.g. add a letter: mfa-2008-02-18b",
      });
    else seen.set(s.slot, line);
    if (!isIsoDate(s.date))
      problems.push({
        file,
        line,
        column: "date",
        message: `bad date "${s.date}"`,
        fix: "write the date as YYYY-MM-DD",
      });
    if (!categories.includes(s.category))
      problems.push({
        file,
        line,
        column: "category",
        message: `unknown category "${s.category}"`,
        fix: `use one of ${categories.join(", ")}`,
      });
    for (const c of ["url", "alt_url"] as const) {
      const v = get(c);
      if (v !== "" && !/^https?:\/\/[^\s/]+/i.test(v))
        problems.push({
          file,
          line,
          column: c,
          message: `"${v}" is not an http(s) URL`,
          fix: "write the full address starting with http:// or https://, or leave the field empty",
        });
    }
    slots.push(s);
  });
  if (problems.length > 0) throw new ValidationError(`slots file ${file}`, problems);
  return slots;
}

/**
 * Loads and validates a slots file.
 *
 * @example loadSlots(slotsPath("china-kosovo")).length  // → 78
 */
export function loadSlots(file: string, categories: string[] = STUDY_CATEGORIES): Slot[] {
  if (!fs.existsSync(file))
    throw new InputError({
      file,
      message: "slots file not found",
      fix: "create it, or copy the shared manifest (shared/corpora/china-kosovo/manifest.csv)",
    });
  return parseSlots(fs.readFileSync(file, "utf8"), file, categories);
}

/** One row of the slots-by-year table: slots per category, and how many have a URL / UN symbol. */
export interface SlotYearRow {
  year: string;
  /** Slots per category, in the order of `categories`. */
  counts: Record<string, number>;
  total: number;
  /** Slots with an official URL. */
  officialUrl: number;
  /** Slots with an alternative URL. */
  altUrl: number;
  /** Slots with a UN document symbol (S/PV.NNNN or a letter S/YYYY/NNN). */
  symbol: number;
  /** Slots whose text is already in the texts folder (when a folder is given). */
  fetched: number;
}

/**
 * The slots per year and category, with how many have an official URL, an alternative URL or a UN symbol,
 * and (given the texts folder) how many are fetched; a last row "all" sums the years.
 *
 * @example slotsByYear(loadSlots(slotsPath("china-kosovo")))[0]
 *   // → { year: "2008", counts: { mfa: 4, unsc: 6, leader: 1 }, total: 11, officialUrl: 5, altUrl: …, symbol: 6, fetched: 0 }
 */
export function slotsByYear(slots: Slot[], opts: { categories?: string[]; textsDir?: string } = {}): SlotYearRow[] {
  const cats = opts.categories ?? STUDY_CATEGORIES;
  const done = (s: Slot) => (opts.textsDir ? fs.existsSync(textFile(opts.textsDir, s.slot)) : false);
  const row = (year: string, ss: Slot[]): SlotYearRow => ({
    year,
    counts: Object.fromEntries(cats.map((c) => [c, ss.filter((s) => s.category === c).length])),
    total: ss.length,
    officialUrl: ss.filter((s) => s.url !== "").length,
    altUrl: ss.filter((s) => s.altUrl !== "").length,
    symbol: ss.filter((s) => /^S\//.test(s.docRef)).length,
    fetched: ss.filter(done).length,
  });
  const years = [...new Set(slots.map((s) => s.date.slice(0, 4)))].sort();
  return [
    ...years.map((y) =>
      row(
        y,
        slots.filter((s) => s.date.startsWith(y)),
      ),
    ),
    row("all", slots),
  ];
}

// ---------------------------------------------------------------------------------------------
// Where to look

/** A place to try for a slot's text. */
export interface Candidate {
  kind: "official" | "alternative" | "record";
  /** What to download (the source, or its copy on a test server). */
  url: string;
  /** The real address, recorded as the text's source. */
  source: string;
}

/** Default base of the UN document system's access-by-symbol API. */
export const UN_RECORD_BASE = "https://documents.un.org";

/**
 * The URL of a UN document (English PDF) by symbol.
 *
 * @example recordUrl("S/PV.6025")  // → "https://documents.un.org/api/symbol/access?s=S/PV.6025&l=en&t=pdf"
 */
export function recordUrl(symbol: string, base: string = UN_RECORD_BASE): string {
  return `${base.replace(/\/+$/, "")}/api/symbol/access?s=${encodeURI(symbol)}&l=en&t=pdf`;
}

/**
 * Points a URL at a test server: "http://host/path?q" → "<base>/host/path?q". Identity when base is "".
 *
 * @example rebase("http://un.china-mission.gov.cn/eng/x.htm", "http://127.0.0.1:8080")
 *   // → "http://127.0.0.1:8080/un.china-mission.gov.cn/eng/x.htm"
 */
export function rebase(url: string, base: string): string {
  if (!base) return url;
  const u = new URL(url);
  return `${base.replace(/\/+$/, "")}/${u.host}${u.pathname}${u.search}`;
}

/**
 * The places to try for a slot, in order: the official URL, the alternative URL, then — for a UNSC slot
 * with a UN symbol — the verbatim record by symbol.
 *
 * @example candidates({ ...slot, url: "", altUrl: "", category: "unsc", docRef: "S/PV.6025" })
 *   // → [{ kind: "record", url: "https://documents.un.org/api/symbol/access?s=S/PV.6025&l=en&t=pdf", source: (the same) }]
 */
export function candidates(slot: Slot, opts: { recordBase?: string; baseUrl?: string } = {}): Candidate[] {
  const out: Candidate[] = [];
  const base = opts.baseUrl ?? "";
  if (slot.url) out.push({ kind: "official", url: rebase(slot.url, base), source: slot.url });
  // For a Security Council meeting the UN's verbatim record comes before the alternative URL, which
  // is most often a news agency's report (whose narration the coding guide does not code).
  if (slot.category === "unsc" && /^S\//.test(slot.docRef)) {
    const rec = recordUrl(slot.docRef, opts.recordBase);
    out.push({ kind: "record", url: rebase(rec, base), source: rec });
  }
  if (slot.altUrl) out.push({ kind: "alternative", url: rebase(slot.altUrl, base), source: slot.altUrl });
  return out;
}

// ---------------------------------------------------------------------------------------------
// HTTP

/** Why a download failed. "unreachable": DNS lookup failed or the connection was refused (no network). */
export type FailureKind =
  | "unreachable"
  | "timeout"
  | "reset"
  | "truncated"
  | "http"
  | "content-type"
  | "extract"
  | "too-large"
  | "redirect"
  | "error";

/** A failed download or extraction, with whether trying again may help. */
export class FetchError extends Error {
  kind: FailureKind;
  url: string;
  status?: number;
  retryable: boolean;
  /** Seconds asked for by a Retry-After header. */
  retryAfter?: number;
  /** True when the failure was read from the cache (a page known to be gone), not from the network. */
  cached?: boolean;
  constructor(
    kind: FailureKind,
    url: string,
    message: string,
    opts: { status?: number; retryable?: boolean; retryAfter?: number } = {},
  ) {
    super(message);
    this.name = "FetchError";
    this.kind = kind;
    this.url = url;
    this.status = opts.status;
    this.retryable = opts.retryable ?? false;
    this.retryAfter = opts.retryAfter;
  }
}

/** A complete response. */
export interface HttpResponse {
  url: string;
  status: number;
  contentType: string;
  bytes: Uint8Array;
  /** Seconds from a Retry-After header, when given. */
  retryAfter?: number;
}

const UNREACHABLE_CODES = new Set([
  "ENOTFOUND",
  "EAI_AGAIN",
  "EAI_FAIL",
  "EAI_NONAME",
  "ECONNREFUSED",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENETDOWN",
  "EHOSTDOWN",
]);
const RESET_CODES = new Set(["ECONNRESET", "EPIPE", "ECONNABORTED", "UND_ERR_SOCKET"]);

/**
 * Classifies a socket/DNS error: DNS failure and refused connections are "unreachable" (not retried),
 * resets and socket timeouts are retryable.
 *
 * @example classifyNetworkError("http://x.invalid/", Object.assign(new Error(""), { code: "ENOTFOUND" })).kind  // → "unreachable"
 */
export function classifyNetworkError(url: string, e: NodeJS.ErrnoException): FetchError {
  const code = e.code ?? "";
  const host = (() => {
    try {
      return new URL(url).host;
    } catch {
      return url;
    }
  })();
  if (UNREACHABLE_CODES.has(code)) {
    const what =
      code === "ECONNREFUSED"
        ? "connection refused"
        : code.startsWith("EAI") || code === "ENOTFOUND"
          ? "DNS lookup failed"
          : "network unreachable";
    return new FetchError("unreachable", url, `${what} (${code} ${host})`);
  }
  if (code === "ETIMEDOUT")
    return new FetchError("timeout", url, `connection timed out (${host})`, { retryable: true });
  if (RESET_CODES.has(code) || /socket hang up/i.test(e.message))
    return new FetchError("reset", url, `connection reset (${code || e.message})`, { retryable: true });
  return new FetchError("error", url, `${code ? code + ": " : ""}${e.message}`);
}

/** Options of one HTTP GET. */
export interface GetOptions {
  /** Whole-request deadline in milliseconds (connect, headers and body). */
  timeoutMs: number;
  /** Largest body accepted (bytes). */
  maxBytes?: number;
  maxRedirects?: number;
  userAgent?: string;
}

const DEFAULT_UA = "china-kosovo-workbook/0.1 (research fetcher; Node.js)";

/**
 * One HTTP(S) GET with a deadline; follows redirects; decompresses gzip/deflate/br; rejects a body shorter
 * than its Content-Length ("truncated"). Any status is returned (the caller decides); network failures
 * throw a classified `FetchError`.
 *
 * @example const r = await httpGet("http://127.0.0.1:8080/page.htm", { timeoutMs: 20000 });  // r.status === 200
 */
export function httpGet(url: string, opts: GetOptions): Promise<HttpResponse> {
  const maxBytes = opts.maxBytes ?? 50 * 1024 * 1024;
  const deadline = Date.now() + opts.timeoutMs;
  const go = (target: string, redirectsLeft: number): Promise<HttpResponse> =>
    new Promise<HttpResponse>((resolve, reject) => {
      let u: URL;
      try {
        u = new URL(target);
      } catch {
        reject(new FetchError("error", target, `not a URL: ${target}`));
        return;
      }
      const mod = u.protocol === "https:" ? https : u.protocol === "http:" ? http : null;
      if (!mod) {
        reject(new FetchError("error", target, `unsupported protocol ${u.protocol}`));
        return;
      }
      let settled = false;
      const fail = (e: FetchError) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        req.destroy();
        reject(e);
      };
      const left = Math.max(1, deadline - Date.now());
      // When the timer fires, let the I/O that is already waiting be handled first (setImmediate runs after
      // the poll phase): a busy event loop (e.g. a PDF being parsed) must not turn a finished answer into a timeout.
      const timer = setTimeout(
        () =>
          setImmediate(() =>
            fail(
              new FetchError("timeout", target, `no complete answer within ${opts.timeoutMs} ms`, { retryable: true }),
            ),
          ),
        left,
      );
      const req = mod.get(
        u,
        {
          headers: {
            "user-agent": opts.userAgent ?? DEFAULT_UA,
            accept: "text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.5",
            "accept-encoding": "gzip, deflate, br",
          },
        },
        (res) => {
          const status = res.statusCode ?? 0;
          if (status >= 300 && status < 400 && res.headers.location) {
            res.resume();
            if (redirectsLeft <= 0) return fail(new FetchError("redirect", target, "too many redirects"));
            settled = true;
            clearTimeout(timer);
            const next = new URL(res.headers.location, target).toString();
            go(next, redirectsLeft - 1).then(resolve, reject);
            return;
          }
          const expected = res.headers["content-length"] !== undefined ? Number(res.headers["content-length"]) : null;
          const chunks: Buffer[] = [];
          let received = 0;
          let ended = false;
          res.on("data", (c: Buffer) => {
            received += c.length;
            if (received > maxBytes)
              return fail(new FetchError("too-large", target, `body larger than ${maxBytes} bytes`));
            chunks.push(c);
          });
          res.on("end", () => {
            ended = true;
            if (settled) return;
            if (expected !== null && received !== expected) {
              return fail(
                new FetchError("truncated", target, `body has ${received} of ${expected} bytes (Content-Length)`, {
                  retryable: true,
                }),
              );
            }
            let body: Buffer = Buffer.concat(chunks);
            const enc = String(res.headers["content-encoding"] ?? "").toLowerCase();
            try {
              if (enc === "gzip" || enc === "x-gzip") body = zlib.gunzipSync(body);
              else if (enc === "deflate") body = zlib.inflateSync(body);
              else if (enc === "br") body = zlib.brotliDecompressSync(body);
            } catch (e) {
              return fail(
                new FetchError("truncated", target, `cannot decompress ${enc} body (${(e as Error).message})`, {
                  retryable: true,
                }),
              );
            }
            settled = true;
            clearTimeout(timer);
            const ra = Number(res.headers["retry-after"]);
            resolve({
              url: target,
              status,
              contentType: String(res.headers["content-type"] ?? ""),
              bytes: new Uint8Array(body.buffer, body.byteOffset, body.byteLength),
              ...(Number.isFinite(ra) ? { retryAfter: ra } : {}),
            });
          });
          const cut = () => {
            if (ended || settled) return;
            fail(
              expected !== null
                ? new FetchError("truncated", target, `connection closed after ${received} of ${expected} bytes`, {
                    retryable: true,
                  })
                : new FetchError("reset", target, `connection closed after ${received} bytes`, { retryable: true }),
            );
          };
          res.on("aborted", cut);
          res.on("error", cut);
          res.on("close", cut);
        },
      );
      req.on("error", (e: NodeJS.ErrnoException) => fail(classifyNetworkError(target, e)));
    });
  return go(url, opts.maxRedirects ?? 5);
}

/** Retry policy of `getWithRetry`. */
export interface RetryOptions extends GetOptions {
  /** Attempts after the first (default 3). */
  retries?: number;
  /** First wait in ms, doubled each retry (default 1000), capped at `maxBackoffMs` (default 15000). */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** Called before each wait (for logs and tests). */
  onRetry?: (e: FetchError, attempt: number, waitMs: number) => void;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * GET with retries: 5xx, 408, 429, timeouts, connection resets and truncated bodies are retried with
 * exponential backoff (honouring Retry-After); other 4xx (404) and unreachable hosts fail at once.
 * Resolves only with a 2xx response.
 *
 * @example await getWithRetry(url, { timeoutMs: 20000, retries: 3, backoffMs: 1000 })
 */
export async function getWithRetry(url: string, opts: RetryOptions): Promise<HttpResponse> {
  const retries = opts.retries ?? 3;
  const base = opts.backoffMs ?? 1000;
  const cap = opts.maxBackoffMs ?? 15000;
  for (let attempt = 0; ; attempt++) {
    let err: FetchError;
    try {
      const r = await httpGet(url, opts);
      if (r.status >= 200 && r.status < 300) return r;
      const retryable = r.status >= 500 || r.status === 408 || r.status === 429;
      err = new FetchError("http", url, `HTTP ${r.status}`, { status: r.status, retryable, retryAfter: r.retryAfter });
    } catch (e) {
      err = e instanceof FetchError ? e : new FetchError("error", url, (e as Error).message);
    }
    if (!err.retryable || attempt >= retries) {
      if (attempt > 0) err.message += ` (after ${attempt + 1} attempts)`;
      throw err;
    }
    const wait = Math.min(cap, err.retryAfter !== undefined ? err.retryAfter * 1000 : base * 2 ** attempt);
    opts.onRetry?.(err, attempt + 1, wait);
    await sleep(wait);
  }
}

// ---------------------------------------------------------------------------------------------
// Cache

/** A download as kept in the cache. */
export interface Download {
  url: string;
  status: number;
  contentType: string;
  bytes: Uint8Array;
  /** SHA-256 (hex) of the bytes as downloaded. */
  sha256: string;
  /** UTC date of the download, "YYYY-MM-DD". */
  retrieved: string;
  fromCache: boolean;
}

/**
 * The cache folder: `$FETCH_CACHE` or `<project>/.cache/fetch`.
 *
 * @example defaultCacheDir()  // → "/path/to/project/.cache/fetch"
 */
export function defaultCacheDir(): string {
  return process.env.FETCH_CACHE ?? path.join(projectRoot(), ".cache", "fetch");
}

/**
 * Cache file names for a URL: `<sha256(url)>.body` (the raw bytes), `.json` (url, type, hash, date), and
 * `.gone.json` when the URL answered 404/410.
 *
 * @example cacheFiles("/tmp/c", "http://x/y").body  // → "/tmp/c/<64 hex>.body"
 */
export function cacheFiles(cacheDir: string, url: string): { body: string; meta: string; gone: string } {
  const key = crypto.createHash("sha256").update(url).digest("hex");
  return {
    body: path.join(cacheDir, key + ".body"),
    meta: path.join(cacheDir, key + ".json"),
    gone: path.join(cacheDir, key + ".gone.json"),
  };
}

/**
 * Forgets a cached download (used when it turned out not to be a page or PDF at all).
 *
 * @example dropCache(".cache/fetch", url)
 */
export function dropCache(cacheDir: string, url: string): void {
  const f = cacheFiles(cacheDir, url);
  for (const p of [f.meta, f.body]) if (fs.existsSync(p)) fs.unlinkSync(p);
}

/**
 * SHA-256 of bytes, hex.
 *
 * @example sha256Hex(Buffer.from("abc"))  // → "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
 */
export function sha256Hex(bytes: Uint8Array): string {
  return crypto.createHash("sha256").update(bytes).digest("hex");
}

/**
 * A cached download, when the cache holds one whose bytes still match their recorded hash.
 *
 * @example readCache(".cache/fetch", url)?.retrieved  // → "2026-11-28"
 */
export function readCache(cacheDir: string, url: string): Download | null {
  const f = cacheFiles(cacheDir, url);
  if (!fs.existsSync(f.meta) || !fs.existsSync(f.body)) return null;
  try {
    const meta = JSON.parse(fs.readFileSync(f.meta, "utf8")) as Omit<Download, "bytes" | "fromCache">;
    const bytes = new Uint8Array(fs.readFileSync(f.body));
    if (sha256Hex(bytes) !== meta.sha256) return null;
    return { ...meta, bytes, fromCache: true };
  } catch {
    return null;
  }
}

/**
 * Stores a download: body first, then its metadata (so a half-stored entry is never read).
 *
 * @example writeCache(".cache/fetch", download)
 */
export function writeCache(cacheDir: string, d: Download): void {
  const f = cacheFiles(cacheDir, d.url);
  writeFileAtomic(f.body, d.bytes);
  const meta = { url: d.url, status: d.status, contentType: d.contentType, sha256: d.sha256, retrieved: d.retrieved };
  writeFileAtomic(f.meta, JSON.stringify(meta, null, 2) + "\n");
}

/**
 * Downloads a URL through the cache: a cached copy is returned without touching the network; a fresh
 * 2xx download is cached before it is returned.
 *
 * @example const d = await download(url, { cacheDir: ".cache/fetch", timeoutMs: 20000 });  // d.sha256
 */
export async function download(
  url: string,
  opts: RetryOptions & { cacheDir: string; today?: () => string; unreachableHosts?: Map<string, string> },
): Promise<Download> {
  const hit = readCache(opts.cacheDir, url);
  if (hit) return hit;
  // A page known to be gone (404/410) is not asked for again: the re-run stays offline.
  const gone = cacheFiles(opts.cacheDir, url).gone;
  const g = readGone(gone);
  if (g) {
    const err = new FetchError("http", url, `HTTP ${g.status} (on ${g.retrieved}, cached)`, { status: g.status });
    err.cached = true;
    throw err;
  }
  // A host found unreachable earlier in the run fails at once (a dead DNS name can take 5 s per lookup).
  const host = new URL(url).host;
  const memo = opts.unreachableHosts;
  if (memo) {
    // One DNS lookup per host per run, shared by every request waiting on it.
    const hostname = new URL(url).hostname;
    let probe = hostProbes.get(memo)?.get(hostname);
    if (!probe) {
      probe = lookupHost(hostname, url);
      if (!hostProbes.has(memo)) hostProbes.set(memo, new Map());
      hostProbes.get(memo)!.set(hostname, probe);
    }
    const dnsFailure = await probe;
    if (dnsFailure) memo.set(host, dnsFailure);
  }
  const known = memo?.get(host);
  if (known) throw new FetchError("unreachable", url, known);
  let r: HttpResponse;
  try {
    r = await getWithRetry(url, opts);
  } catch (e) {
    if (e instanceof FetchError && e.kind === "unreachable") opts.unreachableHosts?.set(host, e.message);
    if (e instanceof FetchError && (e.status === 404 || e.status === 410)) {
      writeFileAtomic(
        gone,
        JSON.stringify({ url, status: e.status, retrieved: (opts.today ?? utcToday)() }, null, 2) + "\n",
      );
    }
    throw e;
  }
  const d: Download = {
    url,
    status: r.status,
    contentType: r.contentType,
    bytes: r.bytes,
    sha256: sha256Hex(r.bytes),
    retrieved: (opts.today ?? utcToday)(),
    fromCache: false,
  };
  writeCache(opts.cacheDir, d);
  return d;
}

/** A remembered 404/410, or null when there is none or the note is damaged (a write cut short): then the URL is asked again. */
function readGone(file: string): { status: number; retrieved: string } | null {
  if (!fs.existsSync(file)) return null;
  try {
    const g = JSON.parse(fs.readFileSync(file, "utf8")) as { status?: unknown; retrieved?: unknown };
    return typeof g.status === "number" && typeof g.retrieved === "string"
      ? { status: g.status, retrieved: g.retrieved }
      : null;
  } catch {
    return null;
  }
}

/** Shared DNS probes of a run, keyed by the run's unreachable-host memo. */
const hostProbes = new WeakMap<Map<string, string>, Map<string, Promise<string>>>();

/** Resolves a host name once; "" when it resolves (or is an IP address), else the failure's message. */
function lookupHost(hostname: string, url: string): Promise<string> {
  if (net.isIP(hostname.replace(/^\[|\]$/g, "")) !== 0) return Promise.resolve("");
  return new Promise((resolve) =>
    dns.lookup(hostname, (err) => {
      if (!err) return resolve("");
      const fe = classifyNetworkError(url, err);
      resolve(fe.kind === "unreachable" ? fe.message : "");
    }),
  );
}

function utcToday(): string {
  return new Date().toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------------
// Extraction per candidate

/**
 * Runs the extractor that fits a download: a PDF → China's turn of the verbatim record; an MFA press
 * conference (by the slot's title/venue) or any page with "Q:" paragraphs → the Kosovo exchanges, questions
 * marked; other HTML → the statement body. Throws `FetchError` "content-type" when the download is neither (or a record
 * candidate is not a PDF), and "extract" when nothing of the study is in it.
 *
 * @example const ex = await extractFor(slot, { kind: "record", url }, download);  // ex.body
 */
export async function extractFor(slot: Slot, cand: Candidate, d: Download): Promise<Extracted> {
  const kind = sniff(d.bytes, d.contentType);
  const declared = d.contentType || "no content type";
  if (cand.kind === "record" && kind !== "pdf") {
    throw new FetchError("content-type", d.url, `expected a PDF, got ${declared}`);
  }
  if (kind === "other") throw new FetchError("content-type", d.url, `expected HTML or PDF, got ${declared}`);
  let ex: Extracted;
  if (kind === "pdf") {
    try {
      ex = await extractVerbatimRecord(d.bytes, "China");
    } catch (e) {
      throw new FetchError("extract", d.url, `unreadable PDF (${(e as Error).message})`);
    }
    if (!ex.body)
      throw new FetchError(
        "extract",
        d.url,
        `no turn of China ("(China):" speaker line) in ${slot.docRef || "the PDF"}`,
      );
  } else {
    const html = decodeHtml(d.bytes, d.contentType);
    // A press conference by its slot, or any page of questions and answers (an answer to a journalist, an interview).
    const pressConference =
      (slot.category === "mfa" && /press conference/i.test(slot.title + " " + slot.venue)) ||
      looksLikePressConference(html);
    ex = pressConference ? extractPressConference(html, slot.speaker) : extractStatementHtml(html);
    if (!ex.body) {
      throw new FetchError(
        "extract",
        d.url,
        pressConference ? "no exchange about Kosovo in the press conference" : "no statement text found in the page",
      );
    }
  }
  return ex;
}

// ---------------------------------------------------------------------------------------------
// Text files

/** Front matter of a fetched text. */
export interface FetchedMeta {
  id: string;
  date: string;
  category: string;
  speaker: string;
  /** The speaker's post (the slot's speaker_title); "" when unknown. */
  post: string;
  venue: string;
  source: string;
  retrieved: string;
  sha256: string;
}

/**
 * The folder format of a text, written by `lib/corpus.ts`'s `formatTextFile` (front matter id, date,
 * category, speaker, post, venue, source, country; then the body), with the download's retrieval date and
 * SHA-256 added to the front matter: as fields when the corpus loader knows them (`OPTIONAL_FIELDS`), else
 * as `# retrieved:` / `# sha256:` comment lines, which the loader reads past.
 *
 * @example formatFetchedText({ id: "x", date: "2008-02-18", category: "unsc", speaker: "", post: "", venue: "UNSC",
 *   source: "http://a/b", retrieved: "2026-11-28", sha256: "ab" }, "Body.")
 *   // → '---\nid: x\ndate: 2008-02-18\ncategory: unsc\nspeaker: ""\nvenue: UNSC\nsource: http://a/b\ncountry: CHN\n# retrieved: 2026-11-28\n# sha256: ab\n---\n\nBody.\n'
 */
export function formatFetchedText(meta: FetchedMeta, body: string): string {
  const clean = body.replace(/\r\n?/g, "\n").trim();
  const text: Text = {
    id: meta.id,
    date: meta.date,
    year: Number(meta.date.slice(0, 4)),
    category: meta.category,
    speaker: meta.speaker,
    post: meta.post,
    country: "CHN",
    countryName: "China",
    venue: meta.venue,
    source: meta.source,
    body: clean,
    words: countWords(clean),
  };
  const formatted = formatTextFile(text);
  const known = OPTIONAL_FIELDS as readonly string[];
  const asFields = known.includes("retrieved") && known.includes("sha256");
  const extra = asFields
    ? `retrieved: "${meta.retrieved}"\nsha256: ${meta.sha256}\n`
    : `# retrieved: ${meta.retrieved}\n# sha256: ${meta.sha256}\n`;
  const close = formatted.indexOf("\n---\n", 4) + 1; // start of the closing "---" line
  return formatted.slice(0, close) + extra + formatted.slice(close);
}

/**
 * Reads back the retrieval facts of a fetched text (`retrieved`, `sha256`), from fields or comment lines.
 *
 * @example fetchedFacts(formatFetchedText(meta, "Body.")).sha256  // → meta.sha256
 */
export function fetchedFacts(content: string): { retrieved: string; sha256: string; source: string } {
  const fm = /^---\n([\s\S]*?)\n---/.exec(content.replace(/\r\n?/g, "\n"))?.[1] ?? "";
  const get = (k: string) => new RegExp(`^#?\\s*${k}:\\s*"?([^"\\n]*)"?\\s*$`, "m").exec(fm)?.[1] ?? "";
  return { retrieved: get("retrieved"), sha256: get("sha256"), source: get("source") };
}

/**
 * The file of a slot's text in a corpus folder.
 *
 * @example textFile("texts/china-kosovo", "unsc-2008-02-18")  // → "texts/china-kosovo/unsc-2008-02-18.txt"
 */
export function textFile(textsDir: string, slotId: string): string {
  return path.join(textsDir, `${slotId}.txt`);
}

/**
 * The texts folder of a folder corpus: the card's source path, or its environment variable (CHINA_KOSOVO_TEXTS).
 *
 * @example defaultTextsDir("china-kosovo")  // → "/path/to/project/texts/china-kosovo"
 */
export function defaultTextsDir(corpus = "china-kosovo"): string {
  return sourceDir(loadCard(corpus));
}

/** "Mr. Liu Zhenmin" → "Liu Zhenmin". */
function bareName(s: string): string {
  return s.replace(/^(Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.?\s+/, "").trim();
}

// ---------------------------------------------------------------------------------------------
// Slots → texts

/** The outcome of one slot. */
export interface SlotResult {
  slot: string;
  status: "fetched" | "skipped" | "failed";
  /** Which candidate gave the text ("official", "alternative", "record") when fetched. */
  via: string;
  /** The URL the text came from, when fetched. */
  source: string;
  /** Why skipped or failed; for a failure every candidate's reason, "; "-separated. */
  reason: string;
  /** For a failure: "unreachable" when every candidate was unreachable, else the last failure's kind. */
  kind: FailureKind | "";
  /** True when every download came from the cache. */
  fromCache: boolean;
  words: number;
}

/** Options of a fetch run. */
export interface FetchOptions extends RetryOptions {
  textsDir: string;
  cacheDir: string;
  /** Slots run at once (default 4). */
  concurrency?: number;
  /** Prefix that redirects every URL to a test server (see `rebase`). */
  baseUrl?: string;
  /** Base of the UN access-by-symbol API (default https://documents.un.org). */
  recordBase?: string;
  /** Fetch again even when the text exists. */
  force?: boolean;
  /** Date of today (tests fix it). */
  today?: () => string;
  /** The corpus card's categories (checked on every text before it is written). */
  categories?: string[];
  /** Hosts found unreachable in this run (host → reason); later requests to them fail at once. */
  unreachableHosts?: Map<string, string>;
  /** Called when a slot starts and when it ends. */
  onSlot?: (event: "start" | "done", slot: Slot, result?: SlotResult) => void;
}

/**
 * Fetches one slot: skips it when its text exists (resume) or when it has nowhere to look; otherwise tries
 * each candidate in turn and writes the first text extracted, atomically. Never throws for network or
 * content problems: they become a "failed" result with the reasons.
 *
 * @example const r = await fetchSlot(slot, { textsDir: "texts/china-kosovo", cacheDir: ".cache/fetch", timeoutMs: 20000 });
 *   // r.status === "fetched" | "skipped" | "failed"
 */
export async function fetchSlot(slot: Slot, opts: FetchOptions): Promise<SlotResult> {
  const base: SlotResult = {
    slot: slot.slot,
    status: "skipped",
    via: "",
    source: "",
    reason: "",
    kind: "",
    fromCache: true,
    words: 0,
  };
  const file = textFile(opts.textsDir, slot.slot);
  if (!opts.force && fs.existsSync(file)) return { ...base, reason: "already fetched" };
  const cands = candidates(slot, { recordBase: opts.recordBase, baseUrl: opts.baseUrl });
  if (cands.length === 0) return { ...base, reason: "no URL or UN symbol in the slots file (add one to fetch it)" };
  const reasons: string[] = [];
  const kinds: FailureKind[] = [];
  let allCached = true;
  for (const c of cands) {
    try {
      const d = await download(c.url, opts);
      allCached = allCached && d.fromCache;
      const ex = await extractFor(slot, c, d);
      const speaker = slot.speaker || (ex.speaker.startsWith("The ") ? "" : bareName(ex.speaker));
      const text = formatFetchedText(
        {
          id: slot.slot,
          date: slot.date,
          category: slot.category,
          speaker,
          post: slot.speakerTitle,
          venue: slot.venue,
          source: c.source,
          retrieved: d.retrieved,
          sha256: d.sha256,
        },
        ex.body,
      );
      // Never write a text the corpus loader would reject.
      parseTextFile(file, text, opts.categories ?? STUDY_CATEGORIES);
      writeFileAtomic(file, text);
      const words = (ex.body.match(/\S+/g) ?? []).length;
      return {
        ...base,
        status: "fetched",
        via: c.kind,
        source: c.source,
        reason: ex.notes.join(", "),
        fromCache: allCached,
        words,
      };
    } catch (e) {
      const fe = e instanceof FetchError ? e : new FetchError("error", c.url, (e as Error).message);
      // A download of the wrong type (an error or sign-in page) is not kept: the next run asks again.
      if (fe.kind === "content-type") dropCache(opts.cacheDir, c.url);
      if (fe.kind !== "unreachable" && !fe.cached) allCached = false;
      reasons.push(`${c.kind}: ${fe.kind} — ${fe.message}`);
      kinds.push(fe.kind);
    }
  }
  const kind: FailureKind = kinds.every((k) => k === "unreachable")
    ? "unreachable"
    : (kinds.filter((k) => k !== "unreachable").pop() ?? "error");
  return { ...base, status: "failed", reason: reasons.join("; "), kind, fromCache: false };
}

/**
 * Fetches many slots with bounded concurrency; results come back in the slots' order.
 *
 * @example const results = await fetchSlots(loadSlots(slotsPath("china-kosovo")), { ...opts, concurrency: 4 });
 */
export async function fetchSlots(slots: Slot[], opts: FetchOptions): Promise<SlotResult[]> {
  const results: SlotResult[] = new Array(slots.length);
  opts = { ...opts, unreachableHosts: opts.unreachableHosts ?? new Map<string, string>() };
  let next = 0;
  const worker = async () => {
    for (;;) {
      const i = next++;
      if (i >= slots.length) return;
      opts.onSlot?.("start", slots[i]);
      results[i] = await fetchSlot(slots[i], opts);
      opts.onSlot?.("done", slots[i], results[i]);
    }
  };
  const n = Math.max(1, Math.min(opts.concurrency ?? 4, slots.length));
  await Promise.all(Array.from({ length: n }, worker));
  return results;
}

/** Counts of a run. */
export interface RunSummary {
  fetched: number;
  skipped: number;
  failed: number;
  unreachable: number;
  /** True when nothing could be reached at all: every failure was "unreachable" and nothing was fetched. */
  noNetwork: boolean;
}

/**
 * Counts a run's results.
 *
 * @example summarize([{ status: "failed", kind: "unreachable", ... }]).noNetwork  // → true
 */
export function summarize(results: SlotResult[]): RunSummary {
  const fetched = results.filter((r) => r.status === "fetched").length;
  const skipped = results.filter((r) => r.status === "skipped").length;
  const failed = results.filter((r) => r.status === "failed").length;
  const unreachable = results.filter((r) => r.status === "failed" && r.kind === "unreachable").length;
  const fetchedFresh = results.filter((r) => r.status === "fetched" && !r.fromCache).length;
  return {
    fetched,
    skipped,
    failed,
    unreachable,
    noNetwork: failed > 0 && unreachable === failed && fetchedFresh === 0,
  };
}

/** Exit codes of `npm run fetch`: 0 all done, 1 some slot failed, 2 bad command line or input, 3 no network. */
export const EXIT = { ok: 0, failed: 1, usage: 2, noNetwork: 3 } as const;

/**
 * The exit code for a run: 0 when nothing failed, 3 when every failure was "unreachable" (no network),
 * 1 otherwise.
 *
 * @example exitCode(summarize(results))  // → 0
 */
export function exitCode(s: RunSummary): number {
  if (s.failed === 0) return EXIT.ok;
  return s.unreachable === s.failed ? EXIT.noNetwork : EXIT.failed;
}

/**
 * The final table: one row per slot that was fetched, skipped or failed, with the reason, then totals.
 * Rows keep the slots' order; "only failures" when `failuresOnly`.
 *
 * @example console.log(formatReport(results));
 */
export function formatReport(results: SlotResult[], opts: { failuresOnly?: boolean; width?: number } = {}): string {
  const width = opts.width ?? 160;
  const rows = results.filter((r) => !opts.failuresOnly || r.status === "failed");
  const head = ["slot", "status", "via", "detail"];
  const cells = rows.map((r) => [
    r.slot,
    r.status === "failed" ? `failed (${r.kind})` : r.status,
    r.via || "-",
    r.status === "fetched" ? `${r.words} words${r.fromCache ? ", from cache" : ""}; ${r.reason}` : r.reason,
  ]);
  const w = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  w[3] = Math.max(10, Math.min(w[3], width - (w[0] + w[1] + w[2] + 6)));
  const line = (c: string[]) =>
    c
      .map((s, i) => (i === 3 ? (s.length > w[3] ? s.slice(0, w[3] - 1) + "…" : s) : s.padEnd(w[i])))
      .join("  ")
      .trimEnd();
  const s = summarize(results);
  const total = `fetched ${s.fetched}, skipped ${s.skipped}, failed ${s.failed}${s.unreachable ? ` (${s.unreachable} unreachable)` : ""} — of ${results.length} slots`;
  // Reasons cut short in the table are printed in full below it (network-down failures need no more).
  const full = rows.filter((r, i) => r.status === "failed" && r.kind !== "unreachable" && cells[i][3].length > w[3]);
  const more = full.length > 0 ? ["", "failures in full:", ...full.map((r) => `  ${r.slot}: ${r.reason}`)] : [];
  return [line(head), line(w.map((n) => "-".repeat(n))), ...cells.map(line), ...more, "", total].join("\n");
}
