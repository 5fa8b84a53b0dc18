/**
 * PDF layout: a page's positioned text as lines in reading order, one or two columns, full-width lines
 * between them.
 */
import type { PdfPage, PdfTextItem } from "./pdf-read";

/** A line of text laid out on a page. `column` is 0 (left or full width) or 1 (right column). */
export interface PdfLine {
  page: number;
  column: number;
  x: number;
  y: number;
  size: number;
  text: string;
}

/**
 * Lays out one page's text as lines in reading order. A page is read as two columns when it has text
 * on both sides of the middle and (almost) no line crosses it; then full-width lines above the columns
 * come first, the left column, the right column, and full-width lines below.
 *
 * @example layoutPage({ number: 1, width: 600, height: 800,
 *   items: [{ str: "Hello", x: 50, y: 700, width: 30, height: 10 }] })
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
