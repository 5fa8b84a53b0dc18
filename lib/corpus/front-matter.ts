/**
 * The front matter of a text file: a block of `name: value` lines (YAML) between two `---` lines
 * at the top of the file, before the text.
 */
import * as YAML from "yaml";
import type { Problem } from "../core";

/** A text file's front matter, read. */
export interface FrontMatter {
  /** The fields as YAML reads them (a date may be a Date). */
  fields: Record<string, unknown>;
  /** The 1-based line of a field in the file (2 when the field is not there). */
  lineOf: (key: string) => number;
  /** The file's lines ("\n"-separated). */
  lines: string[];
  /** The 0-based index of the closing `---` line in `lines`. */
  close: number;
}

/**
 * Reads the front matter of a text (already normalised: "\n" line ends, no byte-order mark), or the
 * problems that prevent it: no opening `---`, no closing `---`, YAML errors, or a block that is not fields.
 *
 * @example (readFrontMatter("x.txt", "---\nid: a\n---\nBody.") as FrontMatter).fields // { id: "a" }
 */
export function readFrontMatter(file: string, s: string): FrontMatter | { problems: Problem[] } {
  const lines = s.split("\n");
  if (lines[0].trim() !== "---") {
    const fix =
      "start the file with `---`, the fields (id, date, category, speaker, venue, source), " +
      "a closing `---`, then the text";
    return {
      problems: [{ file, line: 1, message: "no front matter: the file must begin with a line `---`", fix }],
    };
  }
  const close = lines.findIndex((l, i) => i > 0 && l.trim() === "---");
  if (close < 0) {
    return {
      problems: [
        {
          file,
          line: 1,
          message: "front matter has no closing `---` line",
          fix: "add a line `---` after the last field, before the text",
        },
      ],
    };
  }
  const lineCounter = new YAML.LineCounter();
  const doc = YAML.parseDocument(lines.slice(1, close).join("\n"), { lineCounter });
  if (doc.errors.length) {
    return {
      problems: doc.errors.map((e) => ({
        file,
        line: 1 + (e.linePos?.[0]?.line ?? 1),
        message: `front matter is not valid YAML: ${e.message.split("\n")[0]}`,
        fix: "write each field as `name: value` on its own line (quote values that contain `: `)",
      })),
    };
  }
  const fields = (doc.toJS() ?? {}) as Record<string, unknown>;
  if (typeof fields !== "object" || Array.isArray(fields)) {
    return {
      problems: [
        {
          file,
          line: 2,
          message: "front matter must be `name: value` fields",
          fix: "write each field as `name: value` on its own line",
        },
      ],
    };
  }
  const lineOf = (key: string): number => {
    const node = doc.get(key, true) as { range?: [number, number, number] } | undefined;
    return node?.range ? 1 + lineCounter.linePos(node.range[0]).line : 2;
  };
  return { fields, lineOf, lines, close };
}
