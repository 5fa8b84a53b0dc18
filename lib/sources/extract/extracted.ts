/** What every extractor returns: the words the study codes, and what the extractor noticed. */

/** What an extractor returns: the body to write and what it noticed. */
export interface Extracted {
  /** Which extractor made it. */
  kind: "verbatim-record" | "statement-html" | "press-conference";
  /** Paragraphs separated by a blank line. Empty when nothing of the study was found. */
  body: string;
  /** Page title (HTML) when there is one; "" otherwise. */
  title: string;
  /** Speaker named by the source (e.g. "Mr. Liu Zhenmin" from a verbatim record), "" if none. */
  speaker: string;
  /** Human-readable remarks (e.g. "2 turns of China", "dropped 3 exchanges not about Kosovo"). */
  notes: string[];
}
