/**
 * The Kosovo passage (CODING-GUIDE "Unit of analysis"): every sentence that names an anchor term,
 * with one sentence of context before and after, windows merged where they overlap or touch.
 */
import type { Text, Unit } from "../core";
import { countWords, hasAnchor, splitSentences } from "../text";
import { textMeta } from "./whole-text";

/**
 * The Kosovo passage of a text: every sentence naming an anchor term, with one sentence
 * before and after, windows merged where they overlap or touch. `spans` are the merged
 * windows as [start, end) offsets into `text.body`; `body` is the spans joined by "\n\n".
 * The unit id is the text id (one passage a speech: `SRB_63_2008`). Returns null when no
 * sentence names an anchor term.
 *
 * @example kosovoPassage(text)?.spans // [[120, 540]]
 */
export function kosovoPassage(text: Text): Unit | null {
  if (!hasAnchor(text.body)) return null;
  const sentences = splitSentences(text.body);
  const windows: Array<[number, number]> = []; // sentence index ranges, inclusive
  for (const s of sentences) {
    if (!hasAnchor(s.text)) continue;
    const lo = Math.max(0, s.index - 1);
    const hi = Math.min(sentences.length - 1, s.index + 1);
    const last = windows[windows.length - 1];
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else windows.push([lo, hi]);
  }
  if (windows.length === 0) return null;
  const spans: Array<[number, number]> = windows.map(([a, b]) => [sentences[a].start, sentences[b].end]);
  const body = spans.map(([a, b]) => text.body.slice(a, b)).join("\n\n");
  return { ...textMeta(text), id: text.id, textId: text.id, spans, body, words: countWords(body) };
}
