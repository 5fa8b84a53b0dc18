/**
 * Reading a PDF's positioned text with pdfjs-dist (its 3.11 legacy CommonJS build), page by page, as
 * plain data (`PdfPage`) that the layout functions work on.
 */

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
