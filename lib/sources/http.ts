/**
 * One HTTP(S) GET with a deadline for the whole answer, redirects, decompression, a size limit and a
 * check that the body is complete; network failures come back classified (`FetchError`). Only public
 * addresses are asked, before and after every redirect and DNS answer (`./addresses`), and the size
 * limit counts the bytes as received and again as decompressed (a small gzip body may unpack to
 * gigabytes: it is stopped at the limit, never held whole).
 */
import * as http from "http";
import * as https from "https";
import * as zlib from "zlib";
import { ArgumentError } from "../core";
import { type AddressPolicy, checkUrlHost, guardedLookup } from "./addresses";
import { classifyNetworkError, FetchError } from "./fetch-error";

/** A complete response. */
export interface HttpResponse {
  url: string;
  status: number;
  contentType: string;
  bytes: Uint8Array;
  /** Seconds from a Retry-After header, when given. */
  retryAfter?: number;
}

/** Options of one HTTP GET. */
export interface GetOptions extends AddressPolicy {
  /** Whole-request deadline in milliseconds (connect, headers and body); at most `MAX_TIMER_MS`. */
  timeoutMs: number;
  /** Largest body accepted (bytes), as received and as decompressed. */
  maxBytes?: number;
  maxRedirects?: number;
  userAgent?: string;
}

const DEFAULT_UA = "china-kosovo-workbook/0.1 (research fetcher; Node.js)";

/** The longest delay Node's timers keep (2^31 − 1 ms, about 24.8 days); a longer one fires at once. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Checks a delay in milliseconds against what a timer can wait.
 *
 * @example checkTimerMs("timeoutMs", 20000) // passes
 * @throws {ArgumentError} when `ms` is not a whole number from 1 to MAX_TIMER_MS
 */
export function checkTimerMs(name: string, ms: number): void {
  if (!Number.isInteger(ms) || ms < 1 || ms > MAX_TIMER_MS)
    throw new ArgumentError(
      name,
      `a whole number of milliseconds from 1 to ${MAX_TIMER_MS} (Node's timers wait at most about 24.8 days)`,
      ms,
    );
}

/** A decompressing stream for a Content-Encoding (gzip, deflate, br), or null for a body sent as it is. */
function decoderFor(encoding: string): zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress | null {
  if (encoding === "gzip" || encoding === "x-gzip") return zlib.createGunzip();
  if (encoding === "deflate") return zlib.createInflate();
  if (encoding === "br") return zlib.createBrotliDecompress();
  return null;
}

/**
 * One HTTP(S) GET with a deadline; follows redirects; decompresses gzip/deflate/br as it arrives; rejects
 * a body shorter than its Content-Length ("truncated") or larger than `maxBytes` as received or as
 * decompressed ("too-large"); refuses an address that is not public unless `allowLocal` ("blocked").
 * Any status is returned (the caller decides); network failures throw a classified `FetchError`.
 *
 * @example const r = await httpGet("https://example.org/page.htm", { timeoutMs: 20000 });  // r.status === 200
 * @throws {ArgumentError} when `timeoutMs` is more than a timer can wait
 */
export function httpGet(url: string, opts: GetOptions): Promise<HttpResponse> {
  checkTimerMs("timeoutMs", opts.timeoutMs);
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
      try {
        checkUrlHost(u, opts);
      } catch (e) {
        reject(e);
        return;
      }
      let settled = false;
      let decoder: ReturnType<typeof decoderFor> = null;
      const fail = (e: FetchError) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        req.destroy();
        decoder?.destroy();
        reject(e);
      };
      const left = Math.max(1, deadline - Date.now());
      // When the timer fires, let the I/O that is already waiting be handled first (setImmediate runs after
      // the poll phase): a busy event loop (e.g. a PDF being parsed) must not turn a finished answer into a
      // timeout.
      const timer = setTimeout(
        () =>
          setImmediate(() =>
            fail(
              new FetchError("timeout", target, `no complete answer within ${opts.timeoutMs} ms`, { retryable: true }),
            ),
          ),
        left,
      );
      const headers = {
        "user-agent": opts.userAgent ?? DEFAULT_UA,
        accept: "text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.5",
        "accept-encoding": "gzip, deflate, br",
      };
      const req = mod.get(u, { headers, lookup: guardedLookup(target, opts) }, (res) => {
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
        const enc = String(res.headers["content-encoding"] ?? "").toLowerCase();
        decoder = decoderFor(enc);
        const chunks: Buffer[] = [];
        let received = 0;
        let unpacked = 0;
        let ended = false;
        const keep = (c: Buffer) => {
          unpacked += c.length;
          if (unpacked > maxBytes)
            return fail(new FetchError("too-large", target, `body larger than ${maxBytes} bytes once decompressed`));
          chunks.push(c);
        };
        const done = () => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          const body = Buffer.concat(chunks);
          const ra = Number(res.headers["retry-after"]);
          resolve({
            url: target,
            status,
            contentType: String(res.headers["content-type"] ?? ""),
            bytes: new Uint8Array(body.buffer, body.byteOffset, body.byteLength),
            ...(Number.isFinite(ra) ? { retryAfter: ra } : {}),
          });
        };
        decoder?.on("data", keep);
        decoder?.on("end", done);
        decoder?.on("error", (e) => {
          const message = `cannot decompress ${enc} body (${e.message})`;
          fail(new FetchError("truncated", target, message, { retryable: true }));
        });
        res.on("data", (c: Buffer) => {
          if (settled) return;
          received += c.length;
          if (received > maxBytes)
            return fail(new FetchError("too-large", target, `body larger than ${maxBytes} bytes`));
          if (decoder) decoder.write(c);
          else keep(c);
        });
        res.on("end", () => {
          ended = true;
          if (settled) return;
          if (expected !== null && received !== expected) {
            const message = `body has ${received} of ${expected} bytes (Content-Length)`;
            return fail(new FetchError("truncated", target, message, { retryable: true }));
          }
          if (decoder) decoder.end();
          else done();
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
      });
      req.on("error", (e: NodeJS.ErrnoException) =>
        fail(e instanceof FetchError ? e : classifyNetworkError(target, e)),
      );
    });
  return go(url, opts.maxRedirects ?? 5);
}
