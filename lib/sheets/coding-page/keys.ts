/**
 * The coding page's keyboard: a key per theme (digits first, then the letters of the keyboard's top row),
 * and the keys that move between sentences and units, mark a sentence as having no theme, and export.
 * The page reads the theme keys from its embedded data; the chapter shows the same table to a class.
 */

/** Keys given to themes, in codebook order: 1–9, then q w e r t y u i o (none for an 19th theme and after). */
export const THEME_KEYS = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "q", "w", "e", "r", "t", "y", "u", "i", "o"];

/**
 * The key of each theme, in codebook order (null past the 18th: that theme is coded by clicking).
 *
 * @example themeShortcuts(["sovereignty", "dialogue"]) // { sovereignty: "1", dialogue: "2" }
 */
export function themeShortcuts(themeKeys: string[]): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  themeKeys.forEach((k, i) => {
    out[k] = THEME_KEYS[i] ?? null;
  });
  return out;
}

/** One line of the page's keyboard help. */
export interface Shortcut {
  key: string;
  does: string;
}

/** The keys that do not depend on the codebook (the page's help lists them under the theme keys). */
export const MOVE_KEYS: Shortcut[] = [
  { key: "↓ or j", does: "next sentence" },
  { key: "↑ or k", does: "previous sentence" },
  { key: "Enter", does: "next sentence (after the last: next unit)" },
  { key: "→ or n", does: "next unit" },
  { key: "← or p", does: "previous unit" },
  { key: "0 or x", does: "the sentence expresses no theme" },
  { key: "Backspace", does: "clear the sentence (not coded)" },
  { key: "a", does: "mark every sentence of the unit not yet coded: no theme" },
  { key: "m", does: "write a note on the unit (Esc to leave the note)" },
  { key: "?", does: "show or hide this help" },
];

/**
 * The page's keyboard help for a codebook: a line per theme with a key, then the moving keys.
 *
 * @example codingPageShortcuts([{ key: "dialogue", label: "Dialogue" }])[0]
 * // { key: "1", does: "dialogue — Dialogue" }
 */
export function codingPageShortcuts(themes: Array<{ key: string; label: string }>): Shortcut[] {
  const keys = themeShortcuts(themes.map((t) => t.key));
  const themed = themes.flatMap((t) => {
    const key = keys[t.key];
    return key === null ? [] : [{ key, does: `${t.key} — ${t.label}` }];
  });
  return [...themed, ...MOVE_KEYS];
}
