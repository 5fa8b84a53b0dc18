/** The text paragraphs of an HTML element: block elements and <br> separate them; whitespace collapsed. */
import type * as cheerio from "cheerio";

/** A parsed HTML document (cheerio). */
export type Cheerio = ReturnType<typeof cheerio.load>;

/** Elements that start and end a paragraph. */

const BLOCK = new Set([
  "p",
  "div",
  "li",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "blockquote",
  "tr",
  "section",
  "article",
  "dd",
  "dt",
  "pre",
  "table",
  "ul",
  "ol",
]);

/** The parts of a parsed HTML node (domhandler's) that the walk reads. */
interface HtmlNode {
  type: string;
  data?: string;
  name?: string;
  attribs?: Record<string, string>;
  children?: HtmlNode[];
}

/** A paragraph of text, whether it was centred, and whether it came right after an image. */
export interface BlockParagraph {
  text: string;
  centered: boolean;
  afterImage: boolean;
}

/** Text paragraphs of an element: block elements and <br> separate paragraphs; whitespace collapsed. */
export function blockParagraphs(root: ReturnType<Cheerio>): BlockParagraph[] {
  const out: BlockParagraph[] = [];
  let buf = "";
  let centered = false;
  let sawImage = false;
  let lastWasImage = false;
  const flush = () => {
    const text = buf.replace(/[\s\u00a0\u3000]+/g, " ").trim();
    if (text) {
      out.push({ text, centered, afterImage: lastWasImage });
      lastWasImage = false;
    }
    buf = "";
    centered = false;
  };
  const walk = (node: HtmlNode, inCenter: boolean): void => {
    if (node.type === "text") {
      buf += node.data ?? "";
      return;
    }
    if (node.type !== "tag") return;
    const name = String(node.name).toLowerCase();
    if (name === "br") {
      flush();
      return;
    }
    if (name === "img") {
      sawImage = true;
      return;
    }
    const style = String(node.attribs?.style || "") + " " + String(node.attribs?.align || "");
    const c = inCenter || /text-align\s*:\s*center|center/i.test(style) || name === "center";
    const block = BLOCK.has(name);
    if (block) flush();
    if (block) sawImage = false;
    for (const ch of node.children ?? []) walk(ch, c);
    if (block) {
      centered = c;
      if (sawImage && !buf.trim()) lastWasImage = true;
      flush();
      sawImage = false;
    }
  };
  for (const ch of (root.get(0) as unknown as HtmlNode | undefined)?.children ?? []) walk(ch, false);
  flush();
  return out;
}
