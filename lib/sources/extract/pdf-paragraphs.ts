/** Lines of a PDF joined into paragraphs: at indents, large gaps and speaker lines; line-end hyphens removed. */
import type { PdfLine } from "./pdf-layout";
import { PROCEDURAL, speakerLabel } from "./speaker-label";

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
