/**
 * Extractors: from a downloaded page or PDF to the words the study codes.
 *
 *   - UN verbatim record (S/PV PDF) → China's turn(s) only: from the speaker line ending in "(China):"
 *     to the next speaker line, across page breaks, running headers and footers and two-column pages.
 *   - China's UN mission / embassy / ministry statement page (HTML) → the statement body (title first),
 *     without navigation, print links or photo captions.
 *   - MFA regular press conference (HTML) → only the Q&A exchanges about Kosovo, every paragraph
 *     marked "Q:" (the journalist) or "A:" (the spokesperson), so a coder can code the official's words only.
 *
 * PDF text comes from pdfjs-dist (3.11 legacy CommonJS build), HTML is parsed by cheerio; what this module
 * adds is layout (lines, columns, running lines, paragraphs) and the choice of what belongs to the study.
 * The layout functions work on plain data (`PdfPage`), so they are tested without any PDF library.
 */
import * as cheerio from "cheerio";

/** One piece of text on a PDF page, in PDF points with the origin at the bottom left. */
export interface PdfTextItem {
  str: string;
  /** Left edge and baseline. */
  x: number;
  y: number;
  width: number;
  /** Font size (height of the glyph box). */
  height: number;
}

/** A PDF page as positioned text. */
export interface PdfPage {
  /** 1-based page number. */
  number: number;
  width: number;
  height: number;
  items: PdfTextItem[];
}

/** A line of text laid out on a page. `column` is 0 (left or full width) or 1 (right column). */
export interface PdfLine {
  page: number;
  column: number;
  x: number;
  y: number;
  size: number;
  text: string;
}

/** What an extractor returns: the body to write and what it noticed. */
export interface Extracted {
  /** Which extractor made it. */
  kind: "verbatim-record" | "statement-html" | "press-conference";
  /** Paragraphs separated by a blank line. Empty when nothing of the study was found. */
  body: string;
  /** Page title (HTML) when there is one; "" otherwise. */
  title: string;
  /** Speaker named by the source (e.g. "Mr. Liu Zhenmin" from a verbatim record), "" if none. */
  speaker: string;
  /** Human-readable remarks (e.g. "2 turns of China", "dropped 3 exchanges not about Kosovo"). */
  notes: string[];
}

// ---------------------------------------------------------------------------------------------
// PDF: reading

type PdfJs = {
  getDocument(src: { data: Uint8Array; verbosity?: number; isEvalSupported?: boolean; useSystemFonts?: boolean }): {
    promise: Promise<{
      numPages: number;
      getPage(n: number): Promise<{
        getViewport(o: { scale: number }): { width: number; height: number };
        getTextContent(): Promise<{
          items: Array<{ str?: string; transform?: number[]; width?: number; height?: number }>;
        }>;
      }>;
      destroy(): Promise<void>;
    }>;
  };
};

let pdfjsCache: PdfJs | null = null;

/** Loads pdfjs-dist's CommonJS legacy build once, hiding its harmless "cannot polyfill canvas" notices. */
function pdfjs(): PdfJs {
  if (pdfjsCache) return pdfjsCache;
  const log = console.log;
  console.log = (...args: unknown[]) => {
    if (typeof args[0] === "string" && args[0].includes("Cannot polyfill")) return;
    log(...args);
  };
  try {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    pdfjsCache = require("pdfjs-dist/legacy/build/pdf.js") as PdfJs;
  } finally {
    console.log = log;
  }
  return pdfjsCache;
}

/**
 * Loads the PDF library now (≈1 s), so that a long job does not stall later in the middle of its downloads.
 *
 * @example preloadPdf();
 */
export function preloadPdf(): void {
  pdfjs();
}

/**
 * Reads the positioned text of every page of a PDF (pdfjs-dist). Throws when the bytes are not a PDF.
 *
 * @example const pages = await readPdfPages(fs.readFileSync("S_PV.6025.pdf"));  // pages[0].items[0].str
 */
export async function readPdfPages(bytes: Uint8Array): Promise<PdfPage[]> {
  // pdfjs takes ownership of (detaches) the buffer it is given: hand it a copy.
  const data = new Uint8Array(bytes.byteLength);
  data.set(bytes);
  const doc = await pdfjs().getDocument({ data, verbosity: 0, isEvalSupported: false, useSystemFonts: false }).promise;
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const vp = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items: PdfTextItem[] = [];
      for (const it of content.items) {
        if (typeof it.str !== "string" || !it.transform) continue;
        const t = it.transform;
        items.push({ str: it.str, x: t[4], y: t[5], width: it.width ?? 0, height: it.height || Math.abs(t[3]) || 10 });
      }
      pages.push({ number: n, width: vp.width, height: vp.height, items });
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

// ---------------------------------------------------------------------------------------------
// PDF: layout

/**
 * Lays out one page's text as lines in reading order. A page is read as two columns when it has text
 * on both sides of the middle and (almost) no line crosses it; then full-width lines above the columns
 * come first, the left column, the right column, and full-width lines below.
 *
 * @example layoutPage({ number: 1, width: 600, height: 800, items: [{ str: "Hello", x: 50, y: 700, width: 30, height: 10 }] })
 *   // → [{ page: 1, column: 0, x: 50, y: 700, size: 10, text: "Hello" }]
 */
export function layoutPage(page: PdfPage): PdfLine[] {
  const items = page.items.filter((it) => it.str.trim() !== "");
  if (items.length === 0) return [];
  const mid = page.width / 2;
  const gutter = page.width * 0.02;
  const side = (it: PdfTextItem): "L" | "R" | "S" =>
    it.x + it.width <= mid + gutter ? "L" : it.x >= mid - gutter ? "R" : "S";
  const sides = items.map(side);
  const nL = sides.filter((s) => s === "L").length;
  const nR = sides.filter((s) => s === "R").length;
  const twoColumns = nR >= 3 && nL >= 3 && nR >= 0.2 * items.length;

  if (!twoColumns) return groupLines(items, page.number, 0);

  // Full-width items split the page into bands: columns are read band by band.
  const spanning = items.filter((_, i) => sides[i] === "S");
  const colItems = items.filter((_, i) => sides[i] !== "S");
  const spanLines = groupLines(spanning, page.number, 0);
  // Band boundaries: the y of each full-width line, top to bottom.
  const cuts = spanLines.map((l) => l.y);
  const out: PdfLine[] = [];
  const bands: PdfTextItem[][] = Array.from({ length: cuts.length + 1 }, () => []);
  for (const it of colItems) {
    let b = 0;
    while (b < cuts.length && it.y < cuts[b]) b++;
    bands[b].push(it);
  }
  for (let b = 0; b <= cuts.length; b++) {
    const left = bands[b].filter((it) => side(it) === "L");
    const right = bands[b].filter((it) => side(it) === "R");
    out.push(...groupLines(left, page.number, 0), ...groupLines(right, page.number, 1));
    if (b < spanLines.length) out.push(spanLines[b]);
  }
  return out;
}

/** Groups items into lines by baseline (top to bottom), items in a line left to right. */
function groupLines(items: PdfTextItem[], page: number, column: number): PdfLine[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PdfTextItem[][] = [];
  for (const it of sorted) {
    const cur = lines[lines.length - 1];
    if (cur && Math.abs(cur[0].y - it.y) <= Math.max(1, 0.4 * Math.min(cur[0].height, it.height))) cur.push(it);
    else lines.push([it]);
  }
  return lines.map((parts) => {
    parts.sort((a, b) => a.x - b.x);
    let text = "";
    let end = -Infinity;
    for (const p of parts) {
      const gap = p.x - end;
      if (text !== "" && gap > 0.15 * p.height && !/\s$/.test(text) && !/^\s/.test(p.str)) text += " ";
      text += p.str;
      end = p.x + p.width;
    }
    return {
      page,
      column,
      x: parts[0].x,
      y: parts[0].y,
      size: Math.max(...parts.map((p) => p.height)),
      text: text.replace(/\s+/g, " ").trim(),
    };
  });
}

/** Running-line shapes of UN documents: symbol, page number, job number, date, "(E)". */
const RUNNING_PATTERNS: RegExp[] = [
  /^S\/PV\.\d+(\s*\((Resumption|Part)\s*\d*\))?$/i,
  /^\d{1,4}$/,
  /^\d{1,4}\s*\/\s*\d{1,4}$/,
  /^\d{2}-\d{4,6}(\s*\([A-Z]\))?(\s*[*\s]+\d*)?$/,
  /^\d{1,2}\/\d{1,2}\/\d{4}$/,
  /^(Page|p\.)\s*\d+( of \d+)?$/i,
];

/** A header/footer line holding a UN symbol or a UN job number anywhere in it is a running line. */
const RUNNING_PARTS = /\bS\/PV\.\d+\b|(?:^|\s)\d{2}-\d{5}(?:\s*\([A-Z]\))?(?:\s|$)/;

/**
 * Removes running headers and footers: lines in the top or bottom 8% of a page that either look like a
 * UN running line (symbol "S/PV.6025", page number, job number "08-61470 (E)", date) or repeat on at
 * least two pages once digits are ignored. Also drops the first-page disclaimer box of a verbatim
 * record (from "This record contains the text of speeches" to the foot of that page).
 *
 * @example stripRunningLines([[{ page: 1, column: 0, x: 50, y: 780, size: 9, text: "S/PV.6025" }, ...]], [800])
 */
export function stripRunningLines(pages: PdfLine[][], heights: number[]): PdfLine[][] {
  const band = (l: PdfLine, h: number) => l.y > h * 0.92 || l.y < h * 0.08;
  const shape = (t: string) => t.replace(/\d+/g, "#").toLowerCase();
  const seen = new Map<string, Set<number>>();
  pages.forEach((lines, i) => {
    for (const l of lines) {
      if (!band(l, heights[i])) continue;
      const k = shape(l.text);
      if (!seen.has(k)) seen.set(k, new Set());
      seen.get(k)!.add(i);
    }
  });
  return pages.map((lines, i) => {
    const h = heights[i];
    const disclaimer = lines.find((l) => /^This record contains the text of speeches/i.test(l.text));
    return lines.filter((l) => {
      if (disclaimer && l.y <= disclaimer.y + 0.5) return false;
      if (!band(l, h)) return true;
      if (RUNNING_PATTERNS.some((re) => re.test(l.text)) || RUNNING_PARTS.test(l.text)) return false;
      return (seen.get(shape(l.text))?.size ?? 0) < 2;
    });
  });
}

/**
 * Joins lines into paragraphs. A paragraph starts where a line is indented past its column's left
 * margin, where the vertical gap is larger than 1.6 line heights, or where a speaker line starts.
 * Line-end hyphens before a lower-case letter are removed ("Secu-" + "rity" → "Security").
 *
 * @example paragraphs(lines)  // → ["Mr. Li (China): ...", "..."]
 */
export function paragraphs(lines: PdfLine[]): string[] {
  // Left margin per (page, column): the most frequent line start there (most lines of a column are not
  // indented); a page column with too few lines for that uses the most frequent start of that column
  // over the whole document.
  const tally = (ls: PdfLine[]) => {
    const m = new Map<number, number>();
    for (const l of ls) m.set(Math.round(l.x), (m.get(Math.round(l.x)) ?? 0) + 1);
    let best = Infinity;
    let bestN = 0;
    for (const [x, n] of m) if (n > bestN || (n === bestN && x < best)) [best, bestN] = [x, n];
    return { x: best, n: bestN };
  };
  const byKey = new Map<string, PdfLine[]>();
  const byCol = new Map<number, PdfLine[]>();
  for (const l of lines) {
    const k = `${l.page}:${l.column}`;
    if (!byKey.has(k)) byKey.set(k, []);
    byKey.get(k)!.push(l);
    if (!byCol.has(l.column)) byCol.set(l.column, []);
    byCol.get(l.column)!.push(l);
  }
  const margins = new Map<string, number>();
  for (const [k, ls] of byKey) {
    const t = tally(ls);
    margins.set(k, t.n >= 5 ? t.x : tally(byCol.get(Number(k.split(":")[1]))!).x);
  }
  const out: string[] = [];
  let cur = "";
  let prev: PdfLine | null = null;
  for (const l of lines) {
    const margin = margins.get(`${l.page}:${l.column}`) ?? l.x;
    const indented = l.x > margin + 0.8 * l.size;
    const sameFlow = prev !== null && prev.page === l.page && prev.column === l.column;
    const bigGap = sameFlow && prev !== null && prev.y - l.y > 1.6 * Math.max(l.size, prev.size);
    const startsTurn = speakerLabel(l.text) !== null || PROCEDURAL.test(l.text);
    if (cur === "" || indented || bigGap || startsTurn) {
      if (cur !== "") out.push(cur);
      cur = l.text;
    } else if (/[A-Za-z]-$/.test(cur) && /^[a-z]/.test(l.text)) {
      cur = cur.slice(0, -1) + l.text;
    } else if (/-$/.test(cur)) {
      cur += l.text;
    } else {
      cur += " " + l.text;
    }
    prev = l;
  }
  if (cur !== "") out.push(cur);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Verbatim records: speaker turns

/** Lines that end a turn without a new speaker. */
const PROCEDURAL = /^The meeting (rose|was suspended|was called to order|resumed|was adjourned)\b/i;

const LABEL =
  /^((?:The (?:Acting )?President|The Secretary-General|(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Baroness|Prince|Princess|Sheikh|Archbishop|Monsignor)\.? [^:()]{1,80}?))((?:\s*\([^()]{1,80}\))*)\s*:\s*/;

/** A speaker line's parts, or null. */
export interface SpeakerLabel {
  /** "Mr. Liu Zhenmin", "The President". */
  name: string;
  /** The parentheses after the name, e.g. ["China", "spoke in Chinese"]. */
  notes: string[];
  /** Length of the label including the colon and the space after it. */
  length: number;
}

/**
 * Parses the speaker label that opens a turn in a UN verbatim record.
 *
 * @example speakerLabel("Mr. Liu Zhenmin (China) (spoke in Chinese): Thank you.")
 *   // → { name: "Mr. Liu Zhenmin", notes: ["China", "spoke in Chinese"], length: 45 }
 */
export function speakerLabel(line: string): SpeakerLabel | null {
  const m = LABEL.exec(line);
  if (!m) return null;
  const notes = (m[2].match(/\(([^()]*)\)/g) ?? []).map((s) => s.slice(1, -1).trim());
  if (!m[1].startsWith("The ") && notes.length === 0) return null; // "Mr. X:" with no country is not a Council turn label
  return { name: m[1].trim(), notes, length: m[0].length };
}

/**
 * From the paragraphs of a verbatim record, the turns of one country's representative: each from its
 * speaker line (whose parentheses name the country, e.g. "(China):" or "(China) (spoke in Chinese):")
 * to the next speaker line or procedural line. The label itself is dropped. When the country holds the
 * presidency, the President's words "in my capacity as the representative of China" up to "I now resume
 * my functions as President" count too (speaker "The President").
 *
 * @example countryTurns(["The President: I give the floor to China.", "Mr. Li (China): We support dialogue.", "The President: Thanks."], "China")
 *   // → { turns: ["We support dialogue."], speakers: ["Mr. Li"] }
 */
export function countryTurns(paras: string[], country: string): { turns: string[]; speakers: string[] } {
  const turns: string[] = [];
  const speakers: string[] = [];
  let cur: string[] | null = null;
  let president: string[] | null = null;
  const endPresident = () => {
    if (president) {
      const own = presidentAsCountry(president, country);
      if (own) {
        turns.push(own);
        speakers.push("The President");
      }
    }
    president = null;
  };
  for (const p of paras) {
    const label = speakerLabel(p);
    if (label || PROCEDURAL.test(p)) {
      if (cur) turns.push(cur.join("\n\n"));
      cur = null;
      endPresident();
      if (label && label.notes.some((n) => n.toLowerCase() === country.toLowerCase())) {
        speakers.push(label.name);
        const rest = p.slice(label.length).trim();
        cur = rest ? [rest] : [];
      } else if (label && /President$/.test(label.name)) {
        const rest = p.slice(label.length).trim();
        president = rest ? [rest] : [];
      }
    } else if (cur) {
      cur.push(p);
    } else if (president) {
      president.push(p);
    }
  }
  if (cur) turns.push(cur.join("\n\n"));
  endPresident();
  return { turns: turns.filter((t) => t.trim() !== ""), speakers };
}

/**
 * The part of a President's turn spoken for the President's own country: after "I shall now make a
 * statement in my capacity as the representative of China." up to "I now resume my functions as President"
 * (or the end of the turn). "" when the President did not speak for `country`.
 */
function presidentAsCountry(paras: string[], country: string): string {
  const text = paras.join("\n\n");
  const start = new RegExp(
    `[^.!?\\n]*\\bin my (?:national )?capacity as (?:the )?representative of ${country.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b[^.!?\\n]*[.!?]\\s*`,
    "i",
  ).exec(text);
  if (!start) return "";
  const rest = text.slice(start.index + start[0].length);
  const stop = /[^.!?\n]*\bI (?:shall )?(?:now )?resume my functions as (?:the )?President\b/i.exec(rest);
  return (stop ? rest.slice(0, stop.index) : rest).trim();
}

/**
 * China's turn(s) in a UN verbatim record (PDF bytes). Empty body when China did not speak.
 *
 * @example const ex = await extractVerbatimRecord(pdfBytes);  // ex.body starts with China's first words
 */
export async function extractVerbatimRecord(bytes: Uint8Array, country = "China"): Promise<Extracted> {
  const pages = await readPdfPages(bytes);
  return extractVerbatimPages(pages, country);
}

/**
 * The layout half of `extractVerbatimRecord`, on already-read pages.
 *
 * @example extractVerbatimPages(pages, "China").body
 */
export function extractVerbatimPages(pages: PdfPage[], country = "China"): Extracted {
  const laid = stripRunningLines(
    pages.map(layoutPage),
    pages.map((p) => p.height),
  );
  const paras = paragraphs(laid.flat());
  const { turns, speakers } = countryTurns(paras, country);
  const notes = [
    `${pages.length} page${pages.length === 1 ? "" : "s"}`,
    `${turns.length} turn${turns.length === 1 ? "" : "s"} of ${country}`,
  ];
  return { kind: "verbatim-record", body: turns.join("\n\n"), title: "", speaker: speakers[0] ?? "", notes };
}

// ---------------------------------------------------------------------------------------------
// HTML

/** Lines that are page furniture, not statement text. */
const FURNITURE =
  /^(?:[[【(]?\s*(?:print|close|close window|print this page|email|e-mail|share|back|top|back to top|suggest to a friend|打印|关闭|打印本页|关闭窗口)\s*[\]】)]?\s*[|｜/]?\s*)+$/i;
const DATE_LINE =
  /^(?:\(?\s*(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*\)?|(?:From|Source|Author)\s*[:：].{0,60})$/i;

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

type Cheerio = ReturnType<typeof cheerio.load>;

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

/** Text paragraphs of an element: block elements and <br> separate paragraphs; whitespace collapsed. */
function blockParagraphs(
  $: Cheerio,
  root: ReturnType<Cheerio>,
): Array<{ text: string; centered: boolean; afterImage: boolean }> {
  const out: Array<{ text: string; centered: boolean; afterImage: boolean }> = [];
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
  const walk = (node: any, inCenter: boolean): void => {
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
    const style =
      String((node.attribs && node.attribs.style) || "") + " " + String((node.attribs && node.attribs.align) || "");
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
  for (const ch of (root.get(0) as any)?.children ?? []) walk(ch, false);
  flush();
  return out;
}

/** Parses HTML and removes scripts, navigation, print/share links, images and captions. */
function cleanDocument(html: string): Cheerio {
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
function pageTitle($: Cheerio): string {
  const clean = (s: string) => s.replace(/[\s\u00a0\u3000]+/g, " ").trim();
  for (const sel of ["#News_Body_Title", ".news-title", ".title", "h1", "h2"]) {
    const t = clean($(sel).first().text());
    if (t) return t;
  }
  return clean($("title").first().text()).replace(/\s*(?:[-_|–—]\s*[^-_|–—]{1,60})$/, "");
}

/** Paragraphs of the content with captions, furniture and date lines removed. */
function contentParagraphs($: Cheerio): string[] {
  const root = contentRoot($);
  // Captions: a centred paragraph right after an image block, or any paragraph in an image block.
  root.find("[data-image-block]").each((_, el) => {
    const next = $(el).next();
    const style = String(next.attr("style") ?? "") + " " + String(next.attr("align") ?? "");
    if (next.length && /center/i.test(style) && next.text().trim().length < 300) next.remove();
    $(el).remove();
  });
  return blockParagraphs($, root)
    .filter((p) => !(p.afterImage && p.centered))
    .map((p) => p.text)
    .filter((t) => !FURNITURE.test(t) && !DATE_LINE.test(t));
}

/**
 * The body of a statement page (China's UN mission, an embassy, the MFA): the title as the first
 * paragraph (the coding guide counts a title as a sentence of its text), then the statement's
 * paragraphs — without navigation, print/close links, dates or photo captions.
 *
 * @example extractStatementHtml("<html><h1>Remarks by ...</h1><div class='TRS_Editor'><p>Mr. President,</p></div></html>").body
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

/** The Kosovo anchor terms (coding guide): any of them makes an exchange part of the study. */
const KOSOVO = /\b(Kosovo|Kosova|Kosovar|Metohija|Pristina|Priština|Prishtina|UNMIK|KFOR|EULEX)\b|科索沃|普里什蒂纳/i;
/** Serbia's territorial integrity or sovereignty: counts next to an exchange about Kosovo. */
const SERBIA_INTEGRITY =
  /\bSerbia\b[^.?!]{0,120}\b(territorial integrity|sovereignty)\b|\b(territorial integrity|sovereignty)\b[^.?!]{0,120}\bSerbia\b/i;

/** Paragraph label of a press-conference transcript: "Q:", "A:", "AFP:", "Mao Ning:", "Question:". */
const TURN_LABEL = /^([A-Z][A-Za-z0-9 .&'’\-]{0,40}|[\u4e00-\u9fff]{1,8})\s*[:：]\s*/;

/** Small words allowed inside a title-case label ("Voice of America", "The Paper"). */
const LABEL_SMALL = new Set(["of", "and", "the", "for", "de", "du", "la", "&"]);

/** A label is a name: at most five words, each capitalised (or a small word), or Chinese characters. */
function isLabel(label: string): boolean {
  if (/^[\u4e00-\u9fff]+$/.test(label)) return true;
  const words = label.trim().split(/\s+/);
  return words.length <= 5 && words.every((w, i) => /^[A-Z0-9]/.test(w) || (i > 0 && LABEL_SMALL.has(w)));
}

/** One exchange of a press conference: the question's and the answer's paragraphs. */
export interface Exchange {
  question: string[];
  answer: string[];
}

/**
 * Splits a press-conference transcript's paragraphs into exchanges. A paragraph labelled "A:",
 * "Answer:", "Spokesperson…:" or with the spokesperson's name answers; any other short label
 * ("Q:", "AFP:", "Bloomberg:") asks. Unlabelled paragraphs continue the current turn; paragraphs
 * before the first question (the opening announcements) are an exchange with no question.
 *
 * @example splitExchanges(["Q: Any comment on Kosovo?", "A: We support dialogue."], "Mao Ning")
 *   // → [{ question: ["Any comment on Kosovo?"], answer: ["We support dialogue."] }]
 */
export function splitExchanges(paras: string[], spokesperson = ""): Exchange[] {
  const names = spokesperson
    .split(/[;,]/)
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s && !/spokesperson|name not given/.test(s));
  const isAnswerLabel = (label: string) => {
    const l = label.toLowerCase().trim();
    return (
      l === "a" ||
      l === "answer" ||
      l.startsWith("spokesperson") ||
      l.includes("spokesperson") ||
      names.some((n) => l === n || l.endsWith(" " + n) || n.endsWith(" " + l))
    );
  };
  const out: Exchange[] = [];
  let cur: Exchange = { question: [], answer: [] };
  let mode: "q" | "a" = "a";
  for (const p of paras) {
    const m = TURN_LABEL.exec(p);
    if (m && isLabel(m[1])) {
      const text = p.slice(m[0].length).trim();
      if (isAnswerLabel(m[1])) {
        mode = "a";
        cur.answer.push(text);
      } else {
        if (cur.question.length > 0 || cur.answer.length > 0) out.push(cur);
        cur = { question: [text], answer: [] };
        mode = "q";
      }
    } else if (mode === "q") {
      cur.question.push(p);
    } else {
      cur.answer.push(p);
    }
  }
  if (cur.question.length > 0 || cur.answer.length > 0) out.push(cur);
  return out;
}

/**
 * The exchanges of a press conference that belong to the study: those mentioning Kosovo (or Pristina,
 * UNMIK, KFOR, EULEX, Metohija), plus a neighbouring exchange on Serbia's territorial integrity or
 * sovereignty, and a follow-up question ("Follow-up: …") right after one kept.
 *
 * @example kosovoExchanges(splitExchanges(paras, "Mao Ning")).length
 */
export function kosovoExchanges(exchanges: Exchange[]): Exchange[] {
  const text = (e: Exchange) => [...e.question, ...e.answer].join(" ");
  const kosovo = exchanges.map((e) => KOSOVO.test(text(e)));
  const keep = kosovo.slice();
  for (let i = 0; i < exchanges.length; i++) {
    if (kosovo[i]) continue;
    const near = (i > 0 && kosovo[i - 1]) || (i + 1 < exchanges.length && kosovo[i + 1]);
    if (near && SERBIA_INTEGRITY.test(text(exchanges[i]))) keep[i] = true;
    if (i > 0 && keep[i - 1] && /^follow[- ]?up\b/i.test(exchanges[i].question[0] ?? "")) keep[i] = true;
  }
  return exchanges.filter((_, i) => keep[i]);
}

/**
 * The study's part of an MFA regular press conference: only the exchanges about Kosovo, each paragraph
 * marked "Q: " (journalist) or "A: " (spokesperson), exchanges separated by a blank line.
 *
 * @example extractPressConference(html, "Mao Ning").body
 *   // → "Q: What is China's comment on the situation in the north of Kosovo?\nA: China is following ..."
 */
export function extractPressConference(html: string, spokesperson = ""): Extracted {
  const $ = cleanDocument(html);
  const title = pageTitle($);
  const paras = contentParagraphs($).filter((p) => p !== title);
  const all = splitExchanges(paras, spokesperson);
  const kept = kosovoExchanges(all);
  const body = kept
    .map((e) => [...e.question.map((q) => "Q: " + q), ...e.answer.map((a) => "A: " + a)].join("\n"))
    .join("\n\n");
  return {
    kind: "press-conference",
    body,
    title,
    speaker: "",
    notes: [`${kept.length} of ${all.length} exchanges about Kosovo`],
  };
}

/**
 * True when the HTML reads as questions and answers (a press conference, an answer to a journalist's
 * question, an interview): at least one paragraph opens with "Q:" or "Question:". Such a page goes through
 * `extractPressConference`, so the journalist's words are marked and never coded as the official's.
 *
 * @example looksLikePressConference("<div class='content'><p>Q: On Kosovo?</p><p>A: Dialogue.</p></div>")  // → true
 */
export function looksLikePressConference(html: string): boolean {
  const $ = cleanDocument(html);
  const paras = contentParagraphs($);
  return paras.some((p) => /^(Q|Question)\s*[:：]/.test(p));
}

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
