/**
 * UN verbatim records (S/PV PDFs): one country's turns only, from its speaker line to the next speaker
 * line, across page breaks, running headers and footers and two-column pages.
 */
import type { Extracted } from "./extracted";
import { layoutPage } from "./pdf-layout";
import { paragraphs } from "./pdf-paragraphs";
import { type PdfPage, readPdfPages } from "./pdf-read";
import { stripRunningLines } from "./pdf-running-lines";
import { PROCEDURAL, speakerLabel } from "./speaker-label";

/**
 * From the paragraphs of a verbatim record, the turns of one country's representative: each from its
 * speaker line (whose parentheses name the country, e.g. "(China):" or "(China) (spoke in Chinese):")
 * to the next speaker line or procedural line. The label itself is dropped. When the country holds the
 * presidency, the President's words "in my capacity as the representative of China" up to "I now resume
 * my functions as President" count too (speaker "The President").
 *
 * @example countryTurns(["The President: I give the floor to China.", "Mr. Li (China): We support dialogue.",
 *   "The President: Thanks."], "China")
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
      if (label?.notes.some((n) => n.toLowerCase() === country.toLowerCase())) {
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
  const who = country.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const start = new RegExp(
    `[^.!?\\n]*\\bin my (?:national )?capacity as (?:the )?representative of ${who}\\b[^.!?\\n]*[.!?]\\s*`,
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
