/**
 * A fetched text in the corpus folder: the folder format (lib/corpus) with the download's retrieval
 * date and SHA-256 in its front matter, and where a slot's text is kept.
 */
import * as path from "path";
import type { Text } from "../core";
import { formatTextFile, loadCard, OPTIONAL_FIELDS, sourceDir } from "../corpus";
import { countWords } from "../text";

/** Front matter of a fetched text. */
export interface FetchedMeta {
  id: string;
  date: string;
  category: string;
  speaker: string;
  /** The speaker's post (the slot's speaker_title); "" when unknown. */
  post: string;
  venue: string;
  source: string;
  retrieved: string;
  sha256: string;
}

/**
 * The folder format of a text, written by lib/corpus's `formatTextFile` (front matter id, date,
 * category, speaker, post, venue, source, country; then the body), with the download's retrieval date and
 * SHA-256 added to the front matter: as fields when the corpus loader knows them (`OPTIONAL_FIELDS`), else
 * as `# retrieved:` / `# sha256:` comment lines, which the loader reads past.
 *
 * @example formatFetchedText({ id: "x", date: "2008-02-18", category: "unsc", speaker: "", post: "",
 *   venue: "UNSC", source: "http://a/b", retrieved: "2026-11-28", sha256: "ab" }, "Body.")
 *   // → '---\nid: x\ndate: 2008-02-18\ncategory: unsc\nspeaker: ""\nvenue: UNSC\nsource: http://a/b\n' +
 *   //   'country: CHN\nretrieved: "2026-11-28"\nsha256: ab\n---\n\nBody.\n'
 */
export function formatFetchedText(meta: FetchedMeta, body: string): string {
  const clean = body.replace(/\r\n?/g, "\n").trim();
  const text: Text = {
    id: meta.id,
    date: meta.date,
    year: Number(meta.date.slice(0, 4)),
    category: meta.category,
    speaker: meta.speaker,
    post: meta.post,
    country: "CHN",
    countryName: "China",
    venue: meta.venue,
    source: meta.source,
    body: clean,
    words: countWords(clean),
  };
  const formatted = formatTextFile(text);
  const known = OPTIONAL_FIELDS as readonly string[];
  const asFields = known.includes("retrieved") && known.includes("sha256");
  const extra = asFields
    ? `retrieved: "${meta.retrieved}"\nsha256: ${meta.sha256}\n`
    : `# retrieved: ${meta.retrieved}\n# sha256: ${meta.sha256}\n`;
  const close = formatted.indexOf("\n---\n", 4) + 1; // start of the closing "---" line
  return formatted.slice(0, close) + extra + formatted.slice(close);
}

/**
 * Reads back the retrieval facts of a fetched text (`retrieved`, `sha256`), from fields or comment lines.
 *
 * @example fetchedFacts(formatFetchedText(meta, "Body.")).sha256  // → meta.sha256
 */
export function fetchedFacts(content: string): { retrieved: string; sha256: string; source: string } {
  const fm = /^---\n([\s\S]*?)\n---/.exec(content.replace(/\r\n?/g, "\n"))?.[1] ?? "";
  const get = (k: string) => new RegExp(`^#?\\s*${k}:\\s*"?([^"\\n]*)"?\\s*$`, "m").exec(fm)?.[1] ?? "";
  return { retrieved: get("retrieved"), sha256: get("sha256"), source: get("source") };
}

/**
 * The file of a slot's text in a corpus folder.
 *
 * @example textFile("texts/china-kosovo", "unsc-2008-02-18")  // → "texts/china-kosovo/unsc-2008-02-18.txt"
 */
export function textFile(textsDir: string, slotId: string): string {
  return path.join(textsDir, `${slotId}.txt`);
}

/**
 * The texts folder of a folder corpus: the card's source path, or its environment variable (CHINA_KOSOVO_TEXTS).
 *
 * @example defaultTextsDir("china-kosovo")  // → "<project>/texts/china-kosovo"
 */
export function defaultTextsDir(corpus = "china-kosovo"): string {
  return sourceDir(loadCard(corpus));
}
