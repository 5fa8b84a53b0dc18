/**
 * The folder format of a text: one `.txt` file, front matter (id, date, category, speaker, venue,
 * source, …) between `---` lines, then the text. Reading checks every field against the card;
 * writing gives the file that reads back to the same Text.
 */
import { decodeUtf8, isIsoDate, normalizeBody, type Problem, ValidationError } from "../core";
import type { Text } from "../core";
import { countWords } from "../text";
import { type FrontMatter, readFrontMatter } from "./front-matter";

/** Front-matter fields a text file must have. */
export const REQUIRED_FIELDS = ["id", "date", "category", "speaker", "venue", "source"] as const;
/** Front-matter fields a text file may have. */
export const OPTIONAL_FIELDS = ["post", "country", "countryName", "title", "retrieved", "sha256"] as const;

/** What checking one text file found: the text (when it can be built), every problem, the line of its `id`. */
export interface CheckedTextFile {
  text: Text | null;
  problems: Problem[];
  idLine?: number;
}

/**
 * Checks one text file (its bytes, or its text); `categories` (the card's) are checked when given.
 *
 * @example checkTextFile("x.txt", "Just a body.\n").problems[0].message
 *   // "no front matter: the file must begin with a line `---`"
 */
export function checkTextFile(file: string, content: string | Buffer, categories?: string[]): CheckedTextFile {
  let s: string;
  if (typeof content === "string") s = content;
  else {
    const dec = decodeUtf8(content);
    if ("badLine" in dec) {
      const fix = "save the file as UTF-8 (in most editors: Save with encoding → UTF-8)";
      return { text: null, problems: [{ file, line: dec.badLine, message: "not valid UTF-8", fix }] };
    }
    s = dec.text;
  }
  const fm = readFrontMatter(file, normalizeBody(s));
  if ("problems" in fm) return { text: null, problems: fm.problems };
  const problems = checkFields(file, fm, categories);
  const body = fm.lines
    .slice(fm.close + 1)
    .join("\n")
    .replace(/^\n+/, "")
    .trimEnd();
  if (body.trim() === "")
    problems.push({
      file,
      line: fm.close + 2,
      message: "empty body: no text after the front matter",
      fix: "paste the text after the closing `---`",
    });
  if (problems.length) return { text: null, problems };
  const get = fieldGetter(fm.fields);
  const date = get("date");
  const country = get("country").toUpperCase();
  return {
    text: {
      id: get("id"),
      date,
      year: Number(date.slice(0, 4)),
      category: get("category"),
      speaker: get("speaker"),
      post: get("post"),
      country,
      countryName: get("countryName") || (country === "CHN" ? "China" : country),
      venue: get("venue"),
      source: get("source"),
      body,
      words: countWords(body),
    },
    problems,
    idLine: fm.lineOf("id"),
  };
}

/** A field's value as trimmed text ("" when absent; a date YAML read as a Date written YYYY-MM-DD). */
function fieldGetter(fields: Record<string, unknown>): (k: string) => string {
  return (k) => {
    const v = fields[k];
    if (v === undefined || v === null) return "";
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    return String(v).trim();
  };
}

/** The problems of the front-matter fields: missing or empty, unknown, a bad date, a category not the card's. */
function checkFields(file: string, fm: FrontMatter, categories?: string[]): Problem[] {
  const problems: Problem[] = [];
  const { fields, lineOf } = fm;
  const get = fieldGetter(fields);
  for (const k of REQUIRED_FIELDS) {
    if (!(k in fields))
      problems.push({
        file,
        line: fm.close + 1,
        message: `missing front-matter field "${k}"`,
        fix: `add \`${k}: …\` before the closing \`---\`${k === "speaker" ? " (leave it empty when unknown)" : ""}`,
      });
    else if (k !== "speaker" && get(k) === "")
      problems.push({
        file,
        line: lineOf(k),
        message: `front-matter field "${k}" is empty`,
        fix: `give a value for ${k}`,
      });
  }
  const known = new Set<string>([...REQUIRED_FIELDS, ...OPTIONAL_FIELDS]);
  for (const k of Object.keys(fields)) {
    if (!known.has(k))
      problems.push({
        file,
        line: lineOf(k),
        message: `unknown front-matter field "${k}"`,
        fix: `use only ${[...known].join(", ")}`,
      });
  }
  const date = get("date");
  if ("date" in fields && date !== "" && !isIsoDate(date)) {
    problems.push({
      file,
      line: lineOf("date"),
      message: `invalid date "${date}"`,
      fix: "write a real date as YYYY-MM-DD, e.g. 2023-05-23",
    });
  }
  const category = get("category");
  if (categories && category !== "" && !categories.includes(category)) {
    problems.push({
      file,
      line: lineOf("category"),
      message: `category "${category}" is not one of the card's categories`,
      fix: `use one of: ${categories.join(", ")}`,
    });
  }
  return problems;
}

/**
 * Parses one text file (front matter, then the body). Throws a ValidationError listing every
 * problem, each naming `file` and its line. `categories` (the card's) are checked when given.
 * A BOM and CRLF or CR line ends are normalised silently.
 *
 * @example parseTextFile("mfa-2010-07-22.txt",
 *   "---\nid: mfa-2010-07-22\ndate: 2010-07-22\ncategory: mfa\nspeaker: A\nvenue: B\nsource: C\n---\nBody.\n").year
 *   // 2010
 * @throws {ValidationError} listing every problem of the file
 */
export function parseTextFile(file: string, content: string | Buffer, categories?: string[]): Text {
  const { text, problems } = checkTextFile(file, content, categories);
  if (!text) throw new ValidationError(`text file ${file}`, problems);
  return text;
}

/**
 * A value as YAML writes it: plain when YAML reads it back as the same string, else quoted.
 *
 * @example yamlValue("Beijing") // "Beijing"
 * @example yamlValue("2010") // "\"2010\""
 */
export function yamlValue(v: string): string {
  if (v === "") return '""';
  // plain scalars are easiest to read; quote anything YAML would read as something else
  const plain =
    /^[^\s'"#&*!|>%@`{}[\],?:-][^#]*$/.test(v) &&
    !/: |\s$/.test(v) &&
    !/^(true|false|null|yes|no|on|off|~|[-+]?[\d.]+(e[-+]?\d+)?)$/i.test(v);
  return plain ? v : JSON.stringify(v);
}

/**
 * Writes a Text in the folder format: front matter (id, date, category, speaker, post, venue,
 * source, country, countryName; empty optional fields left out) between `---` lines, a blank
 * line, the body and a final newline.
 *
 * @example formatTextFile(text).startsWith("---\nid: ") // true
 */
export function formatTextFile(text: Text): string {
  const fields: Array<[string, string]> = [
    ["id", text.id],
    ["date", text.date ?? ""],
    ["category", text.category],
    ["speaker", text.speaker],
  ];
  if (text.post) fields.push(["post", text.post]);
  fields.push(["venue", text.venue], ["source", text.source]);
  if (text.country) fields.push(["country", text.country]);
  const defaultName = text.countryName === text.country || (text.country === "CHN" && text.countryName === "China");
  if (text.countryName && !defaultName) fields.push(["countryName", text.countryName]);
  return `---\n${fields.map(([k, v]) => `${k}: ${yamlValue(v)}`).join("\n")}\n---\n\n${text.body.trimEnd()}\n`;
}
