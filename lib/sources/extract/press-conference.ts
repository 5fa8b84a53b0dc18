/**
 * MFA regular press conferences (and any page of questions and answers): only the exchanges about
 * Kosovo, every paragraph marked "Q:" (the journalist) or "A:" (the spokesperson), so that a coder codes
 * the official's words only.
 */
import { ANCHOR_TERMS } from "../../text";
import type { Extracted } from "./extracted";
import { cleanDocument, contentParagraphs, pageTitle } from "./html-page";

/** Kosovo and Pristina in Chinese, as the MFA's Chinese pages write them. */
const CHINESE_ANCHOR_TERMS = ["科索沃", "普里什蒂纳"];

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The Kosovo anchor terms (the coding guide's, `ANCHOR_TERMS` of lib/units) as whole words in any case,
 * and their Chinese names: any of them makes an exchange part of the study.
 */
const KOSOVO = new RegExp(
  `\\b(${ANCHOR_TERMS.map(escapeRegExp).join("|")})\\b|${CHINESE_ANCHOR_TERMS.map(escapeRegExp).join("|")}`,
  "i",
);

/**
 * Does a text name Kosovo by one of the anchor terms (or its Chinese name)?
 *
 * @example mentionsKosovo("What about UNMIK?") // true
 * @example mentionsKosovo("A skilled workforce.") // false
 */
export function mentionsKosovo(text: string): boolean {
  return KOSOVO.test(text);
}

/** Serbia's territorial integrity or sovereignty: counts next to an exchange about Kosovo. */
const SERBIA_INTEGRITY = new RegExp(
  String.raw`\bSerbia\b[^.?!]{0,120}\b(territorial integrity|sovereignty)\b|` +
    String.raw`\b(territorial integrity|sovereignty)\b[^.?!]{0,120}\bSerbia\b`,
  "i",
);

/** Paragraph label of a press-conference transcript: "Q:", "A:", "AFP:", "Mao Ning:", "Question:". */
const TURN_LABEL = /^([A-Z][A-Za-z0-9 .&'’-]{0,40}|[\u4e00-\u9fff]{1,8})\s*[:：]\s*/;

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
  const kosovo = exchanges.map((e) => mentionsKosovo(text(e)));
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
