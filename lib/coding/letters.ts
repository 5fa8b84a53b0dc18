/**
 * Facts about letters that the run finder chooses its pivots with. They only decide speed, never a
 * result: which letter of a run is looked up first, and which non-ASCII characters fold to a letter.
 */
import { foldCodeUnit } from "../text";

/** Rough English letter frequencies (percent), the letters most frequent first. */
const LETTERS = "etaoinshrdlcumwfgypbvkjxqz";
const PERCENT = [
  12.7, 9.1, 8.2, 7.5, 7.0, 6.7, 6.3, 6.1, 6.0, 4.3, 4.0, 2.8, 2.8, 2.4, 2.4, 2.2, 2.0, 2.0, 1.9, 1.5, 1.0, 0.8, 0.15,
  0.15, 0.1, 0.07,
];
const LETTER_FREQ = new Map([...LETTERS].map((l, i) => [l, PERCENT[i]]));
const DIGIT_FREQ = 0.5;

/**
 * The frequency (percent) of a run's rarest letter (a digit counts 0.5).
 *
 * @example rarity("kosovo") // 0.8 (k)
 */
export function rarity(run: string): number {
  let f = Infinity;
  for (const ch of run) f = Math.min(f, LETTER_FREQ.get(ch) ?? DIGIT_FREQ);
  return f;
}

let ALIASES: Map<number, string> | null = null;

/**
 * Folded ASCII letter or digit (its code) → the non-ASCII UTF-16 code units that fold to it
 * (built once, on first use, in about 0.2 s).
 *
 * @example aliasTable().get("k".charCodeAt(0))?.includes("ķ") // true
 */
export function aliasTable(): Map<number, string> {
  if (ALIASES) return ALIASES;
  const t = new Map<number, string>();
  for (let c = 128; c < 65536; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue; // a lone surrogate folds to itself
    const f = foldCodeUnit(c);
    if ((f >= 97 && f <= 122) || (f >= 48 && f <= 57)) t.set(f, (t.get(f) ?? "") + String.fromCharCode(c));
  }
  ALIASES = t;
  return t;
}
