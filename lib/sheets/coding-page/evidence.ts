/**
 * The dictionary coder's evidence as an instructor's coding page shows it: per sentence, the themes the
 * coder counted and where their words are in the sentence as the sheet prints it (line breaks folded to
 * spaces), so that the page can highlight them.
 */
import type { CodedUnit, Unit } from "../../core";
import { splitSentences } from "../../text";

/** A theme the dictionary coder counted in a sentence, and the [start, end) ranges of the words that fired. */
export interface DictionaryMark {
  theme: string;
  ranges: Array<[number, number]>;
}

/** A sentence's text with its line breaks folded as the sheet folds them, and where a raw offset lands. */
export interface FoldedText {
  text: string;
  /** The offset in `text` of an offset in the raw sentence. */
  at: (offset: number) => number;
}

/**
 * Folds every line break (with the spaces around it) into one space, as the sentence-level sheet prints a
 * sentence, and maps offsets of the raw sentence into the folded text.
 *
 * @example foldLineBreaks("a\n  b").text // "a b"
 * @example foldLineBreaks("a\n  b").at(4) // 2
 */
export function foldLineBreaks(raw: string): FoldedText {
  const cuts: Array<{ from: number; to: number; before: number }> = [];
  let text = "";
  let last = 0;
  let removed = 0;
  for (const m of raw.matchAll(/\s*\n\s*/g)) {
    const from = m.index ?? 0;
    text += raw.slice(last, from) + " ";
    cuts.push({ from, to: from + m[0].length, before: removed });
    removed += m[0].length - 1;
    last = from + m[0].length;
  }
  text += raw.slice(last);
  const at = (offset: number): number => {
    let shift = 0;
    for (const c of cuts) {
      if (offset <= c.from) break;
      if (offset < c.to) return c.from - c.before;
      shift = c.before + (c.to - c.from - 1);
    }
    return offset - shift;
  };
  return { text, at };
}

/**
 * The dictionary coder's marks per unit and sentence (index from 0), for the codebook's themes only
 * (vocabulary lists are left out). Ranges are offsets into the sentence as the sheet prints it.
 *
 * @example sentenceEvidence(units, run.coded, ["sovereignty"]).get("SRB_63_2008")?.[0]
 */
export function sentenceEvidence(
  units: Unit[],
  coded: CodedUnit[],
  themeKeys: string[],
): Map<string, DictionaryMark[][]> {
  const themes = new Set(themeKeys);
  const byId = new Map(coded.map((c) => [c.unitId, c]));
  const out = new Map<string, DictionaryMark[][]>();
  for (const u of units) {
    const sentences = splitSentences(u.body);
    const marks: DictionaryMark[][] = sentences.map(() => []);
    for (const e of byId.get(u.id)?.evidence ?? []) {
      const s = sentences[e.sentence];
      if (!themes.has(e.theme) || !s) continue;
      const folded = foldLineBreaks(s.text);
      const range: [number, number] = [folded.at(e.start - s.start), folded.at(e.end - s.start)];
      let mark = marks[e.sentence].find((m) => m.theme === e.theme);
      if (!mark) {
        mark = { theme: e.theme, ranges: [] };
        marks[e.sentence].push(mark);
      }
      if (!mark.ranges.some((r) => r[0] === range[0] && r[1] === range[1])) mark.ranges.push(range);
    }
    for (const m of marks) {
      m.sort((a, b) => themeKeys.indexOf(a.theme) - themeKeys.indexOf(b.theme));
      for (const x of m) x.ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    }
    out.set(u.id, marks);
  }
  return out;
}
