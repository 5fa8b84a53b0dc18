/**
 * Downloading a URL through the cache: a cached copy without touching the network, a page known to be
 * gone without asking again, a host found unreachable in this run without waiting for DNS again.
 */
import * as dns from "dns";
import * as net from "net";
import { type Download, readCache, readGone, sha256Hex, writeCache, writeGone } from "./cache";
import { classifyNetworkError, FetchError } from "./fetch-error";
import type { HttpResponse } from "./http";
import { getWithRetry, type RetryOptions } from "./retry";

/** Options of `download`: the retry policy, the cache, the day, and the run's unreachable hosts. */
export interface DownloadOptions extends RetryOptions {
  cacheDir: string;
  /** Date of today, "YYYY-MM-DD" (tests fix it). */
  today?: () => string;
  /** Hosts found unreachable in this run (host → reason); later requests to them fail at once. */
  unreachableHosts?: Map<string, string>;
}

/**
 * Downloads a URL through the cache: a cached copy is returned without touching the network; a fresh
 * 2xx download is cached before it is returned.
 *
 * @example const d = await download(url, { cacheDir: ".cache/fetch", timeoutMs: 20000 });  // d.sha256
 * @throws {FetchError} when the URL cannot be downloaded (see `getWithRetry`), or is known to be gone
 */
export async function download(url: string, opts: DownloadOptions): Promise<Download> {
  const hit = readCache(opts.cacheDir, url);
  if (hit) return hit;
  // A page known to be gone (404/410) is not asked for again: the re-run stays offline.
  const g = readGone(opts.cacheDir, url);
  if (g) {
    const err = new FetchError("http", url, `HTTP ${g.status} (on ${g.retrieved}, cached)`, { status: g.status });
    err.cached = true;
    throw err;
  }
  // A host found unreachable earlier in the run fails at once (a dead DNS name can take 5 s per lookup).
  const host = new URL(url).host;
  const memo = opts.unreachableHosts;
  if (memo) {
    const dnsFailure = await probeHost(memo, new URL(url).hostname, url);
    if (dnsFailure) memo.set(host, dnsFailure);
  }
  const known = memo?.get(host);
  if (known) throw new FetchError("unreachable", url, known);
  const today = opts.today ?? utcToday;
  let r: HttpResponse;
  try {
    r = await getWithRetry(url, opts);
  } catch (e) {
    if (e instanceof FetchError && e.kind === "unreachable") opts.unreachableHosts?.set(host, e.message);
    if (e instanceof FetchError && (e.status === 404 || e.status === 410))
      writeGone(opts.cacheDir, url, { status: e.status, retrieved: today() });
    throw e;
  }
  const d: Download = {
    url,
    status: r.status,
    contentType: r.contentType,
    bytes: r.bytes,
    sha256: sha256Hex(r.bytes),
    retrieved: today(),
    fromCache: false,
  };
  writeCache(opts.cacheDir, d);
  return d;
}

/** Shared DNS probes of a run, keyed by the run's unreachable-host memo. */
const hostProbes = new WeakMap<Map<string, string>, Map<string, Promise<string>>>();

/** One DNS lookup per host per run, shared by every request waiting on it: "" or the failure's message. */
function probeHost(memo: Map<string, string>, hostname: string, url: string): Promise<string> {
  let probes = hostProbes.get(memo);
  if (!probes) {
    probes = new Map();
    hostProbes.set(memo, probes);
  }
  let probe = probes.get(hostname);
  if (!probe) {
    probe = lookupHost(hostname, url);
    probes.set(hostname, probe);
  }
  return probe;
}

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

/** Today's date in UTC, "YYYY-MM-DD". */
function utcToday(): string {
  return new Date().toISOString().slice(0, 10);
}
