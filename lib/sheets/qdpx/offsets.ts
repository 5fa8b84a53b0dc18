/**
 * REFI-QDA counts a text selection in Unicode code points from 0 (the standard, "Text selections"); a
 * JavaScript string counts UTF-16 code units. The two differ after a character outside the Basic
 * Multilingual Plane (an emoji, a rare CJK ideograph), so offsets are converted both ways.
 */

/**
 * The code-point offset of a code-unit offset of `text`.
 *
 * @example toCodePoints("a😀b", 3) // 2
 */
export function toCodePoints(text: string, offset: number): number {
  let points = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff || i === 0 || text.charCodeAt(i - 1) < 0xd800 || text.charCodeAt(i - 1) > 0xdbff)
      points++;
  }
  return points;
}

/**
 * The code-unit offset of a code-point offset of `text` (the end of the text for an offset past it).
 *
 * @example toCodeUnits("a😀b", 2) // 3
 */
export function toCodeUnits(text: string, points: number): number {
  let i = 0;
  for (let p = 0; p < points && i < text.length; p++) {
    const c = text.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
  }
  return i;
}

/**
 * The number of code points of `text`.
 *
 * @example codePointLength("a😀b") // 3
 */
export function codePointLength(text: string): number {
  return toCodePoints(text, text.length);
}
