/**
 * The sources stage: fetching the study corpus (china-kosovo) from its official sources.
 *
 *   slots CSV (facts: date, category, speaker, UN symbol, official and alternative URL)    (slots.ts)
 *     → for each slot: official URL, then (UNSC) the verbatim record by symbol, then the alternative URL
 *                                                                                          (candidates.ts)
 *     → download (cache in .cache/fetch/, timeouts, retries with backoff on 5xx / resets / truncation,
 *       no retry on 4xx, DNS failure and refused connections reported as "unreachable")
 *                                         (download.ts, cache.ts, retry.ts, http.ts, fetch-error.ts)
 *     → extractor (extract/, chosen by extract-for.ts)
 *     → one text file in the corpus folder, written atomically                  (fetched-text.ts, fetch.ts)
 *
 *   loadSlots(file) → Slot[];  fetchSlots(slots, opts) → SlotResult[];  summarize(results) → RunSummary
 *
 * The full General Debate archive is fetched from Harvard Dataverse by `npm run get-data`: the dataset's
 * file list (dataverse.ts) and a resumable, checksum-checked download of each file (resumable-download.ts).
 *
 * Only public addresses are fetched (loopback, private, link-local and metadata addresses are refused before
 * connecting, after DNS and on every redirect, unless `allowLocal`: addresses.ts); a body is limited in size as
 * received and as decompressed (http.ts); credentials in a URL never reach a text, the cache or a message
 * (redact.ts).
 *
 * A re-run skips slots whose text is already written and reads downloads from the cache, so it is
 * offline and instant; an interrupted run resumes where it stopped. The command's exit codes and
 * printed report are in `lib/cli/`; the slots-by-year table is in `lib/tables/sources.ts`.
 */

export { type Slot, SLOT_COLUMNS, STUDY_CATEGORIES, slotsPath, parseSlots, loadSlots } from "./slots";
export { type Candidate, UN_RECORD_BASE, recordUrl, rebase, candidates } from "./candidates";
export { type FailureKind, FetchError, classifyNetworkError } from "./fetch-error";
export { type HttpResponse, type GetOptions, httpGet, MAX_TIMER_MS, checkTimerMs } from "./http";
export { type AddressPolicy, blockedAddress, checkUrlHost, guardedLookup } from "./addresses";
export { redactCredentials, redactUrl } from "./redact";
export { type RetryOptions, backoffWait, getWithRetry } from "./retry";
export {
  type Download,
  type Gone,
  defaultCacheDir,
  cacheFiles,
  dropCache,
  sha256Hex,
  readCache,
  writeCache,
  readGone,
  writeGone,
} from "./cache";
export { type DownloadOptions, download } from "./download";
export { extractFor } from "./extract-for";
export { type FetchedMeta, formatFetchedText, fetchedFacts, textFile, defaultTextsDir } from "./fetched-text";
export { type SlotResult, type FetchOptions, fetchSlot, fetchSlots } from "./fetch";
export { type RunSummary, summarize } from "./run-summary";
export { type DataverseFile, filesListUrl, fileUrl, listDatasetFiles, parseFileList } from "./dataverse";
export {
  type Checksum,
  downloadResumable,
  fileChecksum,
  type ResumableOptions,
  type ResumableResult,
} from "./resumable-download";
export * from "./extract";

// ---------------------------------------------------------------------------
// Old names, kept while the notebooks and other stages move to the new places (see RENAMES.md).
