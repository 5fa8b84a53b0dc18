/**
 * Speaker lines of a UN verbatim record: "Mr. Liu Zhenmin (China) (spoke in Chinese):", "The President:",
 * and the procedural lines that end a turn ("The meeting rose at 1 p.m.").
 */

/** Lines that end a turn without a new speaker. */
export const PROCEDURAL = /^The meeting (rose|was suspended|was called to order|resumed|was adjourned)\b/i;

/** A speaker label: a title and a name (or "The President"), parentheses, a colon. */
const LABEL = new RegExp(
  "^((?:The (?:Acting )?President|The Secretary-General|" +
    String.raw`(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Baroness|Prince|Princess|Sheikh|Archbishop|Monsignor)\.? ` +
    String.raw`[^:()]{1,80}?))((?:\s*\([^()]{1,80}\))*)\s*:\s*`,
);

/** A speaker line's parts, or null. */
export interface SpeakerLabel {
  /** "Mr. Liu Zhenmin", "The President". */
  name: string;
  /** The parentheses after the name, e.g. ["China", "spoke in Chinese"]. */
  notes: string[];
  /** Length of the label including the colon and the space after it. */
  length: number;
}

/**
 * Parses the speaker label that opens a turn in a UN verbatim record.
 *
 * @example speakerLabel("Mr. Liu Zhenmin (China) (spoke in Chinese): Thank you.")
 *   // → { name: "Mr. Liu Zhenmin", notes: ["China", "spoke in Chinese"], length: 45 }
 */
export function speakerLabel(line: string): SpeakerLabel | null {
  const m = LABEL.exec(line);
  if (!m) return null;
  const notes = (m[2].match(/\(([^()]*)\)/g) ?? []).map((s) => s.slice(1, -1).trim());
  // "Mr. X:" with no country is not a Council turn label
  if (!m[1].startsWith("The ") && notes.length === 0) return null;
  return { name: m[1].trim(), notes, length: m[0].length };
}
