/**
 * The dictionary coder's misses and false alarms as rows a reader can judge at a glance: for a false alarm the
 * sentence the coder counted with its hit marked and the pattern that fired (one row per sentence, however many
 * patterns fired there); for a miss — where no pattern fired, so there is no hit — the passage's Kosovo sentence
 * with the Kosovo term marked, the sentence the unit was cut around.
 */
import type { Evidence, Unit } from "../core";
import { findAnchors, splitSentences } from "../text";
import { evidenceRows } from "./evidence";
import { clipAround, type MarkedText, markedText, oneLine } from "./marked";

/** One row of the misses and false alarms table. */
export interface ErrorRow {
  kind: "miss" | "false alarm";
  theme: string;
  unit: string;
  /** The sentence at issue, on one line, its hit marked (cut around it when long). */
  sentence: MarkedText;
  /** The patterns that fired ("none fired" for a miss). */
  patterns: string;
  [column: string]: unknown;
}

/** A unit's first sentence that names Kosovo, the term marked; the unit's start when none does. */
function kosovoSentence(body: string, maxChars: number): MarkedText {
  for (const s of splitSentences(body)) {
    const hits = findAnchors(s.text);
    if (hits.length)
      return clipAround(
        oneLine(
          markedText(
            s.text,
            hits.map((h) => [h.start, h.end] as [number, number]),
          ),
        ),
        maxChars,
      );
  }
  return clipAround(oneLine(markedText(body, [])), maxChars);
}

/**
 * The errors of a comparison (`errorsToRead`'s id, theme and kind) as rows with the sentence at issue marked: false
 * alarms from the coder's evidence, misses from the unit's text. Sorted as given.
 *
 * @example
 * errorRows([{ id: "u1", theme: "eu", kind: "miss" }], [], [{ id: "u1", body: "Talks on Kosovo went on." }])[0]
 * // { kind: "miss", theme: "eu", unit: "u1", sentence: { …, marks: [[9, 15]] }, patterns: "none fired" }
 */
export function errorRows(
  errors: Array<{ id: string; theme: string; kind: "miss" | "false alarm" }>,
  coded: Array<{ unitId: string; evidence: Evidence[] }>,
  units: Array<Pick<Unit, "id" | "body">>,
  maxChars = 240,
): ErrorRow[] {
  const bodies = new Map(units.map((u) => [u.id, u.body] as const));
  const evidence = new Map(coded.map((c) => [c.unitId, c.evidence] as const));
  const out: ErrorRow[] = [];
  for (const e of errors) {
    if (e.kind === "miss") {
      const sentence = kosovoSentence(bodies.get(e.id) ?? "", maxChars);
      out.push({ kind: e.kind, theme: e.theme, unit: e.id, sentence, patterns: "none fired" });
      continue;
    }
    const ev = (evidence.get(e.id) ?? []).filter((x) => x.theme === e.theme);
    for (const r of evidenceRows(ev, { units: units as Unit[], maxChars }))
      out.push({ kind: e.kind, theme: e.theme, unit: e.id, sentence: r.sentence, patterns: r.patterns });
  }
  return out;
}
