/**
 * Credentials in URLs (`https://user:password@host/…`) never reach what the project writes or prints:
 * a text's `source:` line, the cache's notes, a log or an error message. The request itself still
 * sends them (they may be what opens a mirror); only what is shown is stripped.
 */

/** A `scheme://user[:password]@` prefix anywhere in a text. */
const CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)[^/\s@?#]*@/gi;

/**
 * The URL without its user name and password.
 *
 * @example redactUrl("https://ana:secret@example.org/a?b=1") // "https://example.org/a?b=1"
 * @example redactUrl("not a URL") // "not a URL"
 */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.username === "" && u.password === "") return url;
    u.username = "";
    u.password = "";
    return u.toString();
  } catch {
    return redactCredentials(url);
  }
}

/**
 * A text with the credentials of every URL in it removed (for messages that quote a URL).
 *
 * @example redactCredentials("cannot fetch http://ana:secret@example.org/x") // "cannot fetch http://example.org/x"
 */
export function redactCredentials(text: string): string {
  return text.replace(CREDENTIALS, "$1");
}
