/**
 * A web page pasted whole into a .txt file: only the official's own words are coded (coding guide,
 * "Whose words"). Read line by line (a line is a paragraph):
 *
 *   questions   a press conference's question–answer structure — "Q:"/"A:", "Question:"/"Answer:", or
 *               a journalist's labelled line ("AFP: …?") followed by the spokesperson's ("Mao Ning: …")
 *               — keeps the answers (without their label) and leaves the questions out; an unlabelled
 *               paragraph belongs to the labelled one before it
 *   furniture   navigation and breadcrumbs, share/print/copyright lines, news tickers ("BREAKING: …",
 *               headlines run together with "|" or "•"), a "Related news" block and the headline list
 *               under it, photo captions and credits — left out wherever they are
 *
 * A page with none of these is the whole text, unchanged (`wholeTextUnit`). What was left out is
 * returned line by line, for the command to report.
 */
import type { Text, Unit } from "../core";
import { countWords } from "../text";
import { textMeta, wholeTextUnit } from "./whole-text";

/** Why a line was left out. */
export type LeftOutKind = "question" | "navigation" | "ticker" | "related news" | "photo caption";

/** A line of a pasted page that is not the official's words. */
export interface LeftOut {
  /** 1-based line of the text's body. */
  line: number;
  kind: LeftOutKind;
  text: string;
}

interface Line {
  n: number;
  start: number;
  end: number;
  text: string;
}

const NAVIGATION = [
  /^(home|back|print|close|share|email|e-mail|top|back to top|previous|next|more|menu|search|login|sign in)$/i,
  /^(home|首页)\s*(>|»|\/|\|)\s*\S/i,
  /^(\[[^\]]{1,20}\]\s*){2,}$/,
  /^(share( this)?( on)?|follow us|font size|text size|tags?|keywords?|editor|responsible editor)\s*[:：]/i,
  /^(copyright|©|all rights reserved)/i,
  /^([\p{L}]+(\s[\p{L}]+)?\s*\|\s*){3,}[\p{L}\s]+$/u,
];
const TICKER = [/^(breaking( news)?|latest( news)?|live|just in|top stories|news ticker|ticker)\s*[:：|–—-]/i];
const TICKER_RUN = /\s(\||•|·|◆|■)\s.*\s(\||•|·|◆|■)\s/;
const RELATED =
  /^(related( news| articles| stories| reading| links)?|read more|see also|more news|recommended)\s*[:：]?$/i;
const CAPTION = [
  /^[([]?\s*(photo|photograph|image|picture|file photo|caption)\b.{0,200}$/i,
  /\((xinhua|afp|reuters|ap|cfp|getty images|photo)\b[^)]{0,60}\)\s*$/i,
];
const Q_MARK = /^\s*(q(uestion)?\s*\d*|问)\s*[:：]\s*/i;
const A_MARK = /^\s*(a(nswer)?\s*\d*|答)\s*[:：]\s*/i;
/** A speaker's label: up to six capitalised words (and of, from, the, de, and) before a colon. */
const LABEL_WORD = "[A-Z(][\\p{L}.'’&()-]*|of|from|the|de|and";
const LABEL = new RegExp(`^\\s*([A-Z][\\p{L}.'’&()-]*(?:\\s+(?:${LABEL_WORD})){0,5})\\s*[:：]\\s+(?=\\S)`, "u");

/** A headline-like line: short and without a sentence's closing punctuation. */
const headlineLike = (t: string) => countWords(t) <= 25 && !/[.!?。"”’)]$/.test(t);

function furniture(t: string): LeftOutKind | null {
  if (NAVIGATION.some((re) => re.test(t))) return "navigation";
  if (TICKER.some((re) => re.test(t)) || TICKER_RUN.test(t)) return "ticker";
  if (countWords(t) <= 40 && CAPTION.some((re) => re.test(t))) return "photo caption";
  return null;
}

/** The role of each labelled line when the page is a question–answer transcript, or null when it is not. */
/**
 * The lines of `body` in order (as `body.split("\n")` cuts them), each made when it is reached: a long
 * text is never held as an array of its lines (that array was larger than the text itself).
 */
function* eachLine(body: string): Generator<Line> {
  let n = 1;
  for (let start = 0; start <= body.length; n++) {
    let nl = body.indexOf("\n", start);
    if (nl === -1) nl = body.length;
    yield { n, start, end: nl, text: body.slice(start, nl).trim() };
    start = nl + 1;
  }
}

function questionAnswer(body: string): Map<number, { answer: boolean; skip: number }> | null {
  const roles = new Map<number, { answer: boolean; skip: number }>();
  const marked: Line[] = [];
  for (const l of eachLine(body)) if (Q_MARK.test(l.text) || A_MARK.test(l.text)) marked.push(l);
  if (marked.some((l) => Q_MARK.test(l.text)) && marked.some((l) => A_MARK.test(l.text))) {
    for (const l of marked) {
      const q = Q_MARK.exec(l.text);
      const a = A_MARK.exec(l.text);
      roles.set(l.n, { answer: !q, skip: (q ?? a)?.[0].length ?? 0 });
    }
    return roles;
  }
  const labelled: Array<{ line: Line; label: string; skip: number; asks: boolean }> = [];
  for (const l of eachLine(body)) {
    const m = LABEL.exec(l.text);
    if (m) labelled.push({ line: l, label: m[1], skip: m[0].length, asks: l.text.includes("?") });
  }
  const votes = new Map<string, number>();
  labelled.forEach((x, i) => {
    const prev = labelled[i - 1];
    if (prev?.asks && prev.label !== x.label && !x.asks) votes.set(x.label, (votes.get(x.label) ?? 0) + 1);
  });
  const spokes = labelled.find((x) => /spokes(person|man|woman)/i.test(x.label))?.label;
  const answerer = spokes ?? [...votes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!answerer) return null;
  for (const x of labelled) roles.set(x.line.n, { answer: x.label === answerer, skip: x.skip });
  return roles;
}

/** What a pasted page keeps (spans of the body) and leaves out (lines). */
export interface PageReading {
  spans: Array<[number, number]>;
  leftOut: LeftOut[];
}

/**
 * Reads a pasted page: the spans of the body to code and the lines left out (see the file's header).
 *
 * @example readPastedPage("Q: Your comment?\nA: We support dialogue.").leftOut[0].kind // "question"
 */
export function readPastedPage(body: string): PageReading {
  const roles = questionAnswer(body);
  const spans: Array<[number, number]> = [];
  const leftOut: LeftOut[] = [];
  let answering = true;
  let related = false;
  for (const l of eachLine(body)) {
    if (l.text === "") continue;
    const role = roles?.get(l.n);
    if (role) answering = role.answer;
    if (RELATED.test(l.text)) related = true;
    else if (related && !headlineLike(l.text)) related = false;
    const kind = furniture(l.text) ?? (related ? "related news" : answering ? null : "question");
    if (kind) {
      leftOut.push({ line: l.n, kind, text: l.text });
      continue;
    }
    const from = l.start + body.slice(l.start, l.end).indexOf(l.text) + (role?.skip ?? 0);
    const last = spans[spans.length - 1];
    // a paragraph that follows kept text with nothing left out between them extends its span
    if (last && !role?.skip && body.slice(last[1], from).trim() === "") last[1] = l.end;
    else spans.push([from, l.end]);
  }
  return { spans, leftOut };
}

/**
 * A pasted page as a coding unit: its spans (answers, prose) joined by "\n\n", with what was left
 * out; the whole text, unchanged, when nothing was.
 *
 * @example pastedPageUnit(text).leftOut.map((l) => l.kind) // ["navigation", "question", "photo caption"]
 */
export function pastedPageUnit(text: Text): { unit: Unit; leftOut: LeftOut[] } {
  const { spans, leftOut } = readPastedPage(text.body);
  if (spans.length <= 1 && leftOut.length === 0) return { unit: wholeTextUnit(text), leftOut };
  const body = spans.map(([s, e]) => text.body.slice(s, e)).join("\n\n");
  const unit = { ...textMeta(text), id: text.id, textId: text.id, spans, body, words: countWords(body) };
  return { unit, leftOut };
}
