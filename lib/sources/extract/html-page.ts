/**
 * An HTML page of a Chinese government site (TRS CMS) or a news site, cleaned: scripts, navigation,
 * print/share links, images and captions removed; the content container found; its title and paragraphs.
 */
import * as cheerio from "cheerio";
import { blockParagraphs, type Cheerio } from "./html-blocks";

/** Lines that are page furniture, not statement text. */
const FURNITURE = new RegExp(
  String.raw`^(?:[[【(]?\s*(?:print|close|close window|print this page|email|e-mail|share|back|top|back to top|` +
    String.raw`suggest to a friend|打印|关闭|打印本页|关闭窗口)\s*[\]】)]?\s*[|｜/]?\s*)+$`,
  "i",
);
/** A line holding only a date (and time), or a "From:" / "Source:" / "Author:" credit. */
const DATE_LINE = new RegExp(
  String.raw`^(?:\(?\s*(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*\)?|` +
    String.raw`(?:From|Source|Author)\s*[:：].{0,60})$`,
  "i",
);

const DROP_SELECTORS = [
  "script",
  "style",
  "noscript",
  "nav",
  "header",
  "footer",
  "iframe",
  "form",
  "button",
  "select",
  "input",
  "figure",
  "figcaption",
  "img",
  "video",
  "audio",
  "object",
  "embed",
  "map",
  "[class*=print]",
  "[id*=print]",
  "[class*=share]",
  "[id*=share]",
  "[class*=breadcrumb]",
  "[class*=crumb]",
  "[class*=caption]",
  "[class*=footer]",
  "[id*=footer]",
  "[class*=menu]",
  "[id*=menu]",
  "[class*=navbar]",
  "[class*=sidebar]",
  "[class*=related]",
  ".pic",
  ".photo",
  ".picture",
];

/** Content containers used by Chinese government sites' CMS (TRS) and common article markup. */
const CONTENT_SELECTORS = [
  "#News_Body_Txt_A",
  ".TRS_Editor",
  "#content_text",
  ".content_text",
  ".news-main .content",
  ".article-content",
  "#article",
  ".article",
  "article",
  "#text",
  ".text",
  "#content",
  ".content",
  "main",
];

/** Parses HTML and removes scripts, navigation, print/share links, images and captions. */
export function cleanDocument(html: string): Cheerio {
  const $ = cheerio.load(html);
  // Image paragraphs are marked before images go, so the caption that follows can be recognised.
  $("p, div").each((_, el) => {
    const e = $(el);
    if (e.find("img").length > 0 && e.text().replace(/[\s\u00a0]+/g, "") === "") e.attr("data-image-block", "1");
  });
  $(DROP_SELECTORS.join(",")).each((_, el) => {
    const e = $(el);
    // Never drop the content container itself because its class name happens to match.
    if (CONTENT_SELECTORS.some((s) => e.is(s))) return;
    e.remove();
  });
  return $;
}

/** The element holding the text: the first known content container with some text, else the densest. */
function contentRoot($: Cheerio): ReturnType<Cheerio> {
  for (const sel of CONTENT_SELECTORS) {
    const found = $(sel).filter((_, el) => $(el).text().replace(/\s+/g, " ").trim().length >= 40);
    if (found.length > 0) return found.first();
  }
  let best = $("body");
  let bestScore = -1;
  $("div, td, section").each((_, el) => {
    const e = $(el);
    const score = e
      .children("p")
      .toArray()
      .reduce((n, p) => n + $(p).text().trim().length, 0);
    if (score > bestScore) [best, bestScore] = [e, score];
  });
  return best;
}

/** The page's title: the content heading, else <title> (site name after " - " or "_" removed). */
export function pageTitle($: Cheerio): string {
  const clean = (s: string) => s.replace(/[\s\u00a0\u3000]+/g, " ").trim();
  for (const sel of ["#News_Body_Title", ".news-title", ".title", "h1", "h2"]) {
    const t = clean($(sel).first().text());
    if (t) return t;
  }
  return clean($("title").first().text()).replace(/\s*(?:[-_|–—]\s*[^-_|–—]{1,60})$/, "");
}

/** Paragraphs of the content with captions, furniture and date lines removed. */
export function contentParagraphs($: Cheerio): string[] {
  const root = contentRoot($);
  // Captions: a centred paragraph right after an image block, or any paragraph in an image block.
  root.find("[data-image-block]").each((_, el) => {
    const next = $(el).next();
    const style = String(next.attr("style") ?? "") + " " + String(next.attr("align") ?? "");
    if (next.length && /center/i.test(style) && next.text().trim().length < 300) next.remove();
    $(el).remove();
  });
  return blockParagraphs(root)
    .filter((p) => !(p.afterImage && p.centered))
    .map((p) => p.text)
    .filter((t) => !FURNITURE.test(t) && !DATE_LINE.test(t));
}
