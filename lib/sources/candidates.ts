/**
 * Where to look for a slot's text: its official URL, the UN verbatim record by symbol (Security Council
 * meetings), its alternative URL; each can be pointed at a test server.
 */
import { redactUrl } from "./redact";
import type { Slot } from "./slots";

/** A place to try for a slot's text. */
export interface Candidate {
  kind: "official" | "alternative" | "record";
  /** What to download (the source, or its copy on a test server). */
  url: string;
  /** The real address, recorded as the text's source (without credentials). */
  source: string;
}

/** Default base of the UN document system's access-by-symbol API. */
export const UN_RECORD_BASE = "https://documents.un.org";

/**
 * The URL of a UN document (English PDF) by symbol.
 *
 * @example recordUrl("S/PV.6025")  // → "https://documents.un.org/api/symbol/access?s=S/PV.6025&l=en&t=pdf"
 */
export function recordUrl(symbol: string, base: string = UN_RECORD_BASE): string {
  return `${base.replace(/\/+$/, "")}/api/symbol/access?s=${encodeURI(symbol)}&l=en&t=pdf`;
}

/**
 * Points a URL at a test server: "http://host/path?q" → "<base>/host/path?q". Identity when base is "".
 *
 * @example rebase("http://un.china-mission.gov.cn/eng/x.htm", "http://127.0.0.1:8080")
 *   // → "http://127.0.0.1:8080/un.china-mission.gov.cn/eng/x.htm"
 */
export function rebase(url: string, base: string): string {
  if (!base) return url;
  const u = new URL(url);
  return `${base.replace(/\/+$/, "")}/${u.host}${u.pathname}${u.search}`;
}

/**
 * The places to try for a slot, in order: the official URL, then — for a UNSC slot with a UN symbol —
 * the verbatim record by symbol, then the alternative URL. A URL's user name and password are used for the
 * request but never kept as the source.
 *
 * @example candidates({ ...slot, url: "", altUrl: "", category: "unsc", docRef: "S/PV.6025" })
 *   // → [{ kind: "record", url: "https://documents.un.org/api/symbol/access?s=S/PV.6025&l=en&t=pdf",
 *   //      source: (the same) }]
 */
export function candidates(slot: Slot, opts: { recordBase?: string; baseUrl?: string } = {}): Candidate[] {
  const out: Candidate[] = [];
  const base = opts.baseUrl ?? "";
  if (slot.url) out.push({ kind: "official", url: rebase(slot.url, base), source: redactUrl(slot.url) });
  // For a Security Council meeting the UN's verbatim record comes before the alternative URL, which
  // is most often a news agency's report (whose narration the coding guide does not code).
  if (slot.category === "unsc" && /^S\//.test(slot.docRef)) {
    const rec = recordUrl(slot.docRef, opts.recordBase);
    out.push({ kind: "record", url: rebase(rec, base), source: rec });
  }
  if (slot.altUrl) out.push({ kind: "alternative", url: rebase(slot.altUrl, base), source: redactUrl(slot.altUrl) });
  return out;
}
