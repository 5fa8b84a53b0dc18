/**
 * Theme counts before and after a change to a corpus, side by side (e.g. after adding a text).
 */

/** Presence and mentions of a theme, as counted before and after a change to a corpus. */
export interface ThemeChange {
  theme: string;
  unitsBefore: number;
  unitsAfter: number;
  presentBefore: number;
  presentAfter: number;
  mentionsBefore: number;
  mentionsAfter: number;
}

/**
 * Puts two theme counts side by side (by theme, in the order of `after`), e.g. before and after
 * adding a text. Missing themes count as 0; mentions null count as 0.
 *
 * @example themeChanges(
 *   [{ theme: "dialogue", units: 1, present: 1, mentions: 2 }],
 *   [{ theme: "dialogue", units: 2, present: 2, mentions: 3 }],
 * )
 *   // [{ theme: "dialogue", unitsBefore: 1, unitsAfter: 2, presentBefore: 1, presentAfter: 2,
 *   //    mentionsBefore: 2, mentionsAfter: 3 }]
 */
export function themeChanges(
  before: Array<{ theme: string; units: number; present: number; mentions: number | null }>,
  after: Array<{ theme: string; units: number; present: number; mentions: number | null }>,
): ThemeChange[] {
  const b = new Map(before.map((c) => [c.theme, c]));
  const themes = [
    ...after.map((c) => c.theme),
    ...before.map((c) => c.theme).filter((t) => !after.some((a) => a.theme === t)),
  ];
  const a = new Map(after.map((c) => [c.theme, c]));
  return themes.map((theme) => ({
    theme,
    unitsBefore: b.get(theme)?.units ?? 0,
    unitsAfter: a.get(theme)?.units ?? 0,
    presentBefore: b.get(theme)?.present ?? 0,
    presentAfter: a.get(theme)?.present ?? 0,
    mentionsBefore: b.get(theme)?.mentions ?? 0,
    mentionsAfter: a.get(theme)?.mentions ?? 0,
  }));
}
