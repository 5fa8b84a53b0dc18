/** GET with retries: what is worth trying again (5xx, 408, 429, timeouts, resets, truncation) is, with backoff. */
import { ArgumentError } from "../core";
import { FetchError } from "./fetch-error";
import { type GetOptions, type HttpResponse, httpGet } from "./http";

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
 * The wait before retry number `attempt + 1`: a Retry-After header's seconds when given, else
 * `base` doubled per attempt; never more than `cap`.
 *
 * @example backoffWait(2, 1000, 15000) // 4000
 * @example backoffWait(0, 1000, 15000, 60) // 15000
 */
export function backoffWait(attempt: number, base: number, cap: number, retryAfter?: number): number {
  return Math.min(cap, retryAfter !== undefined ? retryAfter * 1000 : base * 2 ** attempt);
}

/**
 * GET with retries: 5xx, 408, 429, timeouts, connection resets and truncated bodies are retried with
 * exponential backoff (honouring Retry-After); other 4xx (404) and unreachable hosts fail at once.
 * Resolves only with a 2xx response.
 *
 * @example await getWithRetry(url, { timeoutMs: 20000, retries: 3, backoffMs: 1000 })
 * @throws {FetchError} the last failure, its message saying how many attempts were made
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
      if (e instanceof ArgumentError) throw e; // a bad option, not a failed download
      err = e instanceof FetchError ? e : new FetchError("error", url, (e as Error).message);
    }
    if (!err.retryable || attempt >= retries) {
      if (attempt > 0) err.message += ` (after ${attempt + 1} attempts)`;
      throw err;
    }
    const wait = backoffWait(attempt, base, cap, err.retryAfter);
    opts.onRetry?.(err, attempt + 1, wait);
    await sleep(wait);
  }
}
