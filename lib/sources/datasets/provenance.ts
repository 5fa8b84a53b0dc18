/**
 * Provenance of an imported text, written into its front matter so the text can be traced and checked:
 * the dataset, its version and DOI, the ids of the rows it was made from, and the SHA-256 of those rows'
 * texts. `sha256` is a field the corpus loader knows; the rest are `# dataset:`-style comment lines,
 * which the loader reads past (as it does the fetcher's `# retrieved:`).
 */
import * as crypto from "crypto";
import type { Text } from "../../core";
import { formatTextFile } from "../../corpus";
import { DATASETS, type DatasetName, isDatasetName } from "../../corpus/datasets/kinds";
import type { Statement } from "../../corpus/datasets/statements";

/** Where an imported text came from. */
export interface Provenance {
  dataset: DatasetName;
  version: string;
  doi: string;
  /** The dataset's ids of the rows (speech_id, file name stem, dyad id). */
  rows: string[];
  /** SHA-256 (hex) of the rows' texts as read, joined by a blank line. */
  sha256: string;
}

/**
 * The SHA-256 (hex) of a statement's source texts as read, joined by "\n\n".
 *
 * @example sourceHash({ sources: ["a"] }) // "ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb"
 */
export function sourceHash(statement: Pick<Statement, "sources">): string {
  return crypto.createHash("sha256").update(statement.sources.join("\n\n"), "utf8").digest("hex");
}

/**
 * The provenance of a statement read from `version` of its dataset.
 *
 * @example provenanceOf(statement, "5.0").doi // "10.7910/DVN/CKPTRB"
 */
export function provenanceOf(statement: Statement, version: string): Provenance {
  return {
    dataset: statement.dataset,
    version,
    doi: DATASETS[statement.dataset].doi,
    rows: statement.rows.slice(),
    sha256: sourceHash(statement),
  };
}

/**
 * The `source` field of an imported text: dataset, version, DOI and the first row.
 *
 * @example sourceField(prov) // "UNSC Meetings and Speeches v5.0, doi:10.7910/DVN/CKPTRB, speech_id SC05839-01-012"
 */
export function sourceField(prov: Provenance): string {
  const what = prov.dataset === "unsc-speeches" ? "speech_id" : prov.dataset === "unsc-debates" ? "file" : "dyad";
  const more = prov.rows.length > 1 ? ` (+${prov.rows.length - 1} more)` : "";
  return `${DATASETS[prov.dataset].title} v${prov.version}, doi:${prov.doi}, ${what} ${prov.rows[0] ?? ""}${more}`;
}

/**
 * A text in the corpus folder format (`formatTextFile`) with its provenance in the front matter, and
 * its `title` (the slot's, or what the meeting was about) when given.
 *
 * @example formatImportedText(text, prov).includes("\n# dataset: unsc-speeches\n") // true
 */
export function formatImportedText(text: Text, prov: Provenance, title = ""): string {
  const formatted = formatTextFile(text);
  const close = formatted.indexOf("\n---\n", 4) + 1; // the closing "---" line
  const extra =
    (title ? `title: ${JSON.stringify(title)}\n` : "") +
    `sha256: ${prov.sha256}\n# dataset: ${prov.dataset}\n# version: ${prov.version}\n# doi: ${prov.doi}\n` +
    `# rows: ${prov.rows.join(" ")}\n`;
  return formatted.slice(0, close) + extra + formatted.slice(close);
}

/**
 * The provenance written in a text file's front matter, or null when it has none (fetched or added by hand).
 *
 * @example readProvenance(formatImportedText(text, prov))?.dataset // "unsc-speeches"
 */
export function readProvenance(content: string): Provenance | null {
  const fm = /^(?:\uFEFF)?---\r?\n([\s\S]*?)\r?\n---/.exec(content)?.[1] ?? "";
  const comment = (k: string) => new RegExp(`^#\\s*${k}:[ \\t]*(.*?)\\s*$`, "m").exec(fm)?.[1] ?? "";
  const dataset = comment("dataset");
  if (!isDatasetName(dataset)) return null;
  return {
    dataset,
    version: comment("version"),
    doi: comment("doi"),
    rows: comment("rows").split(/\s+/).filter(Boolean),
    sha256: /^sha256:\s*"?([0-9a-f]*)"?\s*$/m.exec(fm)?.[1] ?? "",
  };
}

/** Where a text of the corpus folder came from: a dataset's name, "fetch" or "by hand". */
export type TextOrigin = DatasetName | "fetch" | "by hand";

/**
 * Where a text file came from: its provenance's dataset, "fetch" when it carries the fetcher's
 * retrieval date, else "by hand".
 *
 * @example textOrigin(formatImportedText(text, prov)) // "unsc-speeches"
 */
export function textOrigin(content: string): TextOrigin {
  const prov = readProvenance(content);
  if (prov) return prov.dataset;
  const fm = /^(?:\uFEFF)?---\r?\n([\s\S]*?)\r?\n---/.exec(content)?.[1] ?? "";
  return /^#?\s*retrieved:/m.test(fm) ? "fetch" : "by hand";
}
