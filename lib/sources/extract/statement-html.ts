/** Statement pages (China's UN mission, an embassy, the MFA): the title and the statement's paragraphs. */
import type { Extracted } from "./extracted";
import { cleanDocument, contentParagraphs, pageTitle } from "./html-page";

/**
 * The body of a statement page (China's UN mission, an embassy, the MFA): the title as the first
 * paragraph (the coding guide counts a title as a sentence of its text), then the statement's
 * paragraphs — without navigation, print/close links, dates or photo captions.
 *
 * @example extractStatementHtml(
 *   "<html><h1>Remarks by ...</h1><div class='TRS_Editor'><p>Mr. President,</p></div></html>").body
 *   // → "Remarks by ...\n\nMr. President,"
 */
export function extractStatementHtml(html: string): Extracted {
  const $ = cleanDocument(html);
  const title = pageTitle($);
  const paras = contentParagraphs($);
  if (title && paras.length > 0 && paras[0] === title) paras.shift();
  const body = paras.length > 0 ? [title, ...paras].filter((s) => s !== "").join("\n\n") : "";
  return { kind: "statement-html", body, title, speaker: "", notes: [`${paras.length} paragraphs`] };
}
