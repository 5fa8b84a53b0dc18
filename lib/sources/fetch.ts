/**
 * Fetching slots: for each, the candidates in turn (download → extract → check → write), a result
 * that says what happened and why; many slots at once with bounded concurrency.
 */
import * as fs from "fs";
import { ArgumentError, writeFileAtomic } from "../core";
import { parseTextFile } from "../corpus";
import { dropCache } from "./cache";
import { candidates } from "./candidates";
import { download, type DownloadOptions } from "./download";
import { extractFor } from "./extract-for";
import { type FailureKind, FetchError } from "./fetch-error";
import { formatFetchedText, textFile } from "./fetched-text";
import { checkTimerMs } from "./http";
import { type Slot, STUDY_CATEGORIES } from "./slots";

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
export interface FetchOptions extends DownloadOptions {
  textsDir: string;
  /** Slots run at once (default 4). */
  concurrency?: number;
  /** Prefix that redirects every URL to a test server (see `rebase`). */
  baseUrl?: string;
  /** Base of the UN access-by-symbol API (default https://documents.un.org). */
  recordBase?: string;
  /** Fetch again even when the text exists. */
  force?: boolean;
  /** The corpus card's categories (checked on every text before it is written). */
  categories?: string[];
  /** Called when a slot starts and when it ends. */
  onSlot?: (event: "start" | "done", slot: Slot, result?: SlotResult) => void;
}

/** "Mr. Liu Zhenmin" → "Liu Zhenmin". */
function bareName(s: string): string {
  return s.replace(/^(Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.?\s+/, "").trim();
}

/**
 * Fetches one slot: skips it when its text exists (resume) or when it has nowhere to look; otherwise tries
 * each candidate in turn and writes the first text extracted, atomically. Never throws for network or
 * content problems: they become a "failed" result with the reasons.
 *
 * @example const r = await fetchSlot(slot,
 *   { textsDir: "texts/china-kosovo", cacheDir: ".cache/fetch", timeoutMs: 20000 });
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
      const meta = {
        id: slot.slot,
        date: slot.date,
        category: slot.category,
        speaker,
        post: slot.speakerTitle,
        venue: slot.venue,
        source: c.source,
        retrieved: d.retrieved,
        sha256: d.sha256,
      };
      const text = formatFetchedText(meta, ex.body);
      // Never write a text the corpus loader would reject.
      parseTextFile(file, text, opts.categories ?? STUDY_CATEGORIES);
      writeFileAtomic(file, text);
      const words = (ex.body.match(/\S+/g) ?? []).length;
      const reason = ex.notes.join(", ");
      return { ...base, status: "fetched", via: c.kind, source: c.source, reason, fromCache: allCached, words };
    } catch (e) {
      if (e instanceof ArgumentError) throw e;
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
 * @throws {ArgumentError} when `timeoutMs` is more than a timer can wait
 */
export async function fetchSlots(slots: Slot[], opts: FetchOptions): Promise<SlotResult[]> {
  checkTimerMs("timeoutMs", opts.timeoutMs); // before any slot: a bad option is not a failed download
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
