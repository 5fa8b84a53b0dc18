/** Escaping text for the HTML and Markdown that displays carry. */

/**
 * Escapes text for HTML element content and attribute values.
 *
 * @example escapeHtml(`a<b & "c"`) // "a&lt;b &amp; &quot;c&quot;"
 */
export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/**
 * Escapes the characters Markdown would read as formatting (backslash, backquote, *, _, brackets, <, >).
 *
 * @example escapeMarkdown("a_b*c") // "a\\_b\\*c"
 */
export function escapeMarkdown(s: string): string {
  return s.replace(/([\\`*_[\]<>])/g, "\\$1");
}
