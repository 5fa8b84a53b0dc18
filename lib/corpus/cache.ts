/**
 * The on-disk cache of parsed General Debate corpora: `.cache/corpus/<card>-<from>-<to>-<key>.json`,
 * where the key covers everything the parse depends on (the archive's and the workbook's size and
 * time, the card's unit and filters, the years, and the parsed form's version).
 */
import * as crypto from "crypto";
import * as fs from "fs";
import * as path from "path";
import { projectRoot, writeFileAtomic } from "../core";
import type { Text } from "../core";
import type { CorpusCard } from "./card";
import type { LoadReport } from "./loaded";

/** Bump when the parsed form changes, so old caches are not used. */
const CACHE_VERSION = 4;

/**
 * The cache folder: `.cache/corpus/` under the project root (or `$WORKBOOK_CACHE/corpus`).
 *
 * @example cacheDir() // "<project>/.cache/corpus"
 */
export function cacheDir(): string {
  return path.join(process.env.WORKBOOK_CACHE ?? path.join(projectRoot(), ".cache"), "corpus");
}

/** A file's size and modification time, as a cache key part. */
function fileKey(p: string): string {
  const st = fs.statSync(p);
  return `${st.size}-${Math.floor(st.mtimeMs)}`;
}

/** Where a card's parse is cached, and the key its content must carry. */
export interface CacheEntry {
  file: string;
  key: string;
  /** What the key was computed from (written beside it, for a reader). */
  keyParts: Record<string, unknown>;
}

/**
 * The cache entry of a General Debate card for some years, given its archive and (if there is one)
 * its speakers workbook (or the embedded subset's speakers CSV), and any other file the parse depends on
 * (the subset's manifest).
 *
 * @example cacheEntry(card, [2008, 2024], tgz, xlsx).file // ".../ungdc-kosovo-2008-2024-<12 hex>.json"
 */
export function cacheEntry(
  card: CorpusCard,
  years: [number, number],
  tgz: string,
  xlsx: string | null,
  alsoKeyed: string[] = [],
): CacheEntry {
  const keyParts = {
    v: CACHE_VERSION,
    card: card.name,
    unit: card.unit,
    years,
    countries: card.filters.countries,
    excludeRoc: card.filters.excludeRoc,
    archive: fileKey(tgz),
    speakers: xlsx ? fileKey(xlsx) : "none",
    also: alsoKeyed.map(fileKey),
  };
  const key = crypto.createHash("sha1").update(JSON.stringify(keyParts)).digest("hex").slice(0, 12);
  return { file: path.join(cacheDir(), `${card.name}-${years[0]}-${years[1]}-${key}.json`), key, keyParts };
}

/**
 * The cached texts and report of an entry, or null when there are none (or the cache is damaged or
 * stale: then the corpus is read again from the archive).
 */
export function readCachedCorpus(entry: CacheEntry): { texts: Text[]; report: LoadReport } | null {
  if (!fs.existsSync(entry.file)) return null;
  try {
    const cached = JSON.parse(fs.readFileSync(entry.file, "utf8")) as {
      key: string;
      texts: Text[];
      report: LoadReport;
    };
    if (cached.key === entry.key) return { texts: cached.texts, report: cached.report };
  } catch {
    /* a damaged cache is read again from the archive */
  }
  return null;
}

/** Writes a parsed corpus to its cache entry (atomically). */
export function writeCachedCorpus(entry: CacheEntry, texts: Text[], report: LoadReport): void {
  writeFileAtomic(entry.file, JSON.stringify({ key: entry.key, keyParts: entry.keyParts, texts, report }));
}
