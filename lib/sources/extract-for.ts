/** The extractor that fits a download: a verbatim record (PDF), a press conference, or a statement page. */
import type { Download } from "./cache";
import type { Candidate } from "./candidates";
import {
  decodeHtml,
  type Extracted,
  extractPressConference,
  extractStatementHtml,
  extractVerbatimRecord,
  looksLikePressConference,
  sniff,
} from "./extract";
import { FetchError } from "./fetch-error";
import type { Slot } from "./slots";

/**
 * Runs the extractor that fits a download: a PDF → China's turn of the verbatim record; an MFA press
 * conference (by the slot's title/venue) or any page with "Q:" paragraphs → the Kosovo exchanges, questions
 * marked; other HTML → the statement body.
 *
 * @example const ex = await extractFor(slot, { kind: "record", url, source: url }, download);  // ex.body
 * @throws {FetchError} "content-type" when the download is neither HTML nor PDF (or a record candidate is
 *   not a PDF), "extract" when nothing of the study is in it
 */
export async function extractFor(slot: Slot, cand: Candidate, d: Download): Promise<Extracted> {
  const kind = sniff(d.bytes, d.contentType);
  const declared = d.contentType || "no content type";
  if (cand.kind === "record" && kind !== "pdf") {
    throw new FetchError("content-type", d.url, `expected a PDF, got ${declared}`);
  }
  if (kind === "other") throw new FetchError("content-type", d.url, `expected HTML or PDF, got ${declared}`);
  if (kind === "pdf") return extractPdf(slot, d);
  const html = decodeHtml(d.bytes, d.contentType);
  // A press conference by its slot, or any page of questions and answers (an answer to a journalist, an interview).
  const pressConference =
    (slot.category === "mfa" && /press conference/i.test(slot.title + " " + slot.venue)) ||
    looksLikePressConference(html);
  const ex = pressConference ? extractPressConference(html, slot.speaker) : extractStatementHtml(html);
  if (!ex.body) {
    const why = pressConference
      ? "no exchange about Kosovo in the press conference"
      : "no statement text found in the page";
    throw new FetchError("extract", d.url, why);
  }
  return ex;
}

/** China's turns of a verbatim record (PDF). */
async function extractPdf(slot: Slot, d: Download): Promise<Extracted> {
  let ex: Extracted;
  try {
    ex = await extractVerbatimRecord(d.bytes, "China");
  } catch (e) {
    throw new FetchError("extract", d.url, `unreadable PDF (${(e as Error).message})`);
  }
  if (!ex.body)
    throw new FetchError("extract", d.url, `no turn of China ("(China):" speaker line) in ${slot.docRef || "the PDF"}`);
  return ex;
}
