/**
 * One HTTP(S) GET with a deadline for the whole answer, redirects, decompression, a size limit and a
 * check that the body is complete; network failures come back classified (`FetchError`).
 */
import * as http from "http";
import * as https from "https";
import * as zlib from "zlib";
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
export interface GetOptions {
  /** Whole-request deadline in milliseconds (connect, headers and body). */
  timeoutMs: number;
  /** Largest body accepted (bytes). */
  maxBytes?: number;
  maxRedirects?: number;
  userAgent?: string;
}

const DEFAULT_UA = "china-kosovo-workbook/0.1 (research fetcher; Node.js)";

/** The body as sent, decompressed by its Content-Encoding (gzip, deflate, br; anything else as it is). */
function decompress(body: Buffer, encoding: string): Buffer {
  if (encoding === "gzip" || encoding === "x-gzip") return zlib.gunzipSync(body);
  if (encoding === "deflate") return zlib.inflateSync(body);
  if (encoding === "br") return zlib.brotliDecompressSync(body);
  return body;
}

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
      const req = mod.get(u, { headers }, (res) => {
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
            const message = `body has ${received} of ${expected} bytes (Content-Length)`;
            return fail(new FetchError("truncated", target, message, { retryable: true }));
          }
          let body: Buffer;
          const enc = String(res.headers["content-encoding"] ?? "").toLowerCase();
          try {
            body = decompress(Buffer.concat(chunks), enc);
          } catch (e) {
            const message = `cannot decompress ${enc} body (${(e as Error).message})`;
            return fail(new FetchError("truncated", target, message, { retryable: true }));
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
      });
      req.on("error", (e: NodeJS.ErrnoException) => fail(classifyNetworkError(target, e)));
    });
  return go(url, opts.maxRedirects ?? 5);
}
