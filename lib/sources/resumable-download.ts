/**
 * Downloading one large file so that an interruption costs nothing: the bytes go to `<file>.part`, a new try
 * asks only for the rest (HTTP Range; a server that answers 200 instead of 206 is read again from the start),
 * the whole is checked against its checksum, and only then renamed into place — never a half or corrupt file
 * under the real name.
 */
import * as crypto from "crypto";
import * as fs from "fs";
import * as http from "http";
import * as https from "https";
import { type AddressPolicy, checkUrlHost, guardedLookup } from "./addresses";
import { classifyNetworkError, FetchError } from "./fetch-error";
import { checkTimerMs } from "./http";

/** A checksum to check a download against: its algorithm (as Node's crypto names it, e.g. "sha256", "md5"). */
export interface Checksum {
  algorithm: string;
  /** Hex digest. */
  value: string;
}

/** Options of `downloadResumable`. */
export interface ResumableOptions extends AddressPolicy {
  /** The file's checksum; a download that does not match is deleted and refused. */
  checksum: Checksum;
  /** Called as bytes arrive: bytes of the file so far, and the whole size when known. */
  onProgress?: (done: number, total: number | null) => void;
  /** New tries after an interrupted transfer, each resuming where the last stopped (default 3). */
  retries?: number;
  /** Wait before a new try, times the try's number (default 1000 ms). */
  retryDelayMs?: number;
  /** A transfer with no data for this long counts as interrupted (default 60 s). */
  idleTimeoutMs?: number;
  /** The most bytes the file may have (its size as listed): a server that sends more is cut off. */
  maxBytes?: number;
}

/** What a download did. */
export interface ResumableResult {
  file: string;
  bytes: number;
  /** Bytes already in `<file>.part` when this call began (0 for a fresh download). */
  resumedFrom: number;
  /** True when the file was there already with the right checksum (nothing downloaded). */
  alreadyThere: boolean;
  /** Tries made (1 when the first went through). */
  tries: number;
}

/**
 * The hex digest of a file.
 *
 * @example fileChecksum("downloads/ungdc/UNGDC_1946-2024.tgz", "sha256") // "bd3596…"
 */
export function fileChecksum(file: string, algorithm: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const h = crypto.createHash(algorithm);
    fs.createReadStream(file)
      .on("data", (c) => h.update(c))
      .on("error", reject)
      .on("end", () => resolve(h.digest("hex")));
  });
}

/**
 * A GET answer's status and headers, with its body as a stream; redirects followed (the Range header kept);
 * only public addresses unless the policy allows local ones (`./addresses`), checked again on each redirect.
 */
function streamGet(
  url: string,
  headers: Record<string, string>,
  policy: AddressPolicy,
  redirects = 5,
): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    const mod = u.protocol === "https:" ? https : http;
    try {
      checkUrlHost(u, policy);
    } catch (e) {
      reject(e);
      return;
    }
    const options = {
      headers: { "user-agent": "china-kosovo-workbook/0.1 (get-data)", ...headers },
      lookup: guardedLookup(url, policy),
    };
    const req = mod.get(u, options, (res) => {
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400 && res.headers.location) {
        res.resume();
        if (redirects === 0) return reject(new FetchError("redirect", url, "too many redirects"));
        return resolve(streamGet(new URL(res.headers.location, url).toString(), headers, policy, redirects - 1));
      }
      resolve(res);
    });
    req.on("error", (e) => reject(e instanceof FetchError ? e : classifyNetworkError(url, e as NodeJS.ErrnoException)));
  });
}

/** The first byte of a 206 answer's `Content-Range: bytes FIRST-LAST/TOTAL`, and the total (or null). */
function contentRange(v: string | undefined): { first: number; total: number | null } | null {
  const m = /^bytes (\d+)-\d+\/(\d+|\*)$/.exec(v ?? "");
  return m ? { first: Number(m[1]), total: m[2] === "*" ? null : Number(m[2]) } : null;
}

/** One try: appends what the server sends to `part` (from `offset`, or from 0 when it ignores the Range). */
async function oneTry(url: string, part: string, offset: number, opts: ResumableOptions): Promise<void> {
  const res = await streamGet(url, offset > 0 ? { range: `bytes=${offset}-` } : {}, opts);
  const status = res.statusCode ?? 0;
  if (status === 416) {
    res.resume(); // nothing left to send: the part is whole (its checksum is checked next)
    return;
  }
  const range = status === 206 ? contentRange(res.headers["content-range"]) : null;
  if (status !== 200 && !(status === 206 && range?.first === offset)) {
    res.resume();
    const retryable = status >= 500 || status === 206;
    throw new FetchError("http", url, `HTTP ${status}${status === 206 ? " with an unexpected range" : ""}`, {
      status,
      retryable,
    });
  }
  const start = status === 206 ? offset : 0; // 200: the server sends the whole file again
  const length = Number(res.headers["content-length"] ?? Number.NaN);
  const total = range?.total ?? (Number.isFinite(length) ? start + length : null);
  let done = start;
  const out = fs.createWriteStream(part, { flags: start === 0 ? "w" : "a" });
  await new Promise<void>((resolve, reject) => {
    const fail = (e: FetchError) => {
      res.destroy();
      out.end(() => reject(e));
    };
    res.setTimeout(opts.idleTimeoutMs ?? 60_000, () =>
      fail(new FetchError("timeout", url, "no data for too long", { retryable: true })),
    );
    res.on("data", (c: Buffer) => {
      done += c.length;
      if (opts.maxBytes !== undefined && done > opts.maxBytes)
        return fail(new FetchError("too-large", url, `more than the ${opts.maxBytes} bytes the file should have`));
      opts.onProgress?.(done, total);
    });
    res.on("aborted", () => fail(new FetchError("reset", url, "connection closed mid-transfer", { retryable: true })));
    res.on("error", (e) => fail(classifyNetworkError(url, e as NodeJS.ErrnoException)));
    res.pipe(out);
    out.on("finish", () => {
      if (total !== null && done < total) {
        reject(new FetchError("truncated", url, `got ${done} of ${total} bytes`, { retryable: true }));
      } else resolve();
    });
    out.on("error", (e) => reject(new FetchError("error", url, `cannot write ${part}: ${e.message}`)));
  });
}

/**
 * Downloads `url` to `file` through `<file>.part`, resuming a part left by an earlier interrupted call, trying
 * again (and resuming) after an interruption, checking the checksum, then renaming it into place. A file
 * already there with the right checksum is kept as it is.
 *
 * @example await downloadResumable(url, "downloads/ungdc/x.tgz", { checksum: { algorithm: "sha256", value } })
 * @throws {FetchError} "unreachable" when there is no network; "blocked" for an address that is not public;
 *   "checksum" when the download is corrupt (the part is deleted); "too-large" when the server sends more than
 *   `maxBytes`; another kind when the server fails or the transfer is cut more often than `retries` (the part
 *   is kept for the next call)
 * @throws {ArgumentError} when a delay is more than a timer can wait
 */
export async function downloadResumable(url: string, file: string, opts: ResumableOptions): Promise<ResumableResult> {
  checkTimerMs("idleTimeoutMs", opts.idleTimeoutMs ?? 60_000);
  checkTimerMs("retryDelayMs", Math.max(1, (opts.retryDelayMs ?? 1000) * ((opts.retries ?? 3) + 1)));
  const { algorithm, value } = opts.checksum;
  const want = value.toLowerCase();
  if (fs.existsSync(file) && (await fileChecksum(file, algorithm)) === want) {
    const bytes = fs.statSync(file).size;
    return { file, bytes, resumedFrom: bytes, alreadyThere: true, tries: 0 };
  }
  const part = `${file}.part`;
  const size = () => (fs.existsSync(part) ? fs.statSync(part).size : 0);
  const resumedFrom = size();
  const retries = opts.retries ?? 3;
  let tries = 0;
  for (;;) {
    tries++;
    try {
      await oneTry(url, part, size(), opts);
      break;
    } catch (e) {
      if (!(e instanceof FetchError) || !e.retryable || tries > retries) throw e;
      await new Promise((r) => setTimeout(r, (opts.retryDelayMs ?? 1000) * tries));
    }
  }
  const got = await fileChecksum(part, algorithm);
  if (got !== want) {
    fs.rmSync(part, { force: true });
    throw new FetchError("checksum", url, `corrupt download refused: ${algorithm} ${got}, expected ${want}`);
  }
  const fd = fs.openSync(part, "r+");
  fs.fsyncSync(fd);
  fs.closeSync(fd);
  fs.renameSync(part, file);
  return { file, bytes: fs.statSync(file).size, resumedFrom, alreadyThere: false, tries };
}
