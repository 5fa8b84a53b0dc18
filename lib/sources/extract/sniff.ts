/** What a download is (PDF, HTML, something else), and an HTML download decoded by its charset. */

/** What a download is, from its bytes first and its declared content type second. */
export type Sniffed = "pdf" | "html" | "other";

/**
 * Decides what a download is: "%PDF-" magic → pdf; an HTML content type or markup at the start → html.
 *
 * @example sniff(Buffer.from("%PDF-1.7 ..."), "application/octet-stream")  // → "pdf"
 */
export function sniff(bytes: Uint8Array, contentType: string): Sniffed {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1");
  if (head.startsWith("%PDF-")) return "pdf";
  const ct = contentType.toLowerCase();
  if (ct.includes("application/pdf")) return "other"; // says PDF, is not: a broken download or an error page
  if (ct.includes("html") || ct.includes("xml")) return "html";
  if (/^\s*(<!doctype html|<html|<\?xml|<head|<body|<div|<p\b)/i.test(head)) return "html";
  return "other";
}

/**
 * Decodes an HTML download: the charset from the Content-Type header, else from a <meta> tag, else UTF-8
 * (GBK / GB2312 / GB18030 pages are decoded by the runtime's TextDecoder).
 *
 * @example decodeHtml(Buffer.from("<p>hi</p>"), "text/html; charset=utf-8")  // → "<p>hi</p>"
 */
export function decodeHtml(bytes: Uint8Array, contentType: string): string {
  const fromHeader = /charset\s*=\s*["']?([\w-]+)/i.exec(contentType)?.[1];
  const head = Buffer.from(bytes.subarray(0, 4096)).toString("latin1");
  const fromMeta = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
  const charset = (fromHeader ?? fromMeta ?? "utf-8").toLowerCase();
  try {
    return new TextDecoder(charset === "gb2312" ? "gbk" : charset).decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}
