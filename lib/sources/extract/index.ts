/**
 * Extractors: from a downloaded page or PDF to the words the study codes.
 *
 *   - UN verbatim record (S/PV PDF) → China's turn(s) only: from the speaker line ending in "(China):"
 *     to the next speaker line, across page breaks, running headers and footers and two-column pages
 *     (`extractVerbatimRecord`; pdf-read, pdf-layout, pdf-running-lines, pdf-paragraphs, speaker-label).
 *   - China's UN mission / embassy / ministry statement page (HTML) → the statement body (title first),
 *     without navigation, print links or photo captions (`extractStatementHtml`; html-page, html-blocks).
 *   - MFA regular press conference (HTML) → only the Q&A exchanges about Kosovo, every paragraph
 *     marked "Q:" (the journalist) or "A:" (the spokesperson), so a coder can code the official's words
 *     only (`extractPressConference`).
 *   - What a download is and how its HTML is decoded (`sniff`, `decodeHtml`).
 *
 * PDF text comes from pdfjs-dist (3.11 legacy CommonJS build), HTML is parsed by cheerio; what this
 * folder adds is layout (lines, columns, running lines, paragraphs) and the choice of what belongs to
 * the study. The layout functions work on plain data (`PdfPage`), so they are tested without any PDF
 * library.
 */
export type { Extracted } from "./extracted";
export { type PdfTextItem, type PdfPage, preloadPdf, readPdfPages } from "./pdf-read";
export { type PdfLine, layoutPage } from "./pdf-layout";
export { stripRunningLines } from "./pdf-running-lines";
export { paragraphs } from "./pdf-paragraphs";
export { type SpeakerLabel, speakerLabel } from "./speaker-label";
export { countryTurns, extractVerbatimRecord, extractVerbatimPages } from "./verbatim-record";
export { extractStatementHtml } from "./statement-html";
export {
  type Exchange,
  mentionsKosovo,
  splitExchanges,
  kosovoExchanges,
  extractPressConference,
  looksLikePressConference,
} from "./press-conference";
export { type Sniffed, sniff, decodeHtml } from "./sniff";
