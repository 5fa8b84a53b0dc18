/** Running headers and footers of UN documents (symbol, page and job numbers, dates), recognised and dropped. */
import type { PdfLine } from "./pdf-layout";

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
