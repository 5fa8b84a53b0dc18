/** Why a download failed, and whether trying again may help. */
import { redactCredentials, redactUrl } from "./redact";

/**
 * Why a download failed. "unreachable": DNS lookup failed or the connection was refused (no network);
 * "blocked": the address is not a public one (see `./addresses`).
 */
export type FailureKind =
  | "unreachable"
  | "blocked"
  | "timeout"
  | "reset"
  | "truncated"
  | "http"
  | "content-type"
  | "extract"
  | "too-large"
  | "redirect"
  | "checksum"
  | "error";

/** A failed download or extraction, with whether trying again may help (URL and message without credentials). */
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
    super(redactCredentials(message));
    this.name = "FetchError";
    this.kind = kind;
    this.url = redactUrl(url);
    this.status = opts.status;
    this.retryable = opts.retryable ?? false;
    this.retryAfter = opts.retryAfter;
  }
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

/** The host of a URL, or the URL itself when it is not one. */
function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/**
 * Classifies a socket/DNS error: DNS failure and refused connections are "unreachable" (not retried),
 * resets and socket timeouts are retryable.
 *
 * @example classifyNetworkError("http://x.invalid/", Object.assign(new Error(""), { code: "ENOTFOUND" })).kind
 *   // → "unreachable"
 */
export function classifyNetworkError(url: string, e: NodeJS.ErrnoException): FetchError {
  const code = e.code ?? "";
  const host = hostOf(url);
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
