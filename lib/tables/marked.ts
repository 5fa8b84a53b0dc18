/**
 * Text with marked spans: a sentence with the words a pattern matched, for a table cell that shows the hit inside
 * its sentence (`lib/display` draws the marks as <mark>, and as «…» in plain text).
 */

/** A text and the [start, end) spans of it to mark, sorted and not overlapping. */
export interface MarkedText {
  kind: "marked";
  text: string;
  marks: Array<[number, number]>;
}

/**
 * A marked text: spans are clipped to the text, sorted, and overlapping or touching spans merged.
 *
 * @example markedText("We respect Serbia.", [[11, 17]]).marks // [[11, 17]]
 * @example markedText("abcdef", [[3, 5], [0, 2], [1, 4]]).marks // [[0, 5]]
 */
export function markedText(text: string, spans: Array<[number, number]>): MarkedText {
  const sorted = spans
    .map(([s, e]): [number, number] => [Math.max(0, s), Math.min(text.length, e)])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const marks: Array<[number, number]> = [];
  for (const [s, e] of sorted) {
    const last = marks[marks.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else marks.push([s, e]);
  }
  return { kind: "marked", text, marks };
}

/**
 * Whether a cell value is a marked text.
 *
 * @example isMarked(markedText("a", [])) // true
 */
export function isMarked(v: unknown): v is MarkedText {
  return !!v && typeof v === "object" && (v as MarkedText).kind === "marked" && Array.isArray((v as MarkedText).marks);
}

/**
 * The pieces of a marked text in order: plain and marked.
 *
 * @example markedPieces(markedText("We respect Serbia.", [[11, 17]]))
 * // [{ text: "We respect ", marked: false }, { text: "Serbia", marked: true }, { text: ".", marked: false }]
 */
export function markedPieces(m: MarkedText): Array<{ text: string; marked: boolean }> {
  const out: Array<{ text: string; marked: boolean }> = [];
  let at = 0;
  for (const [s, e] of m.marks) {
    if (s > at) out.push({ text: m.text.slice(at, s), marked: false });
    out.push({ text: m.text.slice(s, e), marked: true });
    at = e;
  }
  if (at < m.text.length) out.push({ text: m.text.slice(at), marked: false });
  return out;
}

/**
 * A marked text as plain text, the marks in «…».
 *
 * @example markedPlain(markedText("We respect Serbia.", [[11, 17]])) // "We respect «Serbia»."
 */
export function markedPlain(m: MarkedText): string {
  return markedPieces(m)
    .map((p) => (p.marked ? `«${p.text}»` : p.text))
    .join("");
}

/**
 * The same marked text on one line: runs of white space (line breaks of a hard-wrapped record) become one space,
 * the ends are trimmed, and the marks move with their words.
 *
 * @example markedPlain(oneLine(markedText("  We\n respect  Serbia.", [[15, 21]]))) // "We respect «Serbia»."
 */
export function oneLine(m: MarkedText): MarkedText {
  const map: number[] = []; // map[i]: the offset of text[i] in the new text
  let out = "";
  let space = false;
  for (let i = 0; i < m.text.length; i++) {
    const ch = m.text[i];
    map.push(out.length);
    if (/\s/.test(ch)) space = out.length > 0;
    else {
      if (space) out += " ";
      space = false;
      map[i] = out.length;
      out += ch;
    }
  }
  map.push(out.length);
  return markedText(
    out,
    m.marks.map(([s, e]): [number, number] => [map[s], e > s ? map[e - 1] + 1 : map[s]]),
  );
}

/**
 * A long marked text cut to about `max` characters around its marks, with "…" where text was left out; a text
 * within `max` (or with no marks) is kept whole up to `max`.
 *
 * @example markedPlain(clipAround(markedText("a ".repeat(50) + "HIT" + " b".repeat(50), [[100, 103]]), 20))
 * // "…a a a «HIT» b b b b…"
 */
export function clipAround(m: MarkedText, max: number): MarkedText {
  if (m.text.length <= max) return m;
  const first = m.marks.length ? m.marks[0][0] : 0;
  const last = m.marks.length ? m.marks[m.marks.length - 1][1] : 0;
  const room = Math.max(0, max - (last - first));
  let from = Math.max(0, first - Math.floor(room / 2));
  let to = Math.min(m.text.length, Math.max(last, from + max));
  from = Math.max(0, Math.min(from, to - max)); // at the text's end, the room goes to the start
  if (from > 0) {
    const space = m.text.indexOf(" ", from);
    if (space >= 0 && space < first) from = space + 1;
  }
  if (to < m.text.length) {
    const space = m.text.lastIndexOf(" ", to);
    if (space > last) to = space;
  }
  const head = from > 0 ? "…" : "";
  const tail = to < m.text.length ? "…" : "";
  const shift = head.length - from;
  return markedText(
    head + m.text.slice(from, to) + tail,
    m.marks.map(([a, b]): [number, number] => [a + shift, b + shift]),
  );
}
