/**
 * The download cache (`.cache/fetch/`): each URL's bytes and their facts (type, SHA-256, date), and a
 * note for a URL that answered 404/410, so that a re-run is offline and instant.
 */
import * as crypto from "crypto";
import * as fs from "fs";
import * as path from "path";
import { projectRoot, writeFileAtomic } from "../core";
import { redactUrl } from "./redact";

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
 * @example defaultCacheDir()  // → "<project>/.cache/fetch"
 */
export function defaultCacheDir(): string {
  return process.env.FETCH_CACHE ?? path.join(projectRoot(), ".cache", "fetch");
}

/**
 * Cache file names for a URL: `<sha256(url)>.body` (the raw bytes), `.json` (url, type, hash, date), and
 * `.gone.json` when the URL answered 404/410.
 *
 * @example cacheFiles(".cache/fetch", "http://x/y").body  // → ".cache/fetch/<64 hex>.body"
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
  const meta = {
    url: redactUrl(d.url),
    status: d.status,
    contentType: d.contentType,
    sha256: d.sha256,
    retrieved: d.retrieved,
  };
  writeFileAtomic(f.meta, JSON.stringify(meta, null, 2) + "\n");
}

/** A URL known to be gone: the status it answered (404 or 410) and the day it did. */
export interface Gone {
  status: number;
  retrieved: string;
}

/**
 * The remembered 404/410 of a URL, or null when there is none or the note is damaged (a write cut
 * short): then the URL is asked again.
 *
 * @example readGone(".cache/fetch", url)?.status // 404
 */
export function readGone(cacheDir: string, url: string): Gone | null {
  const file = cacheFiles(cacheDir, url).gone;
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

/** Remembers that a URL answered 404/410 on a day. */
export function writeGone(cacheDir: string, url: string, gone: Gone): void {
  const record = { url: redactUrl(url), status: gone.status, retrieved: gone.retrieved };
  writeFileAtomic(cacheFiles(cacheDir, url).gone, JSON.stringify(record, null, 2) + "\n");
}
